"""Real Whisper on the shared speech clips: accuracy, caption shape, chunking, engines."""

from __future__ import annotations

import subprocess
import threading
from pathlib import Path

import numpy as np
import pytest

from studio.captions.quality import check_cues
from studio.errors import MediaError, StudioError
from studio.jobs import Cancelled, CancelToken, Progress
from studio.media.audio_decode import SAMPLE_RATE, decode_audio, iter_audio, media_duration
from studio.media.captioning import CaptionOptions, caption_file
from studio.media.transcribe import TranscribeOptions, make_engine, transcribe_file
from studio.media.vad_chunks import iter_chunks, quietest_point
from tests.media.whisper_fixtures import (  # noqa: F401
    SPEECH,
    base_model,
    models_dir,
    openai_tiny_en,
    reference,
    spanish_clip,
    wer,
)
from tests.media_fixtures import ffmpeg_exe, make_video

pytestmark = [pytest.mark.whisper, pytest.mark.usefixtures("models_dir")]


def _words(result: dict) -> list[list]:
    return [w for seg in result["segments"] for w in seg["words"]]


def test_jfk_exact_through_the_worker_pipeline() -> None:
    seen: list[float] = []
    track = caption_file(
        SPEECH / "jfk.flac", CaptionOptions(), Progress(lambda f, m: seen.append(f), min_interval=0)
    )
    text = " ".join(c.text for c in track.cues)
    assert wer(reference("jfk.flac"), text) == 0.0
    assert track.review == "auto-generated" and track.language == "en"
    assert track.source == "faster-whisper tiny.en"
    assert check_cues(track.cues) == []
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)
    assert 0.0 <= track.cues[0].start and track.cues[-1].end <= 11.1


@pytest.mark.parametrize(
    ("clip", "max_wer"),
    [
        ("librispeech_dummy_0.flac", 0.0),
        ("librispeech_dummy_1.flac", 0.10),  # "Mr." vs "MISTER", as in WHISPER.md
        ("synthetic/espeak_clip30.wav", 2 / 76 + 1e-9),
    ],
)
def test_clips_within_the_measured_error_rates(clip: str, max_wer: float) -> None:
    track = caption_file(SPEECH / clip, CaptionOptions(in_worker=False))
    assert wer(reference(clip), " ".join(c.text for c in track.cues)) <= max_wer
    assert check_cues(track.cues) == [], [c for c in track.cues]


def test_chunked_transcription_offsets_timestamps_exactly() -> None:
    clip = SPEECH / "synthetic" / "espeak_clip30.wav"
    whole = transcribe_file(clip, TranscribeOptions())
    chunked = transcribe_file(clip, TranscribeOptions(chunk_seconds=10.0))
    words = _words(chunked)
    starts = [w[0] for w in words]
    assert starts == sorted(starts)
    assert words[-1][1] <= chunked["duration"] + 0.05
    hyp = " ".join(w[2] for w in words)
    assert wer(reference("synthetic/espeak_clip30.wav"), hyp) <= 0.08
    # a word found by both runs lands at the same time (within Whisper's 20 ms grid + a bit)
    plain = {w[2].strip(" ,.").lower(): w[0] for w in _words(whole)}
    for target in ("biology", "bacteria", "forest"):
        cut = next(w[0] for w in words if w[2].strip(" ,.").lower() == target)
        assert cut == pytest.approx(plain[target], abs=0.25)


def test_vad_cuts_fall_in_silences() -> None:
    rng = np.random.default_rng(1)
    speech = rng.normal(0, 0.3, SAMPLE_RATE * 10).astype(np.float32)
    speech[int(6.2 * SAMPLE_RATE) : int(6.8 * SAMPLE_RATE)] = 0.0  # a pause at 6.2-6.8 s
    cut = quietest_point(speech, 5 * SAMPLE_RATE, 9 * SAMPLE_RATE)
    assert 6.2 * SAMPLE_RATE < cut < 6.8 * SAMPLE_RATE
    blocks = [speech[i : i + 8000] for i in range(0, speech.size, 8000)]
    chunks = list(iter_chunks(blocks, target_seconds=5.0, max_seconds=9.0))
    assert [o for o, _ in chunks] == [0, chunks[0][1].size]
    assert np.array_equal(np.concatenate([a for _, a in chunks]), speech)
    assert 6.2 * SAMPLE_RATE < chunks[1][0] < 6.8 * SAMPLE_RATE


