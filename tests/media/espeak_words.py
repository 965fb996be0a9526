"""espeak-ng narration with the true time of every word, from espeak-ng's own events.

The library reports a WORD event (character position, audio position) at the start of
each word it speaks and a PHONEME event for every sound; a pause phoneme (``_``, ``_:``)
marks silence. A word ends where the next word starts or a pause begins, whichever is
first. Words espeak-ng speaks as one (``of the``) share that span by their length.
"""

from __future__ import annotations

import array
import ctypes
import re
import wave
from dataclasses import dataclass
from pathlib import Path

_WORD, _PHONEME, _TERMINATED = 1, 7, 6
_SYNCHRONOUS = 2
_PHONEME_EVENTS = 1  # espeakINITIALIZE_PHONEME_EVENTS
_CHARS_UTF8 = 1
_RATE = 1  # espeakRATE


class _EventId(ctypes.Union):
    _fields_ = [  # noqa: RUF012 - ctypes layout
        ("number", ctypes.c_int),
        ("name", ctypes.c_char_p),
        ("string", ctypes.c_char * 8),
    ]


class _Event(ctypes.Structure):
    _fields_ = [  # noqa: RUF012 - ctypes layout
        ("type", ctypes.c_int),
        ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int),
        ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int),
        ("sample", ctypes.c_int),
        ("user_data", ctypes.c_void_p),
        ("id", _EventId),
    ]


_Callback = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(_Event)
)


@dataclass
class SpokenWord:
    text: str
    start: float
    end: float


_lib: ctypes.CDLL | None = None
_rate = 0


def _library() -> tuple[ctypes.CDLL, int]:
    global _lib, _rate
    if _lib is None:
        _lib = ctypes.CDLL("libespeak-ng.so.1")
        _rate = _lib.espeak_Initialize(_SYNCHRONOUS, 0, None, _PHONEME_EVENTS)
        if _rate <= 0:
            raise RuntimeError("espeak-ng did not initialise")
    return _lib, _rate


def speak(text: str, wav: Path, voice: str = "en-us", speed: int = 150) -> list[SpokenWord]:
    """Write ``text`` spoken by espeak-ng to ``wav``; return its words with true times."""
    lib, rate = _library()
    samples: list[int] = []
    words: list[tuple[int, int]] = []  # (character position, ms)
    pauses: list[int] = []  # ms where a pause phoneme starts

    @_Callback
    def on_audio(wave_ptr, count, events):  # type: ignore[no-untyped-def]
        if count > 0:
            samples.extend(wave_ptr[:count])
        k = 0
        while events[k].type != 0:
            event = events[k]
            if event.type == _WORD and event.length > 0:  # (empty ones mark punctuation)
                words.append((event.text_position - 1, event.audio_position))
            elif event.type == _PHONEME and bytes(event.id.string).startswith(b"_"):
                pauses.append(event.audio_position)
            k += 1
        return 0

    lib.espeak_SetSynthCallback(on_audio)
    if lib.espeak_SetVoiceByName(voice.encode()) != 0:
        raise RuntimeError(f"espeak-ng has no voice {voice!r}")
    lib.espeak_SetParameter(_RATE, speed, 0)
    data = text.encode("utf-8")
    buffer = ctypes.create_string_buffer(data)
    lib.espeak_Synth(buffer, len(data) + 1, 0, 0, 0, _CHARS_UTF8, None, None)
    lib.espeak_Synchronize()
    with wave.open(str(wav), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(array.array("h", samples).tobytes())
    total_ms = len(samples) * 1000 // rate
    spans: list[tuple[int, int, int]] = []  # (character position, start ms, end ms)
    for k, (pos, start) in enumerate(words):
        nxt = words[k + 1][1] if k + 1 < len(words) else total_ms
        end = min([p for p in pauses if start < p <= nxt] or [nxt])
        spans.append((pos, start, end))
    out_words: list[SpokenWord] = []
    tokens = [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]
    by_span: dict[int, list[tuple[int, str]]] = {}
    for offset, token in tokens:
        owner = max(
            (k for k, s in enumerate(spans) if s[0] <= offset), key=lambda k: spans[k][0], default=0
        )
        by_span.setdefault(owner, []).append((offset, token))
    for k, members in sorted(by_span.items()):
        _pos, start, end = spans[k]
        length = sum(len(t) for _o, t in members)
        t = start
        for _offset, token in members:
            share = (end - start) * len(token) / length
            out_words.append(SpokenWord(token, t / 1000, (t + share) / 1000))
            t += share
    return out_words
