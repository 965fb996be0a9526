"""Course <-> plain JSON data, with type checking that names the bad field.

Converters are compiled once per dataclass from its type hints, so loading a
large course costs little more than ``json.loads``. Blocks and questions are
tagged unions: their dict carries ``"kind"`` (the class's ``KIND``).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar, Union

from studio.model.blocks import BLOCK_TYPES, Block
from studio.model.course import Course
from studio.model.quiz import QUESTION_TYPES, Question

T = TypeVar("T")
Decoder = Callable[[Any, str], Any]
Encoder = Callable[[Any], Any]


class SchemaError(ValueError):
    """Data does not match the course model; ``where`` is a path like ``modules[0].title``."""

    def __init__(self, where: str, message: str) -> None:
        self.where = where or "(top level)"
        self.detail = message
        super().__init__(f"{self.where}: {message}")


_JSON_NAMES = {str: "text", float: "number", int: "whole number", bool: "true/false"}


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _fail(where: str, expected: str, value: Any) -> SchemaError:
    return SchemaError(where, f"expected {expected}, found {_describe(value)}")


# ---------------------------------------------------------------- decoders


def _dec_str(value: Any, where: str) -> str:
    if type(value) is str:
        return value
    raise _fail(where, "text", value)


def _dec_float(value: Any, where: str) -> float:
    if type(value) is float:
        return value
    if type(value) is int:
        return float(value)
    raise _fail(where, "a number", value)


def _dec_int(value: Any, where: str) -> int:
    if type(value) is int:
        return value
    raise _fail(where, "a whole number", value)


def _dec_bool(value: Any, where: str) -> bool:
    if type(value) is bool:
        return value
    raise _fail(where, "true or false", value)


_SIMPLE_DECODERS: dict[Any, Decoder] = {
    str: _dec_str,
    float: _dec_float,
    int: _dec_int,
    bool: _dec_bool,
}

_decoders: dict[Any, Decoder] = {}
_encoders: dict[Any, Encoder] = {}


def _is_union(tp: Any) -> bool:
    return typing.get_origin(tp) in (Union, types.UnionType)


def _tagged(tp: Any) -> dict[str, type] | None:
    """The kind -> class table if ``tp`` is the Block or Question union."""
    if tp is Block or (_is_union(tp) and set(typing.get_args(tp)) == set(BLOCK_TYPES.values())):
        return dict(BLOCK_TYPES)
    if tp is Question or (
        _is_union(tp) and set(typing.get_args(tp)) == set(QUESTION_TYPES.values())
    ):
        return dict(QUESTION_TYPES)
    return None


def _decoder_for(tp: Any) -> Decoder:
    cached = _decoders.get(tp)
    if cached is not None:
        return cached
    decoder = _build_decoder(tp)
    _decoders[tp] = decoder
    return decoder


def _build_decoder(tp: Any) -> Decoder:
    if tp in _SIMPLE_DECODERS:
        return _SIMPLE_DECODERS[tp]
    table = _tagged(tp)
    if table is not None:
        return _tagged_decoder(table)
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is list:
        item = _decoder_for(args[0])

        def dec_list(value: Any, where: str) -> list[Any]:
            if type(value) is not list:
                raise _fail(where, "a list", value)
            return [item(v, f"{where}[{i}]") for i, v in enumerate(value)]

        return dec_list
    if origin is dict:
        val = _decoder_for(args[1])

        def dec_dict(value: Any, where: str) -> dict[str, Any]:
            if type(value) is not dict:
                raise _fail(where, "an object", value)
            return {_dec_str(k, where): val(v, f"{where}.{k}") for k, v in value.items()}

        return dec_dict
    if origin is typing.Literal:
        allowed = args

        def dec_literal(value: Any, where: str) -> Any:
            if value not in allowed:
                choices = ", ".join(repr(a) for a in allowed)
                raise SchemaError(where, f"expected one of {choices}, found {value!r}")
            return value

        return dec_literal
    if _is_union(tp) and type(None) in args:
        others = [a for a in args if a is not type(None)]
        inner = _decoder_for(others[0] if len(others) == 1 else Union[tuple(others)])  # noqa: UP007

        def dec_optional(value: Any, where: str) -> Any:
            return None if value is None else inner(value, where)

        return dec_optional
    if dataclasses.is_dataclass(tp):
        return _dataclass_decoder(tp)
    raise TypeError(f"no decoder for {tp!r}")


def _dataclass_decoder(cls: Any) -> Decoder:
    hints = typing.get_type_hints(cls)
    # Registered before the fields are compiled so recursive types find it.
    _decoders[cls] = lambda v, w: decode(v, w)

    def decode(value: Any, where: str) -> Any:
        if type(value) is not dict:
            raise _fail(where, "an object", value)
        kwargs = {}
        prefix = f"{where}." if where else ""
        for name, dec in plan:
            if name in value:
                kwargs[name] = dec(value[name], prefix + name)
        return cls(**kwargs)

    plan = [(f.name, _decoder_for(hints[f.name])) for f in dataclasses.fields(cls)]
    return decode


def _tagged_decoder(table: dict[str, type]) -> Decoder:
    decoders = {kind: _decoder_for(cls) for kind, cls in table.items()}
    kinds = ", ".join(sorted(table))

    def decode(value: Any, where: str) -> Any:
        if type(value) is not dict:
            raise _fail(where, "an object", value)
        kind = value.get("kind")
        dec = decoders.get(kind) if isinstance(kind, str) else None
        if dec is None:
            raise SchemaError(f"{where}.kind", f"expected one of {kinds}, found {kind!r}")
        return dec(value, where)

    return decode


# ---------------------------------------------------------------- encoders


def _identity(value: Any) -> Any:
    return value


def _encoder_for(tp: Any) -> Encoder:
    cached = _encoders.get(tp)
    if cached is not None:
        return cached
    encoder = _build_encoder(tp)
    _encoders[tp] = encoder
    return encoder


def _build_encoder(tp: Any) -> Encoder:
    if tp in _SIMPLE_DECODERS or typing.get_origin(tp) is typing.Literal:
        return _identity
    table = _tagged(tp)
    if table is not None:
        by_class = {cls: _encoder_for(cls) for cls in table.values()}
        return lambda value: by_class[type(value)](value)
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is list:
        item = _encoder_for(args[0])
        if item is _identity:
            return list
        return lambda value: [item(v) for v in value]
    if origin is dict:
        val = _encoder_for(args[1])
        return lambda value: {k: val(v) for k, v in value.items()}
    if _is_union(tp) and type(None) in args:
        others = [a for a in args if a is not type(None)]
        inner = _encoder_for(others[0] if len(others) == 1 else Union[tuple(others)])  # noqa: UP007
        if inner is _identity:
            return _identity
        return lambda value: None if value is None else inner(value)
    if dataclasses.is_dataclass(tp):
        return _dataclass_encoder(tp)
    raise TypeError(f"no encoder for {tp!r}")


def _dataclass_encoder(cls: Any) -> Encoder:
    hints = typing.get_type_hints(cls)
    kind = getattr(cls, "KIND", None)
    _encoders[cls] = lambda v: encode(v)  # placeholder for recursion
    plan = [(f.name, _encoder_for(hints[f.name])) for f in dataclasses.fields(cls)]

    def encode(value: Any) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": kind} if kind else {}
        for name, enc in plan:
            out[name] = enc(getattr(value, name))
        return out

    return encode


# ---------------------------------------------------------------- public API


def to_data(obj: Any) -> Any:
    """Plain JSON-ready data for any model object (course, block, question...)."""
    return _encoder_for(type(obj))(obj)


def from_data(cls: type[T], data: Any, where: str = "") -> T:
    """Build a model object of ``cls`` from plain data; raises ``SchemaError``."""
    result: T = _decoder_for(cls)(data, where)
    return result


def course_to_data(course: Course) -> dict[str, Any]:
    data: dict[str, Any] = to_data(course)
    return data


def course_from_data(data: Any) -> Course:
    return from_data(Course, data, "course")


def block_from_data(data: Any) -> Block:
    result: Block = _decoder_for(Block)(data, "block")
    return result


def question_from_data(data: Any) -> Question:
    result: Question = _decoder_for(Question)(data, "question")
    return result


def clone(obj: T) -> T:
    """A deep copy through the data form (new objects, same ids)."""
    return from_data(type(obj), to_data(obj))
