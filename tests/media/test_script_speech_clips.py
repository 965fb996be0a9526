"""Real speech nobody here recorded (shared/speech), captioned from its reference text as
the script: the cues are the script exactly, timed by Whisper's own word timestamps."""

from __future__ import annotations

import pytest

from studio.media.captioning import CaptionOptions, caption_media
from studio.media.transcribe import TranscribeOptions, transcribe_file
from tests.media.whisper_fixtures import SPEECH, models_dir, reference, wer  # noqa: F401

pytestmark = [pytest.mark.whisper, pytest.mark.usefixtures("models_dir")]
TOLERANCE = 0.3


@pytest.mark.parametrize(
    "clip",
    ["jfk.flac", "librispeech_dummy_0.flac", "librispeech_dummy_1.flac",
     "synthetic/espeak_clip30.wav"],
)  # fmt: skip
def test_reference_script_gives_zero_error_and_whisper_timing(clip: str) -> None:
    script = reference(clip)
    done = caption_media(SPEECH / clip, CaptionOptions(), script=script)
    track = done.track
    text = " ".join(" ".join(cue.text.split()) for cue in track.cues)
    assert text == " ".join(script.split())  # the script's own spelling and punctuation
    assert wer(script, text) == 0.0
    assert track.from_script and not track.departures and done.exceptions == []
    # The same clip, transcribed on its own: the times Whisper gives each word.
    heard = transcribe_file(SPEECH / clip, TranscribeOptions(language="en"))
    words = [w for segment in heard["segments"] for w in segment["words"]]
    assert len(words) == len(script.split())  # word for word (Whisper may spell some apart)
    k = 0
    for cue in track.cues:
        n = len(cue.text.split())
        first, last = words[k], words[k + n - 1]
        following = words[k + n] if k + n < len(words) else None
        assert abs(cue.start - first[0]) <= TOLERANCE, (cue, first)
        assert cue.end >= last[1] - TOLERANCE, (cue, last)
        if following is not None:
            assert cue.end <= following[0] + TOLERANCE, (cue, following)
        k += n
    # Where Whisper heard something else ("Mr." for MISTER), the script word is kept and
    # flagged for review.
    if clip == "librispeech_dummy_1.flac":
        mister = next(w for cue in track.cues for w in cue.words if w.text.strip() == "MISTER")
        assert mister.confidence < 0.5
