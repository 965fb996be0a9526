"""Course <-> plain JSON data, with type checking that names the bad field.

Converters are compiled once per dataclass from its type hints, so loading a
large course costs little more than ``json.loads``. Blocks and questions are
tagged unions: their dict carries ``"kind"`` (the class's ``KIND``).
"""

from __future__ import annotations

import dataclasses
import gc
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar, Union

from studio.model.blocks import BLOCK_TYPES, Block
from studio.model.course import Course
from studio.model.quiz import QUESTION_TYPES, Question

T = TypeVar("T")
Decoder = Callable[[Any], Any]
Encoder = Callable[[Any], Any]


class SchemaError(ValueError):
    """Data does not match the course model; ``where`` is a path like ``modules[0].title``."""

    def __init__(self, where: str, message: str) -> None:
        self.detail = message
        self._set(where)

    def _set(self, where: str) -> None:
        self.where = where or "(top level)"
        self.args = (f"{self.where}: {self.detail}",)

    def prefix(self, segment: str) -> None:
        """Add an outer path segment (a field name, or ``[3]``) while the error unwinds."""
        inner = "" if self.where == "(top level)" else self.where
        if not inner:
            self._set(segment)
        elif inner.startswith("["):
            self._set(segment + inner)
        else:
            self._set(f"{segment}.{inner}")


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


def _fail(expected: str, value: Any) -> SchemaError:
    return SchemaError("", f"expected {expected}, found {_describe(value)}")


# ---------------------------------------------------------------- decoders
# Decoders take only the value. Paths are added to a SchemaError as it unwinds
# (``SchemaError.prefix``), so the common, valid case pays nothing for them.


def _dec_str(value: Any) -> str:
    if type(value) is str:
        return value
    raise _fail("text", value)


def _dec_float(value: Any) -> float:
    if type(value) is float:
        # json reads NaN and Infinity; no time, score or size in a course can be either.
        if value - value != 0.0:
            raise SchemaError("", "expected a finite number, found NaN or infinity")
        return value
    if type(value) is int:
        return float(value)
    raise _fail("a number", value)


def _dec_int(value: Any) -> int:
    if type(value) is int:
        return value
    raise _fail("a whole number", value)


def _dec_bool(value: Any) -> bool:
    if type(value) is bool:
        return value
    raise _fail("true or false", value)


_SIMPLE_DECODERS: dict[Any, Decoder] = {
    str: _dec_str,
    float: _dec_float,
    int: _dec_int,
    bool: _dec_bool,
}

_decoders: dict[Any, Decoder] = {}
_encoders: dict[Any, Encoder] = {}
_MISSING = object()


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


def _list_decoder(item: Decoder) -> Decoder:
    def dec_list(value: Any) -> list[Any]:
        if type(value) is not list:
            raise _fail("a list", value)
        try:
            return [item(v) for v in value]
        except SchemaError as exc:
            for index, v in enumerate(value):  # find which item failed (rare path)
                try:
                    item(v)
                except SchemaError:
                    exc.prefix(f"[{index}]")
                    break
            raise

    return dec_list


def _dict_decoder(val: Decoder) -> Decoder:
    def dec_dict(value: Any) -> dict[str, Any]:
        if type(value) is not dict:
            raise _fail("an object", value)
        out = {}
        for key, v in value.items():
            try:
                out[_dec_str(key)] = val(v)
            except SchemaError as exc:
                exc.prefix(str(key))
                raise
        return out

    return dec_dict


def _build_decoder(tp: Any) -> Decoder:
    if tp in _SIMPLE_DECODERS:
        return _SIMPLE_DECODERS[tp]
    table = _tagged(tp)
    if table is not None:
        return _tagged_decoder(table)
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is list:
        return _list_decoder(_decoder_for(args[0]))
    if origin is dict:
        return _dict_decoder(_decoder_for(args[1]))
    if origin is typing.Literal:
        allowed = args

        def dec_literal(value: Any) -> Any:
            if value not in allowed:
                choices = ", ".join(repr(a) for a in allowed)
                raise SchemaError("", f"expected one of {choices}, found {value!r}")
            return value

        return dec_literal
    if _is_union(tp) and type(None) in args:
        others = [a for a in args if a is not type(None)]
        inner = _decoder_for(others[0] if len(others) == 1 else Union[tuple(others)])  # noqa: UP007

        def dec_optional(value: Any) -> Any:
            return None if value is None else inner(value)

        return dec_optional
    if dataclasses.is_dataclass(tp):
        return _dataclass_decoder(tp)
    raise TypeError(f"no decoder for {tp!r}")


def _dataclass_decoder(cls: Any) -> Decoder:
    hints = typing.get_type_hints(cls)
    # Registered before the fields are compiled so recursive types find it.
    _decoders[cls] = lambda v: decode(v)
    new = object.__new__

    def decode(value: Any) -> Any:
        if type(value) is not dict:
            raise _fail("an object", value)
        fields: dict[str, Any] = {}
        for name, dec, default, factory in plan:
            raw = value.get(name, _MISSING)
            if raw is _MISSING:
                fields[name] = factory() if factory is not None else default
                continue
            try:
                fields[name] = dec(raw)
            except SchemaError as exc:
                exc.prefix(name)
                raise
        # Bypass __init__: every field is set above (decoded, default or factory).
        obj = new(cls)
        obj.__dict__ = fields
        return obj

    plan = []
    for f in dataclasses.fields(cls):
        factory = f.default_factory if f.default_factory is not dataclasses.MISSING else None
        default = f.default if f.default is not dataclasses.MISSING else None
        plan.append((f.name, _decoder_for(hints[f.name]), default, factory))
    return decode


def _tagged_decoder(table: dict[str, type]) -> Decoder:
    decoders = {kind: _decoder_for(cls) for kind, cls in table.items()}
    kinds = ", ".join(sorted(table))

    def decode(value: Any) -> Any:
        if type(value) is not dict:
            raise _fail("an object", value)
        kind = value.get("kind")
        dec = decoders.get(kind) if isinstance(kind, str) else None
        if dec is None:
            raise SchemaError("kind", f"expected one of {kinds}, found {kind!r}")
        return dec(value)

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


def _decode(tp: Any, data: Any, where: str) -> Any:
    try:
        return _decoder_for(tp)(data)
    except SchemaError as exc:
        if where:
            exc.prefix(where)
        raise


def from_data(cls: type[T], data: Any, where: str = "") -> T:
    """Build a model object of ``cls`` from plain data; raises ``SchemaError``."""
    result: T = _decode(cls, data, where)
    return result


def course_to_data(course: Course) -> dict[str, Any]:
    data: dict[str, Any] = to_data(course)
    return data


def course_from_data(data: Any) -> Course:
    # The model is a tree (no cycles): pausing the cyclic GC while tens of thousands of
    # objects are created avoids repeated full collections on big courses.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return from_data(Course, data, "course")
    finally:
        if was_enabled:
            gc.enable()


def block_from_data(data: Any) -> Block:
    result: Block = _decode(Block, data, "block")
    return result


def question_from_data(data: Any) -> Question:
    result: Question = _decode(Question, data, "question")
    return result


def clone(obj: T) -> T:
    """A deep copy through the data form (new objects, same ids)."""
    return from_data(type(obj), to_data(obj))
