"""Real inputs for the batch tests: espeak clips, projects with audio blocks, a Dask cluster.

The Dask cluster is the real thing: ``dask scheduler`` and ``dask worker`` processes on
127.0.0.1, importing this checkout's Studio through PYTHONPATH.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from studio.media.media_blocks import add_media
from studio.model.blocks import AudioBlock
from studio.model.captions import CaptionTrack, Cue
from studio.model.course import Lesson, Module
from studio.project import Project
from tests.media_fixtures import espeak_wav

REPO = Path(__file__).resolve().parents[2]
SENTENCES = [
    "Water evaporates from the warm ocean.",
    "Clouds form when the vapour cools.",
    "Rain returns the water to the land.",
    "Rivers carry it back to the sea.",
    "Plants breathe water through their leaves.",
    "Snow stores water on the mountains.",
    "Ground water moves slowly under our feet.",
    "The sun drives the whole water cycle.",
]
PROJECT_SENTENCES = [
    "Welcome to the first week of the course.",
    "This week we study the atmosphere.",
    "Our last topic is the climate of cities.",
]


def wait_for(condition: Callable[[], Any], timeout: float, what: str) -> Any:
    """Poll ``condition`` until it returns something true; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def pool_workers(parent: Any) -> list[Any]:
    """The local pool's worker processes below ``parent`` (a ``psutil.Process``)."""
    import psutil

    found = []
    try:
        children = parent.children(recursive=True)
    except psutil.Error:
        return []
    for child in children:
        try:
            if "spawn_main" in " ".join(child.cmdline()):
                found.append(child)
        except psutil.Error:
            continue
    return found


def make_clips(folder: Path) -> list[Path]:
    """The 8 espeak clips (16 kHz WAV), two of them in a sub-folder."""
    clips = []
    for i, text in enumerate(SENTENCES):
        target = folder / ("week2" if i >= 6 else "") / f"clip{i}.wav"
        target.parent.mkdir(parents=True, exist_ok=True)
        clips.append(espeak_wav(target, text))
    return clips


def make_projects(folder: Path, speech: Path) -> list[Path]:
    """Three projects with an uncaptioned audio block each; the third also has a block
    whose reviewed captions a batch must leave alone."""
    paths = []
    for i, text in enumerate(PROJECT_SENTENCES):
        audio = espeak_wav(speech / f"project{i}.wav", text)
        with Project.create(folder / f"course{i}.studio", title=f"Course {i}") as project:
            asset = add_media(project, audio)
            blocks = [AudioBlock(asset=asset.id, title="Talk")]
            if i == 2:
                reviewed = CaptionTrack(review="reviewed", cues=[Cue(0.0, 1.0, "By hand.")])
                blocks.append(AudioBlock(asset=asset.id, title="Again", tracks=[reviewed]))
            project.course.modules = [Module(title="M", lessons=[Lesson(title="L", blocks=blocks)])]
            project.save()
            paths.append(project.folder)
    return paths


def corrupt_file(path: Path) -> Path:
    path.write_bytes(b"\x00\x00\x00\x18ftypmp42 this is not a video" * 20)
    return path


def copy_inputs(source: Path, target: Path) -> Path:
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(".studio.lock*"))
    return target


def env_for_children(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env.pop("STUDIO_DASK_SCHEDULER", None)
    env.update(extra)
    return env


def studio_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "studio", *args]


def run_studio(*args: str, env: dict[str, str] | None = None, timeout: float = 600,
               cwd: Path | None = None) -> subprocess.CompletedProcess[str]:  # fmt: skip
    return subprocess.run(studio_cmd(*args), capture_output=True, text=True, timeout=timeout,
                          env=env or env_for_children(), cwd=cwd)  # fmt: skip


def summary(base: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(base.with_name(base.name + ".json").read_text())
    return data


def rows_by_input(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f"{Path(r['input']).name}{'#' + r['block'] if r.get('block') else ''}": r
            for r in data["files"]}  # fmt: skip


def project_tracks(folder: Path) -> dict[str, list[tuple[float, float, str]]]:
    """Block title -> the auto-generated track's cues."""
    with Project.open(folder, read_only=True) as project:
        out = {}
        for _m, _l, block in project.course.blocks():
            for track in getattr(block, "tracks", []):
                if track.review == "auto-generated":
                    out[block.title] = [(c.start, c.end, c.text) for c in track.cues]
        return out


@contextlib.contextmanager
def dask_cluster(folder: Path, workers: int = 2) -> Iterator[tuple[str, list[subprocess.Popen[bytes]]]]:
    """A scheduler and ``workers`` single-threaded worker processes (no nanny, so a killed
    worker stays dead and its task must finish on another)."""
    folder.mkdir(parents=True, exist_ok=True)
    env = env_for_children()
    file = folder / "scheduler.json"
    procs: list[subprocess.Popen[bytes]] = []
    logs = []
    try:
        log = open(folder / "scheduler.log", "wb")  # noqa: SIM115 - closed below
        logs.append(log)
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
             "--port", "0", "--scheduler-file", str(file), "--no-dashboard"],
            stdout=log, stderr=subprocess.STDOUT, env=env))  # fmt: skip
        address = wait_for(lambda: file.is_file() and json.loads(file.read_text() or "{}")
                           .get("address"), 120, "the Dask scheduler")  # fmt: skip
        for i in range(workers):
            log = open(folder / f"worker{i}.log", "wb")  # noqa: SIM115
            logs.append(log)
            procs.append(subprocess.Popen(
                [sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1",
                 "--no-nanny", "--host", "127.0.0.1", "--no-dashboard", "--name", f"w{i}"],
                stdout=log, stderr=subprocess.STDOUT, env=env))  # fmt: skip
        wait_for(lambda: _worker_count(folder) >= workers, 180, f"{workers} Dask workers")
        yield address, procs[1:]
    finally:
        for proc in reversed(procs):
            if proc.poll() is None:
                proc.kill()
            proc.wait(30)
        for log in logs:
            log.close()


def _worker_count(folder: Path) -> int:
    return sum("Registered to:" in p.read_text(errors="replace")
               for p in folder.glob("worker*.log"))  # fmt: skip
