"""The recorder for real: offscreen screen capture + espeak-ng speech through QAudioBufferInput."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from studio.errors import MediaError
from studio.media.takes import add_take_to_lesson, new_take_folder, unfinished_takes
from studio.model import VideoBlock
from studio.project import Project
from tests.media_fixtures import espeak_wav, ffprobe

pytestmark = pytest.mark.qt

SPEECH = "This is a recorded lecture. We look at the water cycle, one step at a time."


@pytest.fixture(scope="module")
def speech(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return espeak_wav(tmp_path_factory.mktemp("speech") / "speech.wav", SPEECH)


def test_record_screen_and_audio_with_pause_and_marker(
    qtbot, qapp, tmp_project: Project, speech: Path
) -> None:
    from studio.media.recorder import Recorder, available_sources

    screens = available_sources()["screens"]
    assert screens, "the offscreen platform has a screen"
    width, height = (int(v) for v in screens[0].detail.split("x"))
    lesson = tmp_project.course.modules  # a lesson to add the take to
    from studio.course_ops import add_lesson, add_module

    lesson = add_lesson(
        tmp_project.stack, add_module(tmp_project.stack, tmp_project.course, "M"), "L"
    )
    levels: list[float] = []
    rec = Recorder(
        new_take_folder(tmp_project.folder), screen=0, audio_file=speech,
        level_callback=levels.append, segment_seconds=1.0,  # a new file every second
    )  # fmt: skip
    ticks: list[int] = []
    rec.countdownTick.connect(ticks.append)
    states: list[str] = []
    rec.stateChanged.connect(states.append)
    errors: list[str] = []
    rec.errorOccurred.connect(errors.append)
    rec.start(countdown=1)
    assert rec.state == "countdown"
    qtbot.waitUntil(lambda: rec.state == "recording", timeout=5000)
    qtbot.waitUntil(lambda: rec.elapsed >= 1.5, timeout=10000)
    marker = rec.add_marker("Second part")
    rec.pause()
    qtbot.waitUntil(lambda: rec.state == "paused", timeout=5000)
    paused_at = rec.elapsed
    qtbot.wait(400)
    assert rec.elapsed == paused_at  # paused time is not recorded
    rec.resume()
    qtbot.waitUntil(lambda: rec.state == "recording", timeout=5000)
    qtbot.waitUntil(lambda: rec.elapsed >= paused_at + 1.5, timeout=10000)
    with qtbot.waitSignal(rec.finished, timeout=10000) as finished:
        rec.stop()
    take = finished.args[0]
    assert errors == []
    assert ticks == [1, 0]
    assert states[:2] == ["countdown", "recording"] and "paused" in states
    assert states[-1] == "stopped"
    # ~1.5 s, pause, ~1.5 s with a new segment every second: at least 4 files
    assert len(take.segments) >= 4 and all(s.duration for s in take.segments)
    assert states.count("paused") == 1 and "stopping" in states
    assert max(levels) > 0.05  # the meter saw the speech
    recorded = rec.elapsed

    block = add_take_to_lesson(tmp_project, lesson.id, take, title="Lecture take")
    assert isinstance(block, VideoBlock) and lesson.blocks[-1] is block
    assert [c.title for c in block.chapters] == ["Start", "Second part"]
    assert block.chapters[1].start == pytest.approx(marker)
    data = ffprobe(tmp_project.media_path(block.asset))
    streams = {s["codec_type"]: s for s in data["streams"]}
    assert streams["video"]["codec_name"] == "h264" and streams["audio"]["codec_name"] == "aac"
    assert (streams["video"]["width"], streams["video"]["height"]) == (width, height)
    assert abs(float(data["format"]["duration"]) - recorded) < 0.2
    assert not take.folder.exists()  # segments removed once the take is in the project
    tmp_project.stack.undo()
    assert block not in lesson.blocks


def test_missing_devices_are_clear_errors(qapp, tmp_path: Path) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    from studio.media.recorder import Recorder

    if QMediaDevices.videoInputs() or QMediaDevices.audioInputs():
        pytest.skip("this machine has a camera or microphone")
    with pytest.raises(MediaError, match="no camera was found") as err:
        Recorder(tmp_path / "take", screen=0, camera=True)
    assert "record without the camera" in err.value.hint
    with pytest.raises(MediaError, match="no microphone was found"):
        Recorder(tmp_path / "take", microphone=True)
    with pytest.raises(MediaError, match="nothing to record"):
        Recorder(tmp_path / "take")


CRASHING_RECORDER = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv)
    from studio.media.recorder import Recorder
    rec = Recorder(Path(sys.argv[1]), screen=0, audio_file=Path(sys.argv[2]), segment_seconds=1.5)
    rec.start()
    QTimer.singleShot(2000, lambda: rec.add_marker("Before the crash"))
    def crash():
        if rec.elapsed >= 4.0:
            os.kill(os.getpid(), signal.SIGKILL)
    timer = QTimer(); timer.timeout.connect(crash); timer.start(100)
    app.exec()
    """
)


def test_a_crash_keeps_what_was_recorded(tmp_project: Project, speech: Path) -> None:
    from studio.course_ops import add_lesson, add_module

    folder = new_take_folder(tmp_project.folder)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", CRASHING_RECORDER, str(folder), str(speech)],
        env=env, capture_output=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == -signal.SIGKILL, result.stderr[-2000:]
    [take] = unfinished_takes(tmp_project.folder)
    assert take.state == "recording" and take.markers[0][1] == "Before the crash"
    lesson = add_lesson(
        tmp_project.stack, add_module(tmp_project.stack, tmp_project.course, "M"), "L"
    )
    block = add_take_to_lesson(tmp_project, lesson.id, take)
    duration = float(ffprobe(tmp_project.media_path(block.asset))["format"]["duration"])
    assert 2.0 < duration < 4.5  # most of the 4 s survived (the writer buffers ~256 kB)
    assert unfinished_takes(tmp_project.folder) == []


def test_record_slide_narration_audio_only(qtbot, qapp, tmp_project: Project, speech: Path) -> None:
    """The narration flow: record sound only, finish it as .m4a, attach it to a slide."""
    from studio.course_ops import add_block, add_lesson, add_module
    from studio.media.compose import set_slide_narration
    from studio.media.recorder import Recorder
    from studio.media.takes import finish_take
    from studio.model import ImageBlock

    lesson = add_lesson(
        tmp_project.stack, add_module(tmp_project.stack, tmp_project.course, "M"), "L"
    )
    slide = add_block(tmp_project.stack, lesson, ImageBlock(alt="Slide 1"))
    rec = Recorder(new_take_folder(tmp_project.folder), audio_file=speech)
    rec.start()
    qtbot.waitUntil(lambda: rec.elapsed >= 2.0, timeout=10000)
    with qtbot.waitSignal(rec.finished, timeout=10000):
        rec.stop()
    audio = finish_take(rec.take)
    assert audio.suffix == ".m4a"
    data = ffprobe(audio)
    assert [s["codec_name"] for s in data["streams"]] == ["aac"]
    assert abs(float(data["format"]["duration"]) - rec.elapsed) < 0.2
    asset = set_slide_narration(tmp_project, slide.id, audio)
    assert isinstance(slide, ImageBlock) and slide.narration_audio == asset.id
