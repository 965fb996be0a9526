"""Smoke test of the PyInstaller build (``make dist`` first; run with ``make dist-test``).

The built program runs with no Python and no project .venv on PATH, a fresh home
folder and an empty models folder, so everything it needs must be inside the build.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.xvfb import xvfb_display

REPO = Path(__file__).resolve().parents[2]
DIST = REPO / "dist" / "studio"
EXE = DIST / ("studio.exe" if os.name == "nt" else "studio")

pytestmark = pytest.mark.dist


def bare_env(tmp_path: Path) -> dict[str, str]:
    """No Python, no venv: PATH holds only an empty folder."""
    empty = tmp_path / "empty-path"
    empty.mkdir(exist_ok=True)
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {
        "PATH": str(empty),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "STUDIO_MODELS_DIR": str(tmp_path / "models"),
        "STUDIO_DOCUMENTS": str(tmp_path / "documents"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_RUNTIME_DIR": str(tmp_path),
    }
    return env


@pytest.fixture(scope="module")
def built() -> Path:
    if not EXE.exists():
        pytest.fail(f"{EXE} does not exist: run 'make dist' first")
    return EXE


def test_version(built: Path, tmp_path: Path) -> None:
    from studio import __version__

    result = subprocess.run([str(built), "--version"], env=bare_env(tmp_path),
                            capture_output=True, text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"studio {__version__}"


def test_demo_writes_every_package_and_captions(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "demo"
    result = subprocess.run([str(built), "demo", str(out), "--quiet"], env=bare_env(tmp_path),
                            capture_output=True, text=True, timeout=1200)  # fmt: skip
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    packages = sorted(p.name for p in out.glob("sample-*") if p.suffix != ".vtt")
    for name in ("scorm12", "scorm2004", "cc11", "cc12", "cc13", "qti12", "qti21", "epub"):
        assert any(p.startswith(f"sample-{name}.") for p in packages), (name, packages)
    captions = list(out.glob("*.vtt"))
    assert captions, result.stdout
    text = captions[0].read_text(encoding="utf-8")
    assert text.startswith("WEBVTT") and "cycle" in text.lower() and "lecture" in text.lower()
    assert (out / "sample.studio" / "project.json").is_file()


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb (apt-get install xvfb)")
def test_window_opens_and_closes_under_xvfb(built: Path, tmp_path: Path) -> None:
    with xvfb_display("1280x800x24") as display:
        env = bare_env(tmp_path) | {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
                                    "STUDIO_QUIT_AFTER_MS": "4000"}  # fmt: skip
        result = subprocess.run([str(built)], env=env, capture_output=True, text=True, timeout=180)
        assert result.returncode == 0, result.stderr[-3000:]
        # First launch copied the sample course into the documents folder and opened it.
        assert (tmp_path / "documents").exists()


def offline(command: list[str]) -> list[str]:
    """``command`` with no network: in its own empty network namespace when the system
    allows it; the environment of ``offline_env`` also points every proxy nowhere."""
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "-n", "true"], capture_output=True).returncode:
        return command
    return [unshare, "-n", *command]


def offline_env(tmp_path: Path) -> dict[str, str]:
    nowhere = "http://127.0.0.1:9"
    return bare_env(tmp_path) | {"HTTP_PROXY": nowhere, "HTTPS_PROXY": nowhere,
                                 "http_proxy": nowhere, "https_proxy": nowhere}  # fmt: skip


def test_models_list_shows_both_models_installed(built: Path, tmp_path: Path) -> None:
    result = subprocess.run(offline([str(built), "models", "list"]), env=offline_env(tmp_path),
                            capture_output=True, text=True, timeout=300)  # fmt: skip
    assert result.returncode == 0, result.stderr
    rows = {line.split()[0]: line for line in result.stdout.splitlines()[1:] if line.strip()
            and not line.startswith("    ")}  # fmt: skip
    assert "installed" in rows["tiny.en"] and "English only" in rows["tiny.en"]
    assert "installed" in rows["base"] and "multilingual" in rows["base"]


def test_spanish_clip_is_captioned_offline_with_base_chosen_by_itself(
    built: Path, tmp_path: Path
) -> None:
    clip = tmp_path / "es.wav"
    text = "Buenos días a todos. Hoy vamos a hablar del agua. El agua es muy importante."
    subprocess.run(["espeak-ng", "-v", "es", "-s", "120", "-w", str(clip), text], check=True)
    out = tmp_path / "es.vtt"
    assert not (tmp_path / "models").exists()  # no models folder
    result = subprocess.run(offline([str(built), "caption", str(clip), "-o", str(out), "--quiet"]),
                            env=offline_env(tmp_path), capture_output=True, text=True,
                            timeout=900)  # fmt: skip
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    assert "(es, faster-whisper base)" in result.stdout, result.stdout
    assert "agua" in out.read_text(encoding="utf-8").lower()
