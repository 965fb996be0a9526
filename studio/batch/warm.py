"""One loaded Whisper model per worker thread, kept between tasks.

A batch worker captions file after file with the same options, so it loads the model
once (about a second and 150-600 MB) instead of once per file. This is the one seam to
switch when the warm engine of the window (a long-lived worker process) lands: only
``warm_engine`` needs to change.
"""

from __future__ import annotations

import json
import threading

from studio.media.transcribe import TranscribeOptions, WhisperEngine, make_engine

_held = threading.local()  # Dask may run tasks on several threads of one worker


def warm_engine(options: TranscribeOptions) -> WhisperEngine:
    """The engine for ``options``, loaded on first use in this thread and then reused."""
    key = json.dumps(options.to_params(), sort_keys=True)
    held: tuple[str, WhisperEngine] | None = getattr(_held, "engine", None)
    if held is not None and held[0] == key:
        return held[1]
    _held.engine = None  # free the old model before loading another
    engine = make_engine(options)
    _held.engine = (key, engine)
    return engine
