"""The command line as a user runs it: a real ``studio`` process, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from studio import __version__


def studio(*args: str, cwd: Path, check: bool = False) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    result = subprocess.run(
        [sys.executable, "-m", "studio", *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_version_and_help(tmp_path: Path) -> None:
    assert studio("--version", cwd=tmp_path).stdout.strip() == f"studio {__version__}"
    for command in ("new", "open", "info", "add", "demo"):
        result = studio(command, "--help", cwd=tmp_path)
        assert result.returncode == 0 and "usage: studio" in result.stdout, command


def test_new_add_info_round_trip(tmp_path: Path, media_files: dict[str, Path]) -> None:
    studio("new", "course", "--title", "Water", "--language", "fr-CA", cwd=tmp_path, check=True)
    assert (tmp_path / "course.studio" / "project.json").is_file()
    page = tmp_path / "intro.md"
    page.write_text("# Intro\n\nHello <script>alert(1)</script> *world*.\n", encoding="utf-8")
    studio("add", "course", "--page", str(page), "--module", "Week 1", cwd=tmp_path, check=True)
    studio("add", "course", "--video", str(media_files["video"]), cwd=tmp_path, check=True)
    studio("add", "course", "--image", str(media_files["image"]), "--alt", "A diagram",
           "--module", "Week 2", cwd=tmp_path, check=True)  # fmt: skip
    studio("add", "course", "--attachment", str(media_files["attachment"]), cwd=tmp_path, check=True)
    studio("add", "course", "--link", "https://example.org", "--title", "More", cwd=tmp_path, check=True)
    info = json.loads(studio("info", "course", "--json", cwd=tmp_path, check=True).stdout)
    assert info["language"] == "fr-CA"
    assert [m["title"] for m in info["modules"]] == ["Week 1", "Week 2"]
    kinds = [b["kind"] for m in info["modules"] for les in m["lessons"] for b in les["blocks"]]
    assert kinds == ["text", "video", "image", "attachment", "link"]
    assert info["counts"]["media_files"] == 3
    assert any("no captions" in p["message"] for p in info["problems"])
    text = studio("info", "course", cwd=tmp_path, check=True).stdout
    assert "Week 1" in text and "problem" in text
    stored = (tmp_path / "course.studio" / "project.json").read_text(encoding="utf-8")
    assert "<script" not in stored  # the page was sanitized on the way in


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("info", "missing"), 1, "no project folder here"),
        (("new", "x", "--title", "T", "--language", "not a tag"), 1, "is not a language tag"),
        (("add", "course", "--image", "nope.png"), 1, "needs alt text"),
        (("add", "course", "--video", "nope.mp4"), 1, "file not found"),
        (("add", "course", "--link", "javascript:alert(1)"), 1, "is not a web address"),
        (("add", "course", "--page", "intro.txt", "--lesson", "les-none"), 1, "no lesson with id"),
        (("add", "course"), 2, "one of the arguments"),
        (("frobnicate",), 2, "invalid choice"),
    ],
)
def test_errors_name_the_file_and_what_to_do(tmp_path: Path, args, code, message) -> None:
    studio("new", "course", "--title", "T", cwd=tmp_path, check=True)
    (tmp_path / "intro.txt").write_text("Some text", encoding="utf-8")
    result = studio(*args, cwd=tmp_path)
    assert result.returncode == code, result.stderr
    assert message in result.stderr
    if code == 1:
        assert result.stderr.startswith("studio: error: ")
        assert "What to do:" in result.stderr
        assert "Traceback" not in result.stderr


def test_a_locked_project_is_refused_not_corrupted(tmp_path: Path) -> None:
    from studio.project import Project

    studio("new", "course", "--title", "T", cwd=tmp_path, check=True)
    before = (tmp_path / "course.studio" / "project.json").read_bytes()
    with Project.open(tmp_path / "course.studio"):
        result = studio("add", "course", "--link", "https://example.org", cwd=tmp_path)
    assert result.returncode == 1 and "open in another Studio" in result.stderr
    assert (tmp_path / "course.studio" / "project.json").read_bytes() == before


def test_progress_is_plain_lines_when_not_a_terminal(tmp_path: Path) -> None:
    from studio.cli.progress_bar import ProgressBar

    class Stream:
        def __init__(self) -> None:
            self.text = ""

        def write(self, s: str) -> None:
            self.text += s

        def flush(self) -> None:
            pass

        def isatty(self) -> bool:
            return False

    stream = Stream()
    bar = ProgressBar("export", stream)  # type: ignore[arg-type]
    for i in range(101):
        bar(i / 100, "working")
    lines = stream.text.strip().splitlines()
    assert lines[0] == "export: 0% working" and lines[-1] == "export: 100% working"
    assert len(lines) == 11 and "\r" not in stream.text


def test_the_window_without_a_display_is_a_clear_message(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "studio"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)  # fmt: skip
    assert result.returncode == 1
    assert "no display found" in result.stderr and "studio demo" in result.stderr


def test_export_to_an_impossible_place_is_a_clear_error(tmp_path: Path) -> None:
    studio("new", "course", "--title", "T", cwd=tmp_path, check=True)
    studio("add", "course", "--link", "https://example.org", cwd=tmp_path, check=True)
    blocker = tmp_path / "not-a-folder.txt"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    for fmt in ("scorm12", "epub"):
        result = studio("export", "course", "--format", fmt, "-o", str(blocker / f"x.{fmt}"),
                        cwd=tmp_path)  # fmt: skip
        assert result.returncode == 1, result.stderr
        assert "could not be written" in result.stderr and "What to do:" in result.stderr
        assert "Traceback" not in result.stderr
