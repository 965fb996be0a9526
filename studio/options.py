"""Format options as data: dataclass fields with help text, for exporters and importers alike.

The CLI (``--option NAME=VALUE``) and the dialogs (option forms) are built from them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import field
from typing import Any


def option(default: Any, help: str, **extra: Any) -> Any:
    """A dataclass field with help text for the CLI and the dialogs.

    ``label`` is the sentence the dialogs show a teacher (the field name is what the CLI
    takes); ``choices`` may be a dict of value -> sentence ("fib" -> "as fill-in-the-blank
    with every accepted value"), which the dialogs offer.
    """
    return field(default=default, metadata={"help": help, **extra})


def choice_labels(f: Any) -> dict[Any, str]:
    """value -> label of a field's ``choices`` (the value itself when none is given)."""
    choices = f.metadata.get("choices") or ()
    return dict(choices) if isinstance(choices, dict) else {c: str(c) for c in choices}


def options_from(format_name: str, options_type: type, values: dict[str, Any]) -> Any:
    """Options of ``options_type`` from a dict of field values (unknown names are an error)."""
    names = {f.name for f in dataclasses.fields(options_type)}
    unknown = set(values) - names
    if unknown:
        raise ValueError(
            f"{format_name} has no option {', '.join(sorted(unknown))}; "
            f"options: {', '.join(sorted(names)) or 'none'}"
        )
    return options_type(**values)
