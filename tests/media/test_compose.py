"""Composing narrated slides into a lecture video: real espeak-ng narration, real encodes."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.errors import MediaError
from studio.jobs import Cancelled, CancelToken, Progress
from studio.media.compose import (
    SILENT_SLIDE_SECONDS,
    STILL_FPS,
    TAIL_SECONDS,
    compose_lesson,
    set_slide_narration,
)
from studio.media.pptx_import import import_pptx
from studio.media.probe import probe_media
from studio.model import ImageBlock, VideoBlock
from studio.project import Project
from tests.media.pptx_decks import narrated_deck
from tests.media_fixtures import espeak_wav, ffprobe

SCRIPTS = ["Welcome to the lecture.", "Water rises as vapour.", "Then it rains."]


def _slide_length(seconds: float) -> float:
    # What compose does: narration + a breath, on the still frame grid.
    return round((seconds + TAIL_SECONDS) * STILL_FPS) / STILL_FPS


@pytest.fixture(scope="module")
def narration(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("narration")
    for n, text in enumerate(SCRIPTS, start=1):
        espeak_wav(folder / f"slide{n}.wav", text)
    return folder


def test_compose_in_worker_from_audio_dir(
    tmp_project: Project, tmp_path: Path, narration: Path
) -> None:
    report = import_pptx(
        tmp_project, narrated_deck(tmp_path / "deck.pptx", SCRIPTS), renderer="generated"
    )
    lesson_id = report.lesson_ids[0]
    lesson = tmp_project.course.find_lesson(lesson_id)
    assert lesson is not None
    blocks_before = list(lesson.blocks)
    seen: list[float] = []
    block = compose_lesson(
        tmp_project, lesson_id, Progress(lambda f, m: seen.append(f)), audio_dir=narration
    )
    assert seen[-1] == 1.0
    assert lesson.blocks[-1] is block and isinstance(block, VideoBlock)
    lengths = [_slide_length(probe_media(p).duration or 0) for p in sorted(narration.iterdir())]
    expected = [sum(lengths[:n]) for n in range(3)]
    assert [c.title for c in block.chapters] == ["Part 1", "Part 2", "Part 3"]
    assert [c.start for c in block.chapters] == pytest.approx(expected, abs=0.01)
    assert block.transcript == "\n\n".join(SCRIPTS)
    video = tmp_project.media_path(block.asset)
    data = ffprobe(video)
    codecs = {s["codec_type"]: s for s in data["streams"]}
    assert codecs["video"]["codec_name"] == "h264" and codecs["audio"]["codec_name"] == "aac"
    assert codecs["video"]["pix_fmt"] == "yuv420p"  # plays in every browser
    assert (codecs["video"]["width"], codecs["video"]["height"]) == (1280, 960)  # 4:3 deck
    assert abs(float(data["format"]["duration"]) - sum(lengths)) < 0.2
    asset = tmp_project.course.media[block.asset]
    assert asset.mime == "video/mp4" and asset.duration is not None
    tmp_project.stack.undo()
    assert lesson.blocks == blocks_before and block.asset not in tmp_project.course.media


def test_narration_assets_and_silent_slides(
    tmp_project: Project, tmp_path: Path, narration: Path
) -> None:
    report = import_pptx(
        tmp_project, narrated_deck(tmp_path / "deck.pptx", SCRIPTS[:2]), renderer="generated"
    )
    lesson = tmp_project.course.find_lesson(report.lesson_ids[0])
    assert lesson is not None
    slides = [b for b in lesson.blocks if isinstance(b, ImageBlock)]
    asset = set_slide_narration(tmp_project, slides[0].id, narration / "slide1.wav")
    assert slides[0].narration_audio == asset.id and asset.is_audio
    tmp_project.stack.undo()
    assert slides[0].narration_audio is None and asset.id not in tmp_project.course.media
    tmp_project.stack.redo()
    block = compose_lesson(tmp_project, lesson.id, in_worker=False)
    first = _slide_length(probe_media(narration / "slide1.wav").duration or 0)
    assert [c.start for c in block.chapters] == pytest.approx([0.0, first], abs=0.01)
    duration = probe_media(tmp_project.media_path(block.asset)).duration or 0
    assert abs(duration - (first + SILENT_SLIDE_SECONDS)) < 0.2


def test_errors_and_cancel(tmp_project: Project, tmp_path: Path, narration: Path) -> None:
    report = import_pptx(
        tmp_project, narrated_deck(tmp_path / "deck.pptx", SCRIPTS[:2]), renderer="generated"
    )
    lesson_id = report.lesson_ids[0]
    with pytest.raises(MediaError, match="3 audio files for 2 slides"):
        compose_lesson(tmp_project, lesson_id, audio_dir=narration)
    with pytest.raises(MediaError, match="no lesson"):
        compose_lesson(tmp_project, "les-nothere")
    media_before = set(tmp_project.course.media)
    files_before = sorted(tmp_project.media_dir.iterdir())
    token = CancelToken()

    def cancel_once_started(fraction: float, _message: str) -> None:
        # Cancel as soon as the job reports progress: on a quiet machine a short
        # composition can finish before any timer would fire.
        if fraction > 0:
            token.cancel()

    with pytest.raises(Cancelled):
        compose_lesson(tmp_project, lesson_id, Progress(cancel_once_started, token, min_interval=0))
    assert set(tmp_project.course.media) == media_before
    assert sorted(tmp_project.media_dir.iterdir()) == files_before
