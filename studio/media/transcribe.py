"""Speech to timed words: one interface, two Whisper engines, chunked for long lectures.

* ``faster-whisper`` (default): CTranslate2, int8 on CPU, about 4x faster than
  openai-whisper for the same text.
* ``openai-whisper``: PyTorch, fed a 16 kHz float32 array (never needs an ffmpeg
  binary), running the same model files converted by ``ct2_to_openai``.

Audio is decoded by PyAV block by block and cut into chunks at silences
(``vad_chunks``), so memory stays bounded however long the lecture; every timestamp is
offset by its chunk's exact sample position. The result is plain JSON (segments with
words) so it can cross the worker-process boundary: ``transcribe_job`` is the job.

Loaded models are kept in this process (``loaded_engine``), so a warm worker
(``studio.media.engine``) pays for loading a model once. The model ``"auto"`` picks
tiny.en for English and the multilingual base for any other language; when nobody says
the language, base detects it from the first half minute of speech first.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from studio.errors import StudioError
from studio.jobs import Progress, null_progress
from studio.media.audio_decode import SAMPLE_RATE, iter_audio, media_duration
from studio.media.vad_chunks import iter_chunks
from studio.media.word_timing import find_pauses, snap_to_pauses

ENGINES = ("faster-whisper", "openai-whisper")
DEFAULT_ENGINE = "faster-whisper"
AUTO_MODEL = "auto"
ENGLISH_MODEL = "tiny.en"
MULTILINGUAL_MODEL = "base"
_KEEP_LOADED = 2  # models kept in memory at once (tiny.en and base)


@dataclass
class TranscribeOptions:
    engine: str = DEFAULT_ENGINE
    model: str = AUTO_MODEL  # "auto", a known name or a CTranslate2 folder
    language: str | None = None  # None or "auto": detect
    task: str = "transcribe"  # or "translate" (to English; multilingual models only)
    prompt: str = ""  # initial prompt: course vocabulary, names, spelling
    beam_size: int = 5
    compute_type: str = "int8"  # faster-whisper only; "float32" matches openai-whisper
    threads: int = 0  # 0: up to 4, as many as the machine has
    vad_filter: bool = True  # faster-whisper's Silero VAD inside each chunk
    chunk_seconds: float = 240.0  # long audio is cut near this length, at a silence
    snap_words: bool = True  # move word edges to the pauses heard in the audio
    checkpoint: str = ""  # openai-whisper: a converted .pt (default: convert once, cached)

    def to_params(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_params(cls, data: dict[str, Any]) -> TranscribeOptions:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


Segment = dict[str, Any]  # {"start", "end", "text", "words": [[start, end, word, prob]]}


class WhisperEngine(Protocol):
    name: str
    multilingual: bool
    options: TranscribeOptions

    def detect_language(self, audio: np.ndarray) -> str:
        """The language spoken in (the first 30 s of) ``audio``."""
        ...

    def transcribe(
        self, audio: np.ndarray, language: str | None, progress: Progress
    ) -> tuple[list[Segment], str]:
        """Segments with times relative to ``audio``, and the language used."""
        ...


def _threads(options: TranscribeOptions) -> int:
    return options.threads or max(1, min(4, os.cpu_count() or 2))


class FasterWhisperEngine:
    name = "faster-whisper"

    def __init__(self, folder: Path, options: TranscribeOptions) -> None:
        from faster_whisper import WhisperModel

        from studio.media.whisper_models import is_multilingual

        self.options = options
        self.multilingual = is_multilingual(folder)
        try:
            self.model = WhisperModel(
                str(folder),
                device="cpu",
                compute_type=options.compute_type,
                cpu_threads=_threads(options),
                local_files_only=True,
            )
        except (RuntimeError, ValueError, OSError) as exc:
            raise StudioError(
                f"cannot load the Whisper model ({exc})",
                path=folder,
                hint="Run `studio models verify` and reinstall the model if it is corrupt.",
            ) from exc

    def detect_language(self, audio: np.ndarray) -> str:
        language, _probability, _all = self.model.detect_language(audio)
        return str(language)

    def transcribe(
        self, audio: np.ndarray, language: str | None, progress: Progress
    ) -> tuple[list[Segment], str]:
        opts = self.options
        segments, info = self.model.transcribe(
            audio,
            language=language,
            task=opts.task,
            beam_size=opts.beam_size,
            word_timestamps=True,
            vad_filter=opts.vad_filter,
            initial_prompt=opts.prompt or None,
        )
        length = max(len(audio) / SAMPLE_RATE, 0.001)
        out: list[Segment] = []
        for seg in segments:
            words = [[w.start, w.end, w.word, w.probability] for w in seg.words or []]
            out.append({"start": seg.start, "end": seg.end, "text": seg.text, "words": words})
            progress.update(seg.end / length, "transcribing")
        return out, str(info.language)


class OpenAIWhisperEngine:
    name = "openai-whisper"

    def __init__(self, options: TranscribeOptions, progress: Progress) -> None:
        import torch

        from studio.media.ct2_to_openai import load_openai_model
        from studio.media.whisper_models import openai_checkpoint

        self.options = options
        torch.set_num_threads(_threads(options))
        checkpoint = (
            Path(options.checkpoint)
            if options.checkpoint
            else openai_checkpoint(options.model, progress)
        )
        self.model = load_openai_model(checkpoint)
        self.multilingual = bool(self.model.is_multilingual)

    def detect_language(self, audio: np.ndarray) -> str:
        import whisper

        mel = whisper.log_mel_spectrogram(whisper.pad_or_trim(audio), self.model.dims.n_mels)
        _tokens, probs = self.model.detect_language(mel)
        assert isinstance(probs, dict)
        return str(max(probs, key=lambda code: probs[code]))

    def transcribe(
        self, audio: np.ndarray, language: str | None, progress: Progress
    ) -> tuple[list[Segment], str]:
        import whisper

        opts = self.options
        result = whisper.transcribe(
            self.model,
            audio,
            verbose=None,
            language=language,
            task=opts.task,
            beam_size=opts.beam_size,
            best_of=5,
            fp16=False,
            word_timestamps=True,
            initial_prompt=opts.prompt or None,
        )
        out: list[Segment] = []
        for seg in result["segments"]:
            words = [
                [float(w["start"]), float(w["end"]), str(w["word"]), float(w["probability"])]
                for w in seg.get("words", [])
            ]
            out.append(
                {
                    "start": float(seg["start"]),
                    "end": float(seg["end"]),
                    "text": str(seg["text"]),
                    "words": words,
                }
            )
        progress.update(1.0, "transcribing")
        return out, str(result.get("language") or language or "en")


def make_engine(options: TranscribeOptions, progress: Progress | None = None) -> WhisperEngine:
    """Load the model for ``options.engine`` (raises a ``StudioError`` saying what to fix)."""
    from studio.media.whisper_models import resolve_model

    progress = progress or null_progress()
    if options.model == AUTO_MODEL:
        options = replace(options, model=choose_model(options) or ENGLISH_MODEL)
    if options.engine not in ENGINES:
        raise StudioError(
            f"unknown engine {options.engine!r}", hint=f"Use one of: {', '.join(ENGINES)}."
        )
    folder = resolve_model(options.model)
    engine: WhisperEngine
    if options.engine == "faster-whisper":
        engine = FasterWhisperEngine(folder, options)
    else:
        try:
            import whisper  # noqa: F401
        except ImportError as exc:
            raise StudioError(
                "openai-whisper is not installed",
                hint="Use --engine faster-whisper, or install it: "
                "pip install torch numba tiktoken more-itertools tqdm && "
                "pip install --no-deps openai-whisper",
            ) from exc
        engine = OpenAIWhisperEngine(options, progress)
    _check_language(engine, options)
    return engine


def _check_language(engine: WhisperEngine, options: TranscribeOptions) -> None:
    language = _language(options)
    if not engine.multilingual:
        if language not in (None, "en"):
            raise StudioError(
                f"the model {options.model} only knows English (asked for {language!r})",
                hint="Install a multilingual model: `studio models install base`, then --model base.",
            )
        if options.task == "translate":
            raise StudioError(
                f"translation needs a multilingual model; {options.model} is English only",
                hint="`studio models install base`, then --model base --translate.",
            )


# Models loaded in this process, most recently used last (the warm worker keeps them).
_LOADED: dict[tuple[str, str, str, int, str], WhisperEngine] = {}
load_count = 0  # how many models this process has loaded (tests and benchmarks read it)


def loaded_engine(options: TranscribeOptions, progress: Progress | None = None) -> WhisperEngine:
    """The engine for ``options`` (``options.model`` a name or folder, not "auto"),
    loaded once per process and reused by later jobs."""
    global load_count
    from studio.media.whisper_models import resolve_model

    folder = resolve_model(options.model)
    key = (options.engine, str(folder), options.compute_type, _threads(options), options.checkpoint)
    engine = _LOADED.pop(key, None)
    if engine is None:
        engine = make_engine(options, progress)
        load_count += 1
        while len(_LOADED) >= _KEEP_LOADED:
            _LOADED.pop(next(iter(_LOADED)))
    _LOADED[key] = engine
    engine.options = options  # task, prompt, beam size may differ from job to job
    _check_language(engine, options)
    return engine


def choose_model(options: TranscribeOptions) -> str | None:
    """The model for ``options``: as given, or for "auto" tiny.en for English and base
    for other languages and translation; None means "detect the language first"."""
    if options.model != AUTO_MODEL:
        return options.model
    if options.checkpoint:  # openai-whisper with a given checkpoint: that is the model
        return ENGLISH_MODEL
    if options.task == "translate":
        return MULTILINGUAL_MODEL
    language = _language(options)
    if language is None:
        return None
    return ENGLISH_MODEL if language.split("-")[0] == "en" else MULTILINGUAL_MODEL


def _available(name: str) -> bool:
    from studio.media.whisper_models import resolve_model

    try:
        resolve_model(name)
    except StudioError:
        return False
    return True


def detect_then_choose(
    audio: np.ndarray, options: TranscribeOptions, progress: Progress
) -> tuple[str, str | None]:
    """For model "auto" with no language: (model, language) after base listened to the
    start of ``audio``. Without base, tiny.en and English (as before base shipped)."""
    if not _available(MULTILINGUAL_MODEL):
        return ENGLISH_MODEL, "en"
    detector = loaded_engine(replace(options, model=MULTILINGUAL_MODEL, language=None), progress)
    language = detector.detect_language(audio[: 30 * SAMPLE_RATE])
    if language == "en" and _available(ENGLISH_MODEL):
        return ENGLISH_MODEL, "en"
    return MULTILINGUAL_MODEL, language


def _language(options: TranscribeOptions) -> str | None:
    lang = (options.language or "").strip().lower()
    return None if lang in ("", "auto") else lang


def _offset(segments: list[Segment], seconds: float) -> list[Segment]:
    for seg in segments:
        seg["start"] = round(float(seg["start"]) + seconds, 3)
        seg["end"] = round(float(seg["end"]) + seconds, 3)
        seg["words"] = [
            [round(float(s) + seconds, 3), round(float(e) + seconds, 3), str(w), round(float(p), 4)]
            for s, e, w, p in seg["words"]
        ]
    return segments


def transcribe_file(
    path: str | Path,
    options: TranscribeOptions | None = None,
    progress: Progress | None = None,
    engine: WhisperEngine | None = None,
) -> dict[str, Any]:
    """Transcribe a media file: ``{"language", "duration", "engine", "model", "segments",
    "loads"}`` (``loads``: models this call had to load; 0 in a warm worker)."""
    options = options or TranscribeOptions()
    progress = progress or null_progress()
    path = Path(path)
    if not path.is_file():
        raise StudioError("media file not found", path=path, hint="Check the path.")
    loads_before = load_count
    total = media_duration(path)
    model = choose_model(options)
    language = _language(options)
    if engine is None and model is not None:
        options = replace(options, model=model)
        engine = loaded_engine(options, progress.sub(0.0, 0.05))
    if engine is not None and not engine.multilingual:
        language = "en"
    segments: list[Segment] = []
    done = 0
    progress.update(0.05, "transcribing")
    for offset, audio in iter_chunks(
        iter_audio(path), options.chunk_seconds, options.chunk_seconds * 1.5
    ):
        progress.check()
        if engine is None:  # "auto" and no language: listen first
            model, language = detect_then_choose(audio, options, progress.sub(0.0, 0.05))
            options = replace(options, model=model, language=language)
            engine = loaded_engine(options, progress.sub(0.0, 0.05))
        start = offset / SAMPLE_RATE
        span = len(audio) / SAMPLE_RATE
        whole = max(total, start + span, 0.001)
        part = progress.sub(0.05 + 0.95 * start / whole, 0.05 + 0.95 * (start + span) / whole)
        chunk_segments, detected = engine.transcribe(audio, language, part)
        if options.snap_words:
            words = [w for seg in chunk_segments for w in seg["words"]]
            snap_to_pauses(words, find_pauses(audio))
        if language is None:
            language = detected  # one language for the whole lecture
        segments.extend(_offset(chunk_segments, start))
        done = offset + len(audio)
    progress.update(1.0, "transcribed")
    return {
        "language": language or "en",
        "duration": round(max(total, done / SAMPLE_RATE), 3),
        "engine": options.engine,
        "model": options.model if options.model != AUTO_MODEL else ENGLISH_MODEL,
        "task": options.task,
        "segments": segments,
        "loads": load_count - loads_before,
        "pid": os.getpid(),
    }


def transcribe_job(params: dict[str, Any], progress: Progress) -> dict[str, Any]:
    """Worker job: ``{"path": ..., "options": {...}}`` -> ``transcribe_file`` result."""
    options = TranscribeOptions.from_params(dict(params.get("options") or {}))
    return transcribe_file(str(params["path"]), options, progress)
