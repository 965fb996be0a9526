"""``--option NAME=VALUE`` for the commands whose formats declare options as dataclasses
(``studio export``, ``studio import``): typed conversion of the text values."""

from __future__ import annotations

import dataclasses
import typing
from typing import Any

from studio.errors import StudioError

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def field_types(options_type: type) -> dict[str, Any]:
    try:
        return typing.get_type_hints(options_type)
    except (NameError, TypeError):
        return {f.name: f.type for f in dataclasses.fields(options_type)}


def convert(value: str, tp: Any, name: str) -> Any:
    if tp is bool or tp == "bool":
        low = value.strip().lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
        raise ValueError(f"option {name} takes true or false, not {value!r}")
    if tp is int or tp == "int":
        return int(value)
    if tp is float or tp == "float":
        return float(value)
    return value


def option_values(format_name: str, options_type: type, items: list[str], example: str) -> dict[str, Any]:
    """``NAME=VALUE`` strings as typed option values, refusing unknown names and bad values."""
    types = field_types(options_type)
    fields = {f.name: f for f in dataclasses.fields(options_type)}
    known = ", ".join(sorted(fields)) or "none"
    values: dict[str, Any] = {}
    for item in items:
        if "=" not in item:
            raise StudioError(f"--option {item!r} is not NAME=VALUE", hint=f"for example --option {example}")
        name, raw = item.split("=", 1)
        name = name.strip().replace("-", "_")
        if name not in fields:
            raise StudioError(f"the {format_name} format has no option {name!r}",
                              hint=f"options of {format_name}: {known}")
        try:
            values[name] = convert(raw, types.get(name, str), name)
        except ValueError as exc:
            raise StudioError(str(exc), hint="check the option's value") from exc
        choices = fields[name].metadata.get("choices")
        if choices and values[name] not in choices:
            raise StudioError(f"option {name} must be one of {', '.join(choices)}")
    return values
