"""``studio caption`` on bare files and projects, and ``studio models``."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.captions.io import read_caption_file
from studio.cli import main
from studio.media.media_blocks import add_media
from studio.model.blocks import AudioBlock
from studio.model.captions import CaptionTrack, Cue
from studio.model.course import Lesson, Module
from studio.project import Project
from tests.media.whisper_fixtures import SPEECH, models_dir, reference, wer  # noqa: F401

pytestmark = pytest.mark.usefixtures("models_dir")


@pytest.mark.whisper
def test_caption_a_bare_file_to_srt_and_vtt(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "jfk.srt"
    assert main(["caption", str(SPEECH / "jfk.flac"), "-o", str(out), "--quiet"]) == 0
    # The first caption starts when Kennedy does (after a third of a second of silence).
    assert out.read_text(encoding="utf-8").startswith("1\n00:00:00,3")
    cues = read_caption_file(out)
    assert wer(reference("jfk.flac"), " ".join(c.text for c in cues)) == 0.0
    assert "0 outside the netflix profile" in capsys.readouterr().out
    vtt = tmp_path / "jfk.vtt"
    args = [
        "caption",
        str(SPEECH / "librispeech_dummy_0.flac"),
        "-o",
        str(vtt),
        "--profile",
        "dcmp",
    ]
    assert main([*args, "--quiet"]) == 0
    assert vtt.read_text(encoding="utf-8").startswith("WEBVTT\n")


@pytest.mark.whisper
def test_caption_a_project_lesson_then_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Project.create(tmp_path / "c.studio", title="Captions") as project:
        jfk = add_media(project, SPEECH / "jfk.flac")
        ls0 = add_media(project, SPEECH / "librispeech_dummy_0.flac")
        reviewed = CaptionTrack(review="reviewed", cues=[Cue(0.0, 1.0, "Kept by the author.")])
        block1 = AudioBlock(asset=jfk.id, title="Speech")
        block2 = AudioBlock(asset=ls0.id, title="Reading", tracks=[reviewed])
        lesson1 = Lesson(title="One", blocks=[block1])
        lesson2 = Lesson(title="Two", blocks=[block2])
        project.course.modules = [Module(title="M", lessons=[lesson1, lesson2])]
        project.save()
        lesson_id, block1_id, block2_id = lesson1.id, block1.id, block2.id
    path = str(tmp_path / "c.studio")
    assert main(["caption", path, "--lesson", lesson_id, "--quiet"]) == 0
    assert f"{block1_id}: 2 captions (en, faster-whisper tiny.en), auto-generated" in (
        capsys.readouterr().out
    )
    with Project.open(path) as project:
        found = project.course.find_block(block1_id)
        assert found is not None and isinstance(found[1], AudioBlock)
        (track,) = found[1].tracks
        assert track.review == "auto-generated" and track.source.startswith("faster-whisper")
        other = project.course.find_block(block2_id)
        assert other is not None and isinstance(other[1], AudioBlock) and len(other[1].tracks) == 1
    assert main(["caption", path, "--all", "--quiet"]) == 0
    with Project.open(path) as project:
        found = project.course.find_block(block1_id)
        assert found is not None and isinstance(found[1], AudioBlock)
        assert len(found[1].tracks) == 1  # the auto track was replaced, not duplicated
        other = project.course.find_block(block2_id)
        assert other is not None and isinstance(other[1], AudioBlock)
        # the reviewed track is kept; the auto track is added beside it
        assert [t.review for t in other[1].tracks] == ["reviewed", "auto-generated"]
        assert other[1].tracks[0].cues[0].text == "Kept by the author."


def test_caption_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clip = str(SPEECH / "jfk.flac")
    assert main(["caption", clip]) == 1
    assert "needs -o OUT.vtt" in capsys.readouterr().err
    assert main(["caption", clip, "-o", str(tmp_path / "x.txt")]) == 1
    assert main(["caption", clip, "-o", str(tmp_path / "x.vtt"), "--profile", "tv"]) == 1
    assert "unknown caption profile" in capsys.readouterr().err
    assert main(["caption", clip, "-o", str(tmp_path / "x.vtt"), "--model", "large-v3"]) == 1
    err = capsys.readouterr().err
    assert "not installed" in err and "What to do" in err
    assert not (tmp_path / "x.vtt").exists()
    with Project.create(tmp_path / "p.studio", title="P"):
        pass
    assert main(["caption", str(tmp_path / "p.studio")]) == 1
    assert "--lesson ID, --block ID or --all" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main(["caption", clip, "--engine", "vosk"])
    assert info.value.code == 2


def test_models_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "list"]) == 0
    out = capsys.readouterr().out
    assert "tiny.en" in out and "installed" in out and "base" in out
    assert main(["models", "verify", "tiny.en"]) == 0
    assert "tiny.en: OK" in capsys.readouterr().out
    assert main(["models", "verify", "medium"]) == 1
    assert "studio models install medium" in capsys.readouterr().err
    out_pt = tmp_path / "tiny.pt"
    assert main(["models", "convert", "tiny.en", "-o", str(out_pt)]) == 0
    assert out_pt.stat().st_size > 70_000_000
