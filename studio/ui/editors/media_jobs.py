"""Jobs of the video editor: the waveform, the automatic poster and "Use this frame as
poster". Each reads the media off the GUI thread; results are applied on it.

Waveforms and automatic posters are cached by media file (the asset id is the
file's hash), so selecting a block again shows them at once.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from studio.project import Project
from studio.ui.qt import QImage, tr

_waveforms: dict[str, Any] = {}
_posters: dict[str, QImage] = {}


def if_alive(apply: Callable[[Any], None]) -> Callable[[Any], None]:
    """``apply`` unless its widget was deleted meanwhile (the user selected another
    block while the job ran)."""
    def call(value: Any) -> None:
        try:
            apply(value)
        except RuntimeError:  # "Internal C++ object already deleted"
            pass

    return call


def to_qimage(rgb: Any) -> QImage:
    """A QImage owning a copy of an RGB ``numpy`` frame."""
    height, width = rgb.shape[:2]
    data = bytes(rgb.tobytes())
    return QImage(data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


def load_waveform(runner: Any, project: Project, asset_id: str,
                  done: Callable[[Any], None]) -> Any:
    """``done(waveform)`` now if cached, else after a job; None when there is no file."""
    done = if_alive(done)
    if asset_id in _waveforms:
        done(_waveforms[asset_id])
        return None
    path = project.shown_media(asset_id)
    if path is None or not Path(path).is_file():
        return None
    from studio.media.waveform import waveform_peaks

    def finished(waveform: Any) -> None:
        _waveforms[asset_id] = waveform
        done(waveform)

    return runner.submit(tr("Waveform of {name}").format(name=Path(path).name),
                         waveform_peaks, path, on_done=finished)


def load_auto_poster(runner: Any, project: Project, asset_id: str,
                     done: Callable[[QImage], None]) -> Any:
    """The first non-black frame about 1 s in, as a QImage (cached)."""
    done = if_alive(done)
    if asset_id in _posters:
        done(_posters[asset_id])
        return None
    path = project.shown_media(asset_id)
    if path is None or not Path(path).is_file():
        return None

    def read(progress: Any) -> Any:
        from studio.media.poster import poster_frame

        progress.update(0.1, tr("Finding a poster frame"))
        return poster_frame(path)[1]

    def finished(rgb: Any) -> None:
        image = to_qimage(rgb)
        _posters[asset_id] = image
        done(image)

    return runner.submit(tr("Poster of {name}").format(name=Path(path).name), read,
                         on_done=finished)


def stage_frame(project: Project, asset_id: str, seconds: float, progress: Any) -> Any:
    """The job of "Use this frame as poster": grab, save as JPEG, stage into media/."""
    from studio.media.media_blocks import stage_media
    from studio.media.poster import frame_at, save_jpeg

    path = project.shown_media(asset_id)
    if path is None:
        from studio.errors import MediaError

        raise MediaError("the video file is missing from the project",
                         hint="choose the video's file again in Details.")
    progress.update(0.2, tr("Grabbing the frame"))
    rgb = frame_at(path, seconds)
    with tempfile.TemporaryDirectory() as tmp:
        stem = Path(path).stem if not project.course.media.get(asset_id) else Path(
            project.course.media[asset_id].filename).stem
        jpeg = save_jpeg(rgb, Path(tmp) / f"{stem}-poster-{seconds:.1f}s.jpg")
        return stage_media(project, jpeg)
