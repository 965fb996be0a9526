"""The batch's pure parts: sizing, path maps, the manifest, progress, summary, inputs."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from studio.batch.inputs import find_inputs, is_media
from studio.batch.manifest import MANIFEST_NAME, InputState, Manifest, decide, fingerprint
from studio.batch.paths import PathMap
from studio.batch.progress import BatchTracker
from studio.batch.sizing import GB, WorkerPlan, model_memory, plan_workers
from studio.batch.summary import COLUMNS, write_summary
from studio.errors import StudioError


def test_plan_workers_shares_the_cores_out_without_oversubscribing() -> None:
    assert plan_workers(2, 16 * GB, model_memory("tiny.en")) == WorkerPlan(2, 1)
    plan = plan_workers(8, 64 * GB, model_memory("tiny.en"))
    assert (plan.processes, plan.threads) == (8, 1)
    plan = plan_workers(8, int(7.5 * GB), model_memory("medium"))  # memory holds two models
    assert (plan.processes, plan.threads) == (2, 4)
    plan = plan_workers(16, None, model_memory("base"), tasks=3)  # no more than the tasks
    assert (plan.processes, plan.threads) == (3, 5)
    assert plan.processes * plan.threads <= 16
    plan = plan_workers(4, 64 * GB, model_memory("tiny.en"), processes=1)
    assert (plan.processes, plan.threads) == (1, 4)


def test_path_map_uses_the_longest_matching_folder() -> None:
    pm = PathMap.parse(["/home/me=/shared/me", "/home/me/lectures=/lectures"])
    assert pm.remote("/home/me/lectures/w1/a.mp4") == "/lectures/w1/a.mp4"
    assert pm.remote("/home/me/notes/a.mp4") == "/shared/me/notes/a.mp4"
    assert pm.remote("/home/meg/a.mp4") == "/home/meg/a.mp4"  # a folder boundary, not a prefix
    assert pm.remote("/home/me") == "/shared/me"
    with pytest.raises(StudioError, match="LOCAL=REMOTE"):
        PathMap.parse(["lectures=/shared"])


def test_manifest_records_skips_and_survives_a_torn_line(tmp_path: Path) -> None:
    source = tmp_path / "a.wav"
    source.write_bytes(b"audio")
    output = tmp_path / "a.vtt"
    settings = fingerprint({"model": "tiny.en"})
    manifest = Manifest(tmp_path)
    state = InputState.of(source, None)
    assert decide(None, state, settings, output, force=False)[0] == "run"
    output.write_text("WEBVTT\n")
    manifest.done(manifest.key(output), source, state, settings, {"cues": 1}, output)
    with open(tmp_path / MANIFEST_NAME, "a") as handle:
        handle.write('{"key": "b.vtt", "torn')  # a kill in the middle of a line
    again = Manifest(tmp_path)
    entry = again.get("a.vtt")
    assert entry is not None and entry["row"] == {"cues": 1} and again.get("b.vtt") is None
    assert decide(entry, InputState.of(source, entry), settings, output, False)[0] == "skip"
    assert decide(entry, state, fingerprint({"model": "base"}), output, False)[0] == "run"
    assert decide(entry, state, settings, output, force=True)[0] == "run"
    output.write_text("WEBVTT\n\nedited by hand")
    assert decide(entry, state, settings, output, False)[0] == "skip"  # done; edit kept
    changed = InputState("0" * 64, 5, 1)
    assert decide(entry, changed, settings, output, False) == (
        "refuse", "the output was edited after studio batch made it")
    assert decide(None, changed, settings, output, False)[0] == "refuse"
    output.unlink()
    assert decide(entry, state, settings, output, False)[0] == "run"


def test_input_hash_is_reused_when_size_and_mtime_match(tmp_path: Path) -> None:
    source = tmp_path / "a.wav"
    source.write_bytes(b"audio")
    first = InputState.of(source, None)
    trusted = InputState.of(source, {"sha256": "cached", "size": first.size,
                                     "mtime_ns": first.mtime_ns})  # fmt: skip
    assert trusted.sha256 == "cached"
    source.write_bytes(b"other audio")
    assert InputState.of(source, {"sha256": "cached", "size": first.size,
                                  "mtime_ns": first.mtime_ns}).sha256 != "cached"  # fmt: skip


def test_progress_line_says_files_audio_speed_and_time_left() -> None:
    now = [0.0]
    tracker = BatchTracker("batch caption", audio=True, clock=lambda: now[0])
    for i in range(4):
        tracker.add(f"t{i}", 1800.0)  # four half-hour lectures
    tracker.skip(2)
    assert "estimating time left" in tracker.line()
    now[0] = 300.0
    tracker.finished("t0", failed=False)
    tracker.partial("t1", 0.5)
    line = tracker.line()
    assert line.startswith("batch caption: 1/4 files (2 skipped), audio 0:30:00/2:00:00")
    assert "RTF 0.111 (9.0x real time)" in line  # 2700 s of audio in 300 s
    assert "0:08:20 left" in line  # 4500 s to go at 9x
    now[0] = 900.0
    for task in ("t1", "t2", "t3"):
        tracker.finished(task, failed=task == "t3")
    assert tracker.line().endswith("(1 failed, 2 skipped), audio 2:00:00/2:00:00, "
                                   "RTF 0.125 (8.0x real time), done in 0:15:00")  # fmt: skip


def test_summary_is_written_as_json_and_csv(tmp_path: Path) -> None:
    rows = [
        {"input": "a.wav", "status": "done", "duration": 10.0, "wall": 2.0, "cues": 3,
         "task": "t0"},
        {"input": "b.wav", "status": "failed", "error": "b.wav: broken"},
    ]  # fmt: skip
    json_path, csv_path = write_summary(tmp_path / "s", "caption", rows, runner="local pool",
                                        elapsed=3.0, interrupted=False)  # fmt: skip
    data = json.loads(json_path.read_text())
    assert data["totals"]["done"] == 1 and data["totals"]["failed"] == 1
    assert data["totals"]["rtf"] == 0.2 and data["files"][0]["task"] == "t0"
    table = list(csv.DictReader(csv_path.open()))
    assert list(table[0]) == COLUMNS["caption"]
    assert table[1]["error"] == "b.wav: broken" and table[0]["cues"] == "3"


def test_inputs_search_folders_skip_hidden_and_do_not_enter_projects(tmp_path: Path) -> None:
    (tmp_path / "w1").mkdir()
    (tmp_path / "w1" / "talk.mp4").write_bytes(b"x")
    (tmp_path / "w1" / "notes.txt").write_text("x")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "old.wav").write_bytes(b"x")
    (tmp_path / "c.studio" / "media").mkdir(parents=True)
    (tmp_path / "c.studio" / "project.json").write_text("{}")
    (tmp_path / "c.studio" / "media" / "abc.wav").write_bytes(b"x")
    found = find_inputs([tmp_path, tmp_path / "w1" / "talk.mp4", tmp_path / "nope.mp4",
                         tmp_path / "w1" / "notes.txt"], is_media,
                        ("an audio or video file", "audio or video files"), projects=True)  # fmt: skip
    assert [f.path.name for f in found.files] == ["talk.mp4"]  # once, though named twice
    assert found.projects == []
    assert any("c.studio: a project; name it" in n for n in found.notes)
    assert [(p.name, what) for p, what, _hint in found.problems] == [
        ("nope.mp4", "no such file or folder"), ("notes.txt", "not an audio or video file")]
