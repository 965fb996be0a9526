"""``studio batch caption`` on the local pool: real worker processes, real Whisper (tiny.en)."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from pathlib import Path

import psutil
import pytest

from studio.cli import main
from studio.project import Project
from tests.batch.batch_fixtures import (
    SENTENCES,
    copy_inputs,
    env_for_children,
    pool_workers,
    project_tracks,
    rows_by_input,
    run_studio,
    studio_cmd,
    summary,
    wait_for,
)
from tests.media.whisper_fixtures import wer

pytestmark = [pytest.mark.whisper, pytest.mark.slow, pytest.mark.usefixtures("models_dir")]


def test_pool_captions_files_and_projects_and_a_bad_file_fails_alone(pool_run: Path) -> None:
    out = pool_run / "out"
    for i, text in enumerate(SENTENCES):
        vtt = out / ("week2" if i >= 6 else "") / f"clip{i}.vtt"  # the tree is mirrored
        body = vtt.read_text(encoding="utf-8")
        assert body.startswith("WEBVTT\n")
        spoken = " ".join(line for line in body.splitlines()[2:] if line and "-->" not in line)
        # Each caption file holds its own clip's words (espeak at tiny.en is not perfect).
        closest = min(SENTENCES, key=lambda sentence: wer(sentence, spoken))
        assert closest == text, (text, spoken)
    assert not (out / "broken.vtt").exists()
    assert not list(out.rglob("*.tmp"))
    data = summary(out / "studio-batch-caption")
    rows = rows_by_input(data)
    assert data["totals"]["done"] == 11 and data["totals"]["failed"] == 1
    assert data["totals"]["skipped"] == 1  # the reviewed block of course2
    bad = rows["broken.mp4"]
    assert bad["status"] == "failed" and "broken.mp4" in bad["error"]
    assert "What to do" in bad["error"] or "what to do" in bad["error"]
    clip = rows["clip0.wav"]
    assert clip["status"] == "done" and clip["duration"] > 1.0 and clip["cues"] >= 1
    assert clip["words"] >= 5 and 0 <= clip["low_confidence_words"] <= clip["words"]
    assert clip["wall"] > 0 and clip["rtf"] == pytest.approx(clip["wall"] / clip["duration"], 0.01)
    # Warm workers: each loads its models once (base to detect the language, tiny.en),
    # not once per file.
    done = [r for r in data["files"] if r["status"] == "done"]
    workers = {r["worker"] for r in done}
    assert sum(r["model_loads"] for r in done) <= 2 * len(workers) < len(done)
    csv_lines = (out / "studio-batch-caption.csv").read_text().splitlines()
    assert csv_lines[0].startswith("input,block,output,status,duration,wall,rtf,cues,words,")
    assert len(csv_lines) == 1 + len(data["files"])
    # Projects: the uncaptioned block got an auto-generated track through the commands,
    # the reviewed one was left alone, and no lock is left behind.
    for i in range(3):
        folder = pool_run / "courses" / f"course{i}.studio"
        assert not (folder / ".studio.lock").exists()
        assert len(project_tracks(folder)["Talk"]) >= 1
    with Project.open(pool_run / "courses" / "course2.studio", read_only=True) as project:
        again = [b for _m, _l, b in project.course.blocks() if b.title == "Again"][0]
        assert [t.review for t in again.tracks] == ["reviewed"]  # type: ignore[attr-defined]
    assert "failed: " in (pool_run / "stderr.txt").read_text()
    assert "audio 0:00:" in (pool_run / "stderr.txt").read_text()
    assert "real time" in (pool_run / "stderr.txt").read_text()


def test_second_pool_run_skips_what_is_done(pool_run: Path, tmp_path: Path) -> None:
    root = copy_inputs(pool_run, tmp_path / "again")
    courses = sorted(str(p) for p in (root / "courses").iterdir())
    before = {p: p.stat().st_mtime_ns for p in (root / "out").rglob("*.vtt")}
    done = run_studio("batch", "caption", str(root / "lectures"), *courses, "--out",
                      str(root / "out"))  # fmt: skip
    assert done.returncode == 1  # the corrupt file is tried again, and fails again
    data = summary(root / "out" / "studio-batch-caption")
    statuses = {k: r["status"] for k, r in rows_by_input(data).items()}
    assert statuses.pop("broken.mp4") == "failed"
    assert set(statuses.values()) == {"skipped"}
    assert rows_by_input(data)["clip3.wav"]["cues"] >= 1  # the row repeats what was recorded
    assert {p: p.stat().st_mtime_ns for p in (root / "out").rglob("*.vtt")} == before


def test_outputs_made_by_others_are_kept_unless_forced(tmp_path: Path) -> None:
    from tests.media_fixtures import espeak_wav

    clip = espeak_wav(tmp_path / "talk.wav", SENTENCES[0])
    mine = tmp_path / "talk.vtt"
    mine.write_text("WEBVTT\n\n00:00.000 --> 00:01.000\nTyped by the author.\n")
    assert main(["batch", "caption", str(clip), "--quiet", "--workers", "1",
                 "--summary", str(tmp_path / "s")]) == 1  # fmt: skip
    assert "Typed by the author." in mine.read_text()
    assert "not made by studio batch" in summary(tmp_path / "s")["files"][0]["error"]
    assert main(["batch", "caption", str(clip), "--quiet", "--force",
                 "--summary", str(tmp_path / "s")]) == 0  # fmt: skip
    assert "Typed by the author." not in mine.read_text()
    # Edited after the batch made it: a re-run with the same settings keeps the edit ...
    mine.write_text(mine.read_text().replace("evaporates", "EVAPORATES"))
    assert main(["batch", "caption", str(clip), "--quiet", "--summary", str(tmp_path / "s")]) == 0
    assert "EVAPORATES" in mine.read_text()
    assert summary(tmp_path / "s")["files"][0]["status"] == "skipped"
    # ... and one with other settings refuses to replace it without --force.
    code = main(["batch", "caption", str(clip), "--quiet", "--profile", "bbc",
                 "--summary", str(tmp_path / "s")])  # fmt: skip
    assert code == 1 and "EVAPORATES" in mine.read_text()
    assert "edited after studio batch made it" in summary(tmp_path / "s")["files"][0]["error"]


def test_a_project_open_elsewhere_fails_alone(batch_inputs: Path, tmp_path: Path) -> None:
    root = copy_inputs(batch_inputs, tmp_path / "in")
    (root / "lectures" / "broken.mp4").unlink()
    shutil.rmtree(root / "lectures" / "week2")
    locked = root / "courses" / "course0.studio"
    free = root / "courses" / "course1.studio"
    with Project.open(locked):  # as the window holds it
        code = main(["batch", "caption", str(locked), str(free), str(root / "lectures" / "clip0.wav"),
                     "--quiet", "--summary", str(tmp_path / "s")])  # fmt: skip
        rows = rows_by_input(summary(tmp_path / "s"))
        assert code == 1
        assert rows["course0.studio"]["status"] == "failed"
        assert "open in another Studio" in rows["course0.studio"]["error"]
        assert (locked / ".studio.lock").exists()  # still ours
    assert [r["status"] for k, r in rows.items() if k != "course0.studio"] == ["done", "done"]
    assert "Talk" in project_tracks(free) and "Talk" not in project_tracks(locked)


def test_a_killed_pool_worker_has_its_task_retried(batch_inputs: Path, tmp_path: Path) -> None:
    root = copy_inputs(batch_inputs, tmp_path / "in")
    (root / "lectures" / "broken.mp4").unlink()
    base = tmp_path / "s"
    proc = subprocess.Popen(studio_cmd("batch", "caption", str(root / "lectures"), "--summary",
                                       str(base), "--workers", "2"),
                            env=env_for_children(), stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        parent = psutil.Process(proc.pid)
        victim = wait_for(lambda: pool_workers(parent), 120, "a pool worker")[0]
        victim.kill()  # kill -9: it holds a task from the moment it starts
        _out, err = proc.communicate(timeout=600)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    rows = summary(base)["files"]
    assert all(r["status"] == "done" for r in rows) and len(rows) == 8
    retried = [r for r in rows if r["attempts"] == 2]
    assert len(retried) == 1 and not retried[0]["worker"].endswith(f":{victim.pid}")
    assert len(list((root / "lectures").rglob("*.vtt"))) == 8


def _ctrl_c_as_in_a_terminal() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_stops_cleanly_and_a_rerun_resumes(batch_inputs: Path, tmp_path: Path) -> None:
    root = copy_inputs(batch_inputs, tmp_path / "in")
    (root / "lectures" / "broken.mp4").unlink()
    project = root / "courses" / "course1.studio"
    args = ["batch", "caption", str(root / "lectures"), str(project), "--out",
            str(root / "out"), "--workers", "2"]  # fmt: skip
    # As in a terminal: a shell running the tests in the background (`make test &`) ignores
    # Ctrl-C for its children, and a Python started that way never sees one.
    proc = subprocess.Popen(studio_cmd(*args), env=env_for_children(), stderr=subprocess.PIPE,
                            text=True, preexec_fn=_ctrl_c_as_in_a_terminal)  # fmt: skip
    workers: list[psutil.Process] = []
    try:
        parent = psutil.Process(proc.pid)
        manifest = root / "out" / ".studio-batch.jsonl"
        wait_for(lambda: manifest.is_file() and manifest.read_text().count("\n") >= 1, 300,
                 "the first finished file")  # fmt: skip
        workers = pool_workers(parent)
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err
    assert "run the same command again to resume" in err
    assert "Traceback" not in err
    wait_for(lambda: not any(w.is_running() and w.status() != psutil.STATUS_ZOMBIE
                             for w in workers), 30, "the workers to exit")  # fmt: skip
    assert not (project / ".studio.lock").exists()
    assert not list(root.rglob("*.tmp"))
    first = summary(root / "out" / "studio-batch-caption")
    assert first["interrupted"] is True
    done_before = {r["input"] + r.get("block", "") for r in first["files"] if r["status"] == "done"}
    assert done_before and first["totals"]["interrupted"] >= 1
    assert main([*args, "--quiet"]) == 0
    second = summary(root / "out" / "studio-batch-caption")
    for row in second["files"]:
        key = row["input"] + row.get("block", "")
        assert row["status"] == ("skipped" if key in done_before else "done"), row
    assert len(list((root / "out").rglob("*.vtt"))) == 8
    assert "Talk" in project_tracks(project)


def test_local_pool_works_without_dask(tmp_path: Path) -> None:
    from tests.media_fixtures import espeak_wav

    clip = espeak_wav(tmp_path / "talk.wav", SENTENCES[3])
    blocker = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('dask', 'distributed', 'dask_jobqueue'):\n"
        "            raise ImportError(f'{name} is blocked for this test')\n"
        "sys.meta_path.insert(0, Block())\n"
        "from studio.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    common = [sys.executable, "-c", blocker, "batch", "caption", str(clip), "--quiet",
              "--summary", str(tmp_path / "s")]  # fmt: skip
    run = subprocess.run(common, capture_output=True, text=True, env=env_for_children(),
                         timeout=600)  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "rivers" in (tmp_path / "talk.vtt").read_text().lower()
    assert summary(tmp_path / "s")["runner"].startswith("local pool")
    run = subprocess.run([*common, "--scheduler", "tcp://127.0.0.1:9", "--force"],
                         capture_output=True, text=True, env=env_for_children(), timeout=600)  # fmt: skip
    assert run.returncode == 1
    assert "needs Dask, which is not installed" in run.stderr
    assert "pip install 'studio[cluster]'" in run.stderr
