"""Convert a CTranslate2 Whisper folder (float16 ``model.bin``) to an openai-whisper checkpoint.

So one set of model files serves both engines. Format and name mapping follow
research/whisper-offline.md section 3a: ``model.bin`` (binary version 6) is a list of
named little-endian tensors plus aliases; fused QKV projections are split into query,
key and value (the key bias, all zeros, is dropped: openai's ``key`` has no bias).
The checkpoint is ``{"dims": ..., "model_state_dict": ..., "alignment_heads": [[layer,
head], ...]}``; the last key (ignored by ``whisper.load_model``) comes from ``config.json``
and is applied by ``load_openai_model`` so word timestamps match faster-whisper's.
"""

from __future__ import annotations

import json
import os
import re
import struct
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from studio.errors import StudioError
from studio.jobs import Progress, null_progress

_DTYPES = {
    0: np.float32,
    1: np.int8,
    2: np.int16,
    3: np.int32,
    4: np.float16,
}


class _Reader:
    def __init__(self, data: memoryview) -> None:
        self.data = data
        self.pos = 0

    def take(self, n: int) -> memoryview:
        if self.pos + n > len(self.data):
            raise ValueError("unexpected end of file")
        view = self.data[self.pos : self.pos + n]
        self.pos += n
        return view

    def u8(self) -> int:
        return int(self.take(1)[0])

    def u16(self) -> int:
        return int(struct.unpack("<H", self.take(2))[0])

    def u32(self) -> int:
        return int(struct.unpack("<I", self.take(4))[0])

    def string(self) -> str:
        length = self.u16()
        return bytes(self.take(length)).rstrip(b"\0").decode("utf-8")


def read_ct2_model(path: Path) -> dict[str, np.ndarray]:
    """All variables of a CTranslate2 ``model.bin`` (aliases resolved) as numpy arrays."""
    try:
        raw = path.read_bytes()
        reader = _Reader(memoryview(raw))
        version = reader.u32()
        if version < 5:
            raise ValueError(f"binary version {version} is too old")
        spec = reader.string()
        reader.u32()  # spec revision
        if "Whisper" not in spec:
            raise ValueError(f"this is a {spec}, not a Whisper model")
        variables: dict[str, np.ndarray] = {}
        for _ in range(reader.u32()):
            name = reader.string()
            rank = reader.u8()
            shape = [reader.u32() for _ in range(rank)]
            dtype_id = reader.u8()
            nbytes = reader.u32()
            data = reader.take(nbytes)
            if dtype_id not in _DTYPES:
                raise ValueError(f"variable {name} has unsupported type {dtype_id}")
            array = np.frombuffer(data, dtype=_DTYPES[dtype_id]).reshape(shape)
            variables[name] = array
        for _ in range(reader.u32()):
            alias, target = reader.string(), reader.string()
            variables[alias] = variables[target]
    except (ValueError, KeyError, struct.error) as exc:
        raise StudioError(
            f"cannot read the CTranslate2 model ({exc})",
            path=path,
            hint="Use a float16 CTranslate2 Whisper folder, e.g. `studio models install tiny.en`.",
        ) from exc
    if any(name.endswith("weight_scale") for name in variables):
        raise StudioError(
            "this model is quantized (int8); conversion needs the float16 model",
            path=path,
            hint="Convert a float16 CTranslate2 folder (the ones `studio models install` gives).",
        )
    return variables


def _count_layers(variables: dict[str, np.ndarray], side: str) -> int:
    pattern = re.compile(rf"^{side}/layer_(\d+)/")
    return len({m.group(1) for n in variables if (m := pattern.match(n))})


def _scalar(value: np.ndarray) -> int:
    return int(np.asarray(value).reshape(-1)[0])


