"""The recorder back end: screen or window, camera, microphone, with QtMultimedia.

The one module outside ``studio/ui`` that imports Qt. It records into a take
folder (see ``studio.media.takes``): Matroska segments, a new one at each resume,
and a manifest rewritten at every change, so a crash keeps what was recorded.
Qt's own FFmpeg encoder only offers MPEG-4 Part 2/MJPEG here, so segments are
high-quality MPEG-4 and the final H.264/AAC MP4 is made on stop by
``takes.finish_take`` (a job with progress and cancel).

Screen and camera together: the camera is recorded by a second capture session
and laid over the screen as a picture-in-picture corner in the final encode.

Drive it from the GUI thread::

    rec = Recorder(take_folder, screen=0, microphone=True)
    rec.levelChanged.connect(meter.set_level)      # RMS 0..1
    rec.start(countdown=3); rec.add_marker("Part 2"); rec.pause(); rec.resume()
    rec.finished.connect(lambda take: ...)         # then takes.add_take_to_lesson(...)
    rec.stop()
"""

from __future__ import annotations

import math
import sys
import time
import wave
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtMultimedia import (
    QAudioBuffer,
    QAudioBufferInput,
    QAudioFormat,
    QAudioInput,
    QAudioSource,
    QCamera,
    QMediaCaptureSession,
    QMediaDevices,
    QMediaFormat,
    QMediaRecorder,
    QScreenCapture,
    QWindowCapture,
)

from studio.errors import MediaError
from studio.media.takes import Segment, Take

_FEED_MS = 20  # how often the WAV feeder hands audio to Qt
# A new segment file every so often: Qt's writer buffers ~256 kB, which for a
# still screen can be minutes, so closed segments are what bounds a crash's loss.
SEGMENT_SECONDS = 60.0


@dataclass
class Source:
    kind: str  # "screen", "window", "camera", "microphone"
    index: int
    name: str
    detail: str = ""


def available_sources() -> dict[str, list[Source]]:
    """What can be recorded right now (needs a QGuiApplication)."""
    screens = QGuiApplication.screens() if QGuiApplication.instance() is not None else []
    out: dict[str, list[Source]] = {
        "screens": [
            Source(
                "screen",
                i,
                s.name() or f"Screen {i + 1}",
                f"{s.size().width()}x{s.size().height()}",
            )
            for i, s in enumerate(screens)
        ],  # fmt: skip
        "windows": [],
        "cameras": [
            Source("camera", i, d.description()) for i, d in enumerate(QMediaDevices.videoInputs())
        ],
        "microphones": [
            Source("microphone", i, d.description())
            for i, d in enumerate(QMediaDevices.audioInputs())
        ],
    }
    try:
        windows = QWindowCapture.capturableWindows()
    except RuntimeError:  # no window system integration (offscreen)
        windows = []
    out["windows"] = [Source("window", i, w.description()) for i, w in enumerate(windows)]
    return out


