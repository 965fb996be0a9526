"""The core imports and works with PySide6 blocked (napari's headless rule)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import studio

CORE_ROOT = Path(studio.__file__).parent
# Qt is allowed only in the UI and in the recorder back end.
QT_ALLOWED = ("studio.ui", "studio.media.recorder")

SCRIPT = r"""
import importlib, importlib.abc, pkgutil, sys
class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"{name} is blocked in the core test")
        return None
sys.meta_path.insert(0, BlockQt())
import studio
allowed = tuple(sys.argv[1:])
names = [m.name for m in pkgutil.walk_packages(studio.__path__, "studio.")]
count = 0
for name in sorted(names):
    if name.startswith(allowed) or name.endswith("__main__"):
        continue
    importlib.import_module(name)
    count += 1
assert not any(m.split(".")[0] in ("PySide6", "shiboken6") for m in sys.modules)
print(count)
"""


def test_every_core_module_imports_with_pyside6_blocked() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, *QT_ALLOWED], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert int(result.stdout.strip()) >= 20


def test_cli_help_works_without_qt() -> None:
    code = (
        "import sys, importlib.abc\n"
        "class B(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, n, p=None, t=None):\n"
        "        if n.startswith('PySide6'): raise ImportError('blocked')\n"
        "sys.meta_path.insert(0, B())\n"
        "from studio.cli import main\n"
        "sys.exit(main(['--help']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "export" in result.stdout or "new" in result.stdout