def convert_state(variables: dict[str, np.ndarray]) -> tuple[dict[str, int], dict[str, np.ndarray]]:
    """``(dims, state_dict)`` in openai-whisper naming, from CTranslate2 variables."""
    v = variables
    dims = {
        "n_mels": int(v["encoder/conv1/weight"].shape[1]),
        "n_audio_ctx": int(v["encoder/position_encodings/encodings"].shape[0]),
        "n_audio_state": int(v["encoder/conv1/weight"].shape[0]),
        "n_audio_head": _scalar(v["encoder/num_heads"]),
        "n_audio_layer": _count_layers(v, "encoder"),
        "n_vocab": int(v["decoder/embeddings/weight"].shape[0]),
        "n_text_ctx": int(v["decoder/position_encodings/encodings"].shape[0]),
        "n_text_state": int(v["decoder/embeddings/weight"].shape[1]),
        "n_text_head": _scalar(v["decoder/num_heads"]),
        "n_text_layer": _count_layers(v, "decoder"),
    }
    out: dict[str, np.ndarray] = {}

    def linear(src: str, dst: str, bias: bool = True) -> None:
        out[f"{dst}.weight"] = v[f"{src}/weight"]
        if bias:
            out[f"{dst}.bias"] = v[f"{src}/bias"]

    def norm(src: str, dst: str) -> None:
        out[f"{dst}.weight"] = v[f"{src}/gamma"]
        out[f"{dst}.bias"] = v[f"{src}/beta"]

    def fused_qkv(src: str, dst: str) -> None:
        q, k, val = np.split(v[f"{src}/weight"], 3, axis=0)
        qb, _kb, vb = np.split(v[f"{src}/bias"], 3, axis=0)
        out[f"{dst}.query.weight"], out[f"{dst}.query.bias"] = q, qb
        out[f"{dst}.key.weight"] = k
        out[f"{dst}.value.weight"], out[f"{dst}.value.bias"] = val, vb

    def ffn(src: str, dst: str) -> None:
        linear(f"{src}/linear_0", f"{dst}.mlp.0")
        linear(f"{src}/linear_1", f"{dst}.mlp.2")
        norm(f"{src}/layer_norm", f"{dst}.mlp_ln")

    for conv in ("conv1", "conv2"):
        linear(f"encoder/{conv}", f"encoder.{conv}")
    out["encoder.positional_embedding"] = v["encoder/position_encodings/encodings"]
    for i in range(dims["n_audio_layer"]):
        src, dst = f"encoder/layer_{i}", f"encoder.blocks.{i}"
        fused_qkv(f"{src}/self_attention/linear_0", f"{dst}.attn")
        linear(f"{src}/self_attention/linear_1", f"{dst}.attn.out")
        norm(f"{src}/self_attention/layer_norm", f"{dst}.attn_ln")
        ffn(f"{src}/ffn", dst)
    norm("encoder/layer_norm", "encoder.ln_post")

    out["decoder.token_embedding.weight"] = v["decoder/embeddings/weight"]
    out["decoder.positional_embedding"] = v["decoder/position_encodings/encodings"]
    for i in range(dims["n_text_layer"]):
        src, dst = f"decoder/layer_{i}", f"decoder.blocks.{i}"
        fused_qkv(f"{src}/self_attention/linear_0", f"{dst}.attn")
        linear(f"{src}/self_attention/linear_1", f"{dst}.attn.out")
        norm(f"{src}/self_attention/layer_norm", f"{dst}.attn_ln")
        linear(f"{src}/attention/linear_0", f"{dst}.cross_attn.query")
        k, val = np.split(v[f"{src}/attention/linear_1/weight"], 2, axis=0)
        _kb, vb = np.split(v[f"{src}/attention/linear_1/bias"], 2, axis=0)
        out[f"{dst}.cross_attn.key.weight"] = k
        out[f"{dst}.cross_attn.value.weight"], out[f"{dst}.cross_attn.value.bias"] = val, vb
        linear(f"{src}/attention/linear_2", f"{dst}.cross_attn.out")
        norm(f"{src}/attention/layer_norm", f"{dst}.cross_attn_ln")
        ffn(f"{src}/ffn", dst)
    norm("decoder/layer_norm", "decoder.ln")
    return dims, out


def alignment_heads_of(folder: Path) -> list[list[int]]:
    """``[[layer, head], ...]`` from a CTranslate2 folder's config.json (may be empty)."""
    try:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    heads = config.get("alignment_heads") or []
    return [[int(layer), int(head)] for layer, head in heads]


def convert_folder(folder: Path, output: Path, progress: Progress | None = None) -> Path:
    """Write ``output`` (.pt) from the CTranslate2 ``folder``; atomic."""
    import torch

    progress = progress or null_progress()
    progress.update(0.05, "reading model.bin")
    try:
        variables = read_ct2_model(folder / "model.bin")
        dims, state = convert_state(variables)
    except KeyError as exc:
        raise StudioError(
            f"the model is missing the variable {exc.args[0]}",
            path=folder / "model.bin",
            hint="Use a CTranslate2 Whisper conversion (faster-whisper format).",
        ) from exc
    progress.update(0.5, "building the checkpoint")
    tensors = {
        name: torch.from_numpy(np.ascontiguousarray(array).astype(np.float16, copy=True))
        for name, array in sorted(state.items())
    }
    checkpoint: dict[str, Any] = {
        "dims": dims,
        "model_state_dict": tensors,
        "alignment_heads": alignment_heads_of(folder),
    }
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            torch.save(checkpoint, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, output)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    progress.update(1.0, "converted")
    return output


def load_openai_model(checkpoint_path: Path) -> Any:
    """An openai-whisper model from a converted checkpoint, with its alignment heads set."""
    import torch
    from whisper.model import ModelDimensions, Whisper

    try:
        checkpoint = torch.load(checkpoint_path, map_location="cpu", weights_only=True)
    except Exception as exc:
        raise StudioError(
            f"cannot load the openai-whisper checkpoint ({type(exc).__name__})",
            path=checkpoint_path,
            hint="Convert it again: `studio models convert MODEL`.",
        ) from exc
    model = Whisper(ModelDimensions(**checkpoint["dims"]))
    model.load_state_dict(checkpoint["model_state_dict"])
    heads = checkpoint.get("alignment_heads") or []
    if heads:
        mask = torch.zeros(model.dims.n_text_layer, model.dims.n_text_head, dtype=torch.bool)
        for layer, head in heads:
            mask[layer, head] = True
        model.register_buffer("alignment_heads", mask.to_sparse(), persistent=False)
    return model.to("cpu")
