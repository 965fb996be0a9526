"""The import contracts hold, and they can fail: a UI import in the exporters breaks them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

pytestmark = pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter not installed")


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=root, env=env,
                          capture_output=True, text=True, timeout=300)


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "tree"
    shutil.copytree(REPO / "studio", root / "studio",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    return root


def test_the_tree_keeps_every_contract(tmp_path: Path) -> None:
    result = _lint(_copy(tmp_path))
    assert result.returncode == 0, result.stdout[-3000:]
    assert "BROKEN" not in result.stdout


@pytest.mark.parametrize("module", ["exporters/preview.py", "cli/export_cmd.py"])
def test_a_ui_import_outside_the_ui_breaks_a_contract(tmp_path: Path, module: str) -> None:
    root = _copy(tmp_path)
    target = root / "studio" / module
    target.write_text(target.read_text() + "\nfrom studio.ui.qt import QtCore  # noqa\n")
    result = _lint(root)
    assert result.returncode != 0
    assert "Only the UI, its launcher and __main__ import the UI BROKEN" in result.stdout


def test_media_importing_exporters_breaks_the_layers(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    target = root / "studio" / "media" / "probe.py"
    target.write_text(target.read_text() + "\nimport studio.exporters.package  # noqa\n")
    result = _lint(root)
    assert result.returncode != 0 and "Layers" in result.stdout and "BROKEN" in result.stdout