def _pick(items: list[Any], choice: Any, what: str, hint: str) -> Any:
    """``choice``: None (off), True (the default one), an index, or the Qt object itself."""
    if choice is None or choice is False:
        return None
    if not isinstance(choice, bool) and not isinstance(choice, int):
        return choice
    if not items:
        raise MediaError(f"no {what} was found on this computer", hint=hint)
    index = 0 if choice is True else int(choice)
    if not 0 <= index < len(items):
        raise MediaError(f"there is no {what} number {index + 1}", hint=hint)
    return items[index]


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)`` (PySide6 6.12.0 crashed here; pyproject pins PySide6 below it)."""
    signal.emit(*args)


def rms_int16(data: bytes) -> float:
    """RMS level of little-endian 16-bit samples, 0..1."""
    import numpy as np

    samples = np.frombuffer(data, dtype="<i2")
    if samples.size == 0:
        return 0.0
    return float(math.sqrt(float(np.mean((samples / 32768.0) ** 2))))


class Recorder(QObject):
    """Records one take; see the module docstring for the flow."""

    # idle, countdown, recording, pausing, paused, stopping, stopped (a new segment
    # every ``segment_seconds`` happens inside "recording": no state change is shown)
    stateChanged = Signal(str)
    countdownTick = Signal(int)  # seconds left before recording starts
    levelChanged = Signal(float)  # input RMS level 0..1
    durationChanged = Signal(float)  # seconds recorded (pauses excluded)
    markerAdded = Signal(float, str)
    finished = Signal(object)  # the Take, all segments closed
    errorOccurred = Signal(str)

    def __init__(
        self,
        take_folder: Path,
        *,
        screen: Any = None,
        window: Any = None,
        camera: Any = None,
        microphone: Any = None,
        audio_file: Path | None = None,
        level_callback: Callable[[float], None] | None = None,
        segment_seconds: float = SEGMENT_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        screens = QGuiApplication.screens() if QGuiApplication.instance() is not None else []
        self._screen = _pick(screens, screen, "screen", "check the display settings.")
        self._window = None
        if window is not None and window is not False:
            windows = QWindowCapture.capturableWindows()
            self._window = _pick(windows, window, "window", "open the window to record.")
        self._camera_device = _pick(
            QMediaDevices.videoInputs(), camera, "camera",
            "connect a camera (and allow access to it), or record without the camera.",
        )  # fmt: skip
        self._mic_device = _pick(
            QMediaDevices.audioInputs(), microphone, "microphone",
            "connect a microphone (and allow access to it), or record without sound.",
        )  # fmt: skip
        self._audio_file = Path(audio_file) if audio_file else None
        if not (self._screen or self._window or self._camera_device or self._mic_device
                or self._audio_file):  # fmt: skip
            raise MediaError(
                "nothing to record", hint="choose a screen, a window, a camera or a microphone."
            )
        self._level_callback = level_callback
        self.take = Take(
            folder=Path(take_folder).resolve(), created=time.strftime("%Y-%m-%dT%H:%M:%S")
        )
        self.take.sources = {
            k: v
            for k, v in {
                "screen": (self._screen.name() or "screen") if self._screen else "",
                "window": self._window.description() if self._window else "",
                "camera": self._camera_device.description() if self._camera_device else "",
                "microphone": self._mic_device.description() if self._mic_device else "",
                "audio_file": str(self._audio_file or ""),
            }.items()
            if v
        }
        self.state = "idle"
        self._done_seconds = 0.0
        self._segment_seconds = 0.0
        self._closing = False  # a segment's stop was requested and is not done yet
        self._pending_stops = 0
        self._after_stop = ""  # "pause" or "stop"
        self._resume_wanted = False
        self._build_sessions()
        self._countdown_left = 0
        self._countdown_timer = QTimer(self)
        self._countdown_timer.setInterval(1000)
        self._countdown_timer.timeout.connect(self._countdown_step)
        self._feed_timer = QTimer(self)
        self._feed_timer.setInterval(_FEED_MS)
        self._feed_timer.timeout.connect(self._feed_audio)
        self._segment_seconds_max = segment_seconds
        self._rotate_timer = QTimer(self)
        self._rotate_timer.setSingleShot(True)
        self._rotate_timer.timeout.connect(self._rotate)
        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(200)
        self._tick_timer.timeout.connect(self._tick)

    # ----------------------------------------------------------------- set-up
    def _new_recorder(self, session: QMediaCaptureSession, with_video: bool) -> QMediaRecorder:
        recorder = QMediaRecorder(self)
        fmt = QMediaFormat(QMediaFormat.FileFormat.Matroska)
        if with_video:
            fmt.setVideoCodec(QMediaFormat.VideoCodec.MPEG4)
        fmt.setAudioCodec(QMediaFormat.AudioCodec.AAC)
        recorder.setMediaFormat(fmt)
        recorder.setQuality(QMediaRecorder.Quality.VeryHighQuality)
        recorder.setEncodingMode(QMediaRecorder.EncodingMode.ConstantQualityEncoding)
        if with_video:
            # A fixed 30 fps: lighter than the screen's 60 Hz, and jittery screen frames
            # no longer collide on one timestamp (which fails Qt's MPEG-4 encoder).
            recorder.setVideoFrameRate(30)
        recorder.errorOccurred.connect(self._on_error)
        recorder.recorderStateChanged.connect(self._on_recorder_state)
        session.setRecorder(recorder)
        return recorder

    def _build_sessions(self) -> None:
        self._session = QMediaCaptureSession(self)
        self._screen_capture: QScreenCapture | None = None
        self._window_capture: QWindowCapture | None = None
        self._camera: QCamera | None = None
        self._pip_session: QMediaCaptureSession | None = None
        self._pip_recorder: QMediaRecorder | None = None
        self._pip_camera: QCamera | None = None
        has_video = True
        if self._screen is not None:
            self._screen_capture = QScreenCapture(self)
            self._screen_capture.setScreen(self._screen)
            self._screen_capture.errorOccurred.connect(self._on_error)
            self._session.setScreenCapture(self._screen_capture)
        elif self._window is not None:
            self._window_capture = QWindowCapture(self)
            self._window_capture.setWindow(self._window)
            self._window_capture.errorOccurred.connect(self._on_error)
            self._session.setWindowCapture(self._window_capture)
        elif self._camera_device is not None:
            self._camera = QCamera(self._camera_device, self)
            self._camera.errorOccurred.connect(self._on_error)
            self._session.setCamera(self._camera)
        else:
            has_video = False
        self.take.has_video = has_video
        if has_video and self._camera_device is not None and self._camera is None:
            self._pip_session = QMediaCaptureSession(self)
            self._pip_camera = QCamera(self._camera_device, self)
            self._pip_camera.errorOccurred.connect(self._on_error)
            self._pip_session.setCamera(self._pip_camera)
            self._pip_recorder = self._new_recorder(self._pip_session, True)
        self._audio_input: QAudioInput | None = None
        self._buffer_input: QAudioBufferInput | None = None
        self._meter: QAudioSource | None = None
        self._meter_io: Any = None
        self._wav: Any = None
        if self._mic_device is not None:
            self._audio_input = QAudioInput(self._mic_device, self)
            self._session.setAudioInput(self._audio_input)
        elif self._audio_file is not None:
            self._buffer_input = self._open_wav()
            self._session.setAudioBufferInput(self._buffer_input)
        self._recorder = self._new_recorder(self._session, has_video)

    def _open_wav(self) -> QAudioBufferInput:
        try:
            self._wav = wave.open(str(self._audio_file), "rb")
        except (OSError, wave.Error, EOFError) as exc:
            raise MediaError(
                f"cannot read this WAV file ({exc})", path=self._audio_file,
                hint="use 16-bit PCM WAV.",
            ) from exc  # fmt: skip
        if self._wav.getsampwidth() != 2:
            raise MediaError("only 16-bit PCM WAV can be fed", path=self._audio_file)
        fmt = QAudioFormat()
        fmt.setSampleRate(self._wav.getframerate())
        fmt.setChannelCount(self._wav.getnchannels())
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self._wav_format = fmt
        self._fed_frames = 0  # frames handed over in this segment
        self._segment_clock = 0.0
        # No format on the input: Qt 6.11 never readies an input built with one
        # (sendAudioBuffer is always refused); without one, the first buffer's
        # format (``_wav_format``, carried by every buffer) sets up the encoder.
        return QAudioBufferInput(self)

    # ------------------------------------------------------------- the API
    @property
    def elapsed(self) -> float:
        """Seconds recorded so far, pauses excluded (media time: markers use it)."""
        if self._closing:  # between a segment's stop request and its file being closed
            return self._done_seconds + self._segment_seconds
        current = self._recorder.duration() / 1000 if self.state == "recording" else 0.0
        return self._done_seconds + current

    @property
    def markers(self) -> list[tuple[float, str]]:
        return list(self.take.markers)

    def start(self, countdown: int = 0) -> None:
        if self.state != "idle":
            return
        self.take.folder.mkdir(parents=True, exist_ok=True)
        self._start_meter()
        if countdown > 0:
            self._countdown_left = countdown
            self._set_state("countdown")
            emit(self.countdownTick, countdown)
            self._countdown_timer.start()
        else:
            self._begin()

    def pause(self) -> None:
        """Close the current segment (it is complete on disk) until ``resume``."""
        if self.state == "recording" and self._closing:  # a segment change is under way
            self._after_stop = "pause"
            self._set_state("pausing")
        elif self.state == "recording":
            self._end_segment("pause")
        elif self.state == "countdown":
            self._countdown_timer.stop()
            self._set_state("idle")

    def resume(self) -> None:
        if self.state == "paused":
            self._start_segment()
        elif self.state == "pausing":
            self._resume_wanted = True

    def stop(self) -> None:
        """Stop; ``finished(take)`` follows once every segment is closed."""
        if self.state in ("recording", "pausing"):
            self._resume_wanted = False
            if self._closing:
                self._after_stop = "stop"
                self._set_state("stopping")
            else:
                self._end_segment("stop")
        elif self.state in ("paused", "idle", "countdown"):
            self._countdown_timer.stop()
            self._finish()

    def add_marker(self, title: str = "") -> float:
        """Drop a marker at the current time; it becomes a chapter."""
        at = round(self.elapsed, 3)
        title = title or f"Marker {len(self.take.markers) + 1}"
        self.take.markers.append((at, title))
        self.take.save()
        emit(self.markerAdded, at, title)
        return at

    # ------------------------------------------------------------ internals
    def _tick(self) -> None:
        emit(self.durationChanged, self.elapsed)

    def _set_state(self, state: str) -> None:
        self.state = state
        emit(self.stateChanged, state)

    def _countdown_step(self) -> None:
        self._countdown_left -= 1
        if self._countdown_left > 0:
            emit(self.countdownTick, self._countdown_left)
            return
        self._countdown_timer.stop()
        emit(self.countdownTick, 0)
        self._begin()

    def _begin(self) -> None:
        for capture in (self._screen_capture, self._window_capture):
            if capture is not None:
                capture.setActive(True)
        for camera in (self._camera, self._pip_camera):
            if camera is not None:
                camera.start()
        self._tick_timer.start()
        self._start_segment()

    def _start_segment(self) -> None:
        n = len(self.take.segments) + 1
        segment = Segment(main=f"seg-{n:04d}.mkv")
        self._recorder.setOutputLocation(QUrl.fromLocalFile(str(self.take.folder / segment.main)))
        if self._pip_recorder is not None:
            segment.pip = f"cam-{n:04d}.mkv"
            self._pip_recorder.setOutputLocation(
                QUrl.fromLocalFile(str(self.take.folder / segment.pip))
            )
        self.take.segments.append(segment)
        self.take.state = "recording"
        self.take.save()
        self._fed_frames = 0
        self._segment_clock = time.monotonic()
        self._recorder.record()
        if self._pip_recorder is not None:
            self._pip_recorder.record()
        if self._buffer_input is not None:
            self._feed_timer.start()
        if self._segment_seconds_max > 0:
            self._rotate_timer.start(int(self._segment_seconds_max * 1000))
        self._set_state("recording")

    def _rotate(self) -> None:
        if self.state == "recording":
            self._end_segment("rotate")

    def _end_segment(self, then: str) -> None:
        self._after_stop = then
        self._feed_timer.stop()
        self._rotate_timer.stop()
        self._segment_seconds = self._recorder.duration() / 1000
        self._closing = True
        if then != "rotate":
            self._set_state("pausing" if then == "pause" else "stopping")
        recorders = [r for r in (self._recorder, self._pip_recorder) if r is not None]
        self._pending_stops = sum(
            1 for r in recorders if r.recorderState() != QMediaRecorder.RecorderState.StoppedState
        )
        for recorder in recorders:
            recorder.stop()
        if self._pending_stops == 0:
            self._segment_closed()

    def _on_recorder_state(self, state: Any) -> None:
        if state != QMediaRecorder.RecorderState.StoppedState or self._pending_stops <= 0:
            return
        self._pending_stops -= 1
        if self._pending_stops == 0:
            self._segment_closed()

    def _segment_closed(self) -> None:
        seconds = max(self._segment_seconds, self._recorder.duration() / 1000)
        self._done_seconds += seconds
        self._closing = False
        self.take.segments[-1].duration = round(seconds, 3)
        self.take.save()
        emit(self.durationChanged, self._done_seconds)
        if self._after_stop == "stop":
            self._finish()
        elif self._after_stop == "rotate" or self._resume_wanted:
            self._resume_wanted = False
            self._start_segment()
        else:
            self._set_state("paused")

    def _finish(self) -> None:
        self._tick_timer.stop()
        self._feed_timer.stop()
        self._rotate_timer.stop()
        self._stop_meter()
        self.take.folder.mkdir(parents=True, exist_ok=True)
        for capture in (self._screen_capture, self._window_capture):
            if capture is not None:
                capture.setActive(False)
        for camera in (self._camera, self._pip_camera):
            if camera is not None:
                camera.stop()
        if self._wav is not None:
            self._wav.close()
            self._wav = None
        self.take.state = "stopped"
        self.take.save()
        self._set_state("stopped")
        emit(self.finished, self.take)

    def _on_error(self, error: Any, message: str = "") -> None:
        text = message or str(error)
        emit(self.errorOccurred, f"Recording failed: {text}")
        if self.state in ("recording", "pausing", "countdown"):
            self._after_stop = "stop"
            self._feed_timer.stop()
            for recorder in (self._recorder, self._pip_recorder):
                if recorder is not None:
                    recorder.stop()
            QTimer.singleShot(0, self._finish)

    # ------------------------------------------------------ audio and meter
    def _feed_audio(self) -> None:
        """Hand WAV audio to Qt at real-time pace; silence after the file ends."""
        if self._buffer_input is None or self._wav is None:
            return
        rate = self._wav_format.sampleRate()
        channels = self._wav_format.channelCount()
        due = int((time.monotonic() - self._segment_clock) * rate) - self._fed_frames
        if due <= 0:
            return
        data = self._wav.readframes(due)
        got = len(data) // (2 * channels)
        if got < due:
            data += b"\x00" * ((due - got) * 2 * channels)
        start_us = int(self._fed_frames * 1_000_000 / rate)
        buffer = QAudioBuffer(data, self._wav_format, start_us)
        if self._buffer_input.sendAudioBuffer(buffer):
            self._fed_frames += due
            self._report_level(rms_int16(data))
        elif got:
            # Not accepted yet (encoder starting): rewind so nothing is lost.
            self._wav.setpos(self._wav.tell() - got)

    def _report_level(self, level: float) -> None:
        emit(self.levelChanged, level)
        if self._level_callback is not None:
            self._level_callback(level)

    def _start_meter(self) -> None:
        """A level meter on the real microphone (a second, listen-only source)."""
        if self._mic_device is None or self._meter is not None:
            return
        fmt = QAudioFormat()
        fmt.setSampleRate(16000)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not self._mic_device.isFormatSupported(fmt):
            fmt = self._mic_device.preferredFormat()
        meter = QAudioSource(self._mic_device, fmt, self)
        self._meter = meter
        self._meter_format = fmt
        self._meter_io = meter.start()
        if self._meter_io is not None:
            self._meter_io.readyRead.connect(self._read_meter)

    def _read_meter(self) -> None:
        if self._meter_io is None:
            return
        data = bytes(self._meter_io.readAll().data())
        if self._meter_format.sampleFormat() == QAudioFormat.SampleFormat.Int16:
            self._report_level(rms_int16(data))
        elif self._meter_format.sampleFormat() == QAudioFormat.SampleFormat.Float:
            import numpy as np

            samples = np.frombuffer(data, dtype="<f4")
            level = float(math.sqrt(float(np.mean(samples**2)))) if samples.size else 0.0
            self._report_level(level)

    def _stop_meter(self) -> None:
        if self._meter is not None:
            self._meter.stop()
            self._meter = None
            self._meter_io = None


def ensure_app() -> Any:
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    import os

    app = QGuiApplication.instance()
    if app is not None:
        return app
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(sys.argv[:1])


def record_for(
    take_folder: Path,
    seconds: float,
    *,
    countdown: int = 0,
    on_level: Callable[[float], None] | None = None,
    **sources: Any,
) -> Take:
    """Record for ``seconds`` (Ctrl+C stops early) outside the window: the CLI's recorder."""
    import signal

    app = ensure_app()
    recorder = Recorder(take_folder, level_callback=on_level, **sources)
    errors: list[str] = []
    recorder.errorOccurred.connect(errors.append)
    recorder.finished.connect(app.quit)
    stopper = QTimer()
    stopper.setSingleShot(True)
    stopper.timeout.connect(recorder.stop)

    def arm(state: str) -> None:
        if state == "recording" and not stopper.isActive() and len(recorder.take.segments) == 1:
            stopper.start(int(seconds * 1000))

    recorder.stateChanged.connect(arm)
    previous = signal.signal(signal.SIGINT, lambda *_: QTimer.singleShot(0, recorder.stop))
    # Python only sees the signal when the interpreter runs: wake it up regularly.
    wake = QTimer()
    wake.timeout.connect(_noop)
    wake.start(200)
    try:
        recorder.start(countdown)
        app.exec()
    finally:
        signal.signal(signal.SIGINT, previous)
        wake.stop()
    if errors:
        raise MediaError(errors[0], path=take_folder, hint="check the devices and try again.")
    return recorder.take


def _noop() -> None:
    pass
