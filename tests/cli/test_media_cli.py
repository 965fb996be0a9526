"""``studio import-pptx``, ``compose`` and ``transcode`` end to end (in-process CLI)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from studio.cli import main
from studio.media.probe import probe_media
from studio.project import Project
from tests.media.pptx_decks import encrypted_looking, narrated_deck
from tests.media_fixtures import espeak_wav, make_video


def test_import_compose_transcode(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "course.studio"
    assert main(["new", str(project), "--title", "Lecture"]) == 0
    scripts = ["Hello and welcome.", "This is the end."]
    deck = narrated_deck(tmp_path / "talk.pptx", scripts, title="My talk")
    capsys.readouterr()
    assert main(["import-pptx", str(deck), str(project)]) == 0
    out = capsys.readouterr().out
    assert "Imported 2 slides (2 with speaker notes" in out and "'My talk'" in out
    lesson_id = re.search(r"lesson (les-[0-9a-f]+)", out).group(1)  # type: ignore[union-attr]

    audio = tmp_path / "audio"
    audio.mkdir()
    for n, text in enumerate(scripts, start=1):
        espeak_wav(audio / f"{n:02d}.wav", text)
    assert main(["compose", str(project), "--lesson", lesson_id, "--audio-dir", str(audio)]) == 0
    captured = capsys.readouterr()
    assert "2 chapters" in captured.out
    assert "compose" in captured.err  # the progress bar
    with Project.open(project, read_only=True) as opened:
        lesson = opened.course.find_lesson(lesson_id)
        assert lesson is not None and lesson.blocks[-1].KIND == "video"
        video = opened.media_path(lesson.blocks[-1].asset)  # type: ignore[union-attr]

    out_file = tmp_path / "small.mp4"
    assert main(["transcode", str(video), "--preset", "low360", "-o", str(out_file)]) == 0
    captured = capsys.readouterr()
    assert re.search(r"Low bandwidth 360p: \d+\.\d s, estimated size up to \d+ kB", captured.out)
    info = probe_media(out_file)
    assert (info.width, info.height, info.video_codec, info.audio_codec) == (
        480, 360, "h264", "aac",
    )  # fmt: skip


def test_cli_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "course.studio"
    assert main(["new", str(project), "--title", "Lecture"]) == 0
    secret = encrypted_looking(tmp_path / "secret.pptx")
    assert main(["import-pptx", str(secret), str(project)]) == 1
    err = capsys.readouterr().err
    assert "secret.pptx" in err and "password-protected" in err and "What to do" in err
    clip = make_video(tmp_path / "clip.mp4", 1.0)
    with pytest.raises(SystemExit) as exit_info:
        main(["transcode", str(clip), "--preset", "4k", "-o", str(tmp_path / "o.mp4")])
    assert exit_info.value.code == 2
    assert main(["transcode", str(tmp_path / "nope.mp4"), "--preset", "audio", "-o", "x.m4a"]) == 1


def test_studio_command_runs_as_a_program(tmp_path: Path) -> None:
    clip = make_video(tmp_path / "clip.mp4", 1.0)
    result = subprocess.run(
        [
            str(Path(sys.executable).with_name("studio")),
            "transcode",
            str(clip),
            "--preset",
            "audio",
            "-o",
            str(tmp_path / "a.m4a"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "Audio only: 1.0 s, estimated size up to 12 kB" in result.stdout
    assert probe_media(tmp_path / "a.m4a").mime == "audio/mp4"


@pytest.mark.qt
def test_record_command(tmp_path: Path) -> None:
    project = tmp_path / "course.studio"
    assert main(["new", str(project), "--title", "Lecture"]) == 0
    with Project.open(project) as opened:
        from studio.course_ops import add_lesson, add_module

        module = add_module(opened.stack, opened.course, "M")
        lesson_id = add_lesson(opened.stack, module, "L").id
        opened.save()
    speech = espeak_wav(tmp_path / "speech.wav", "Recording from the command line.")
    studio = str(Path(sys.executable).with_name("studio"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [studio, "record", str(project), "--lesson", lesson_id, "--screen", "0",
         "--audio-file", str(speech), "--seconds", "1.5", "--countdown", "0", "--title", "Demo"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert re.search(r"Added video block blk-\w+: 1\.\d s", result.stdout)
    result = subprocess.run(
        [studio, "record", str(project), "--lesson", lesson_id, "--recover"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert "No unfinished recordings." in result.stdout
    with Project.open(project, read_only=True) as opened:
        lesson = opened.course.find_lesson(lesson_id)
        assert lesson is not None and [b.KIND for b in lesson.blocks] == ["video"]
