"""Nothing a killed Studio leaves behind survives the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from studio.media.media_blocks import add_media
from studio.model import Lesson, Module, VideoBlock
from studio.project import Project
from tests.core.test_project_lock_race import _dead_pid
from tests.media_fixtures import make_video


def _studio(args: list[str], tmpdir: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "TMPDIR": str(tmpdir)}
    return subprocess.Popen([sys.executable, "-m", "studio", *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_next_start_removes_what_killed_processes_left(tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    dead = scratch / f"studio-import-{_dead_pid()}-abc"
    (dead / "package").mkdir(parents=True)
    (dead / "package" / "lecture.mp4").write_bytes(b"x" * 1000)
    alive = scratch / f"studio-epub-{os.getpid()}-def"  # this test process is running
    alive.mkdir()
    other = scratch / "someone-else"
    other.mkdir()
    folder = tmp_path / "c.studio"
    Project.create(folder, title="C").close()
    half = folder / "media" / ".import-x1y2.tmp"
    half.write_bytes(b"half a video")
    proc = _studio(["info", str(folder)], scratch)
    assert proc.wait(timeout=120) == 0, proc.stderr.read() if proc.stderr else ""
    assert not dead.exists() and alive.exists() and other.exists()
    with Project.open(folder):
        pass
    assert not half.exists()


def test_sigterm_during_an_epub_export_leaves_no_scratch_folder(tmp_path: Path) -> None:
    # A minute of 720p video takes seconds to re-encode for the low-quality book: long
    # enough to be interrupted on any machine.
    folder = tmp_path / "long.studio"
    with Project.create(folder, title="Long") as project:
        video = add_media(project, make_video(tmp_path / "long.mp4", 60.0, "1280x720"))
        project.course.modules = [Module(title="M", lessons=[Lesson(title="L", blocks=[
            VideoBlock(asset=video.id, title="Lecture")])])]
        project.save()
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    out = tmp_path / "book.epub"
    proc = _studio(["export", str(folder), "--format", "epub", "--video-quality", "low",
                    "-o", str(out), "--quiet"], scratch)
    deadline = time.monotonic() + 120
    while not list(scratch.glob("studio-epub-*")) and proc.poll() is None:
        assert time.monotonic() < deadline, "the export never started"
        time.sleep(0.01)
    assert proc.poll() is None, "the export ended before it could be interrupted"
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=120) == 128 + signal.SIGTERM
    assert list(scratch.iterdir()) == []
    assert not out.exists() and not list(tmp_path.glob(".book.epub*"))