def test_audio_decoding_streams_and_reports_bad_media(tmp_path: Path) -> None:
    clip = SPEECH / "jfk.flac"  # 44.1 kHz stereo
    audio = decode_audio(clip)
    assert audio.dtype == np.float32 and abs(audio.size / SAMPLE_RATE - 11.0) < 0.05
    assert all(b.size <= SAMPLE_RATE * 6 for b in iter_audio(clip))
    assert media_duration(clip) == pytest.approx(11.0, abs=0.05)
    video = make_video(tmp_path / "talk.mp4", 2.0)  # audio inside a video container
    assert abs(decode_audio(video).size / SAMPLE_RATE - 2.0) < 0.1
    silent = tmp_path / "silent.mp4"
    subprocess.run(
        [
            ffmpeg_exe(),
            "-y",
            "-loglevel",
            "error",
            "-f",
            "lavfi",
            "-i",
            "testsrc=size=160x120:rate=10:duration=1",
            str(silent),
        ],
        check=True,
    )
    with pytest.raises(MediaError, match="no audio track"):
        media_duration(silent)
    bad = tmp_path / "bad.mp3"
    bad.write_bytes(b"not audio at all" * 100)
    with pytest.raises(MediaError) as info:
        decode_audio(bad)
    assert info.value.path == str(bad)


def test_parity_openai_whisper_vs_faster_whisper_float32(
    request: pytest.FixtureRequest,
) -> None:
    checkpoint = request.getfixturevalue("openai_tiny_en")
    clip = SPEECH / "jfk.flac"
    fast = transcribe_file(
        clip, TranscribeOptions(compute_type="float32", vad_filter=False, snap_words=False)
    )
    slow = transcribe_file(
        clip,
        TranscribeOptions(
            engine="openai-whisper", checkpoint=str(checkpoint), vad_filter=False, snap_words=False
        ),
    )
    assert slow["engine"] == "openai-whisper"
    fast_words, slow_words = _words(fast), _words(slow)
    assert [w[2] for w in fast_words] == [w[2] for w in slow_words]
    assert len(fast_words) == 22
    for a, b in zip(fast_words, slow_words, strict=True):
        assert a[0] == pytest.approx(b[0], abs=0.021) and a[1] == pytest.approx(b[1], abs=0.021)


def test_language_detection_and_translation(
    request: pytest.FixtureRequest,
) -> None:
    request.getfixturevalue("base_model")
    clip = request.getfixturevalue("spanish_clip")
    found = transcribe_file(clip, TranscribeOptions(model="base"))
    assert found["language"] == "es"
    assert "agua" in " ".join(s["text"] for s in found["segments"]).lower()
    track = caption_file(
        clip,
        CaptionOptions(
            TranscribeOptions(model="base", language="es", task="translate"), in_worker=False
        ),
    )
    english = " ".join(c.text for c in track.cues).lower()
    assert "today" in english and "important" in english
    assert (track.language, track.kind, track.label) == ("en", "subtitles", "English (translated)")


def test_initial_prompt_steers_spelling() -> None:
    clip = SPEECH / "librispeech_dummy_1.flac"
    plain = transcribe_file(clip, TranscribeOptions())
    steered = transcribe_file(clip, TranscribeOptions(prompt="Mister Quilter, the apostle."))
    assert "Mr." in plain["segments"][0]["text"]
    assert "Mister Quilter" in " ".join(s["text"] for s in steered["segments"])


def test_english_only_model_refuses_other_languages() -> None:
    with pytest.raises(StudioError, match="only knows English"):
        make_engine(TranscribeOptions(model="tiny.en", language="fr"))
    with pytest.raises(StudioError, match="translation needs a multilingual model"):
        make_engine(TranscribeOptions(model="tiny.en", task="translate"))
    with pytest.raises(StudioError, match="unknown engine"):
        make_engine(TranscribeOptions(engine="vosk"))


def test_cancel_during_transcription_kills_the_worker() -> None:
    token = CancelToken()

    def on_progress(fraction: float, message: str) -> None:
        if fraction > 0.05:
            threading.Thread(target=token.cancel).start()

    with pytest.raises(Cancelled):
        caption_file(
            SPEECH / "synthetic" / "espeak_clip30.wav",
            CaptionOptions(),
            Progress(on_progress, token, min_interval=0),
        )


def test_missing_model_is_a_clear_error_in_the_worker(tmp_path: Path) -> None:
    with pytest.raises(StudioError) as info:
        caption_file(SPEECH / "jfk.flac", CaptionOptions(TranscribeOptions(model="medium.en")))
    assert "not installed" in info.value.message
    assert "studio models install" in info.value.hint or "--model" in info.value.hint
