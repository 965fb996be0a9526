"""Text that may enter a course: no XML-illegal characters, rich fields sanitized.

Word pastes a vertical tab for a line break, and GIFT, CSV or a received package can
carry NUL or other control characters. XML 1.0 cannot hold them, so an export would
fail; they are removed (vertical tab and form feed become line breaks) wherever text
comes in: imports, the command line and every command that sets a text. Rich-text
fields (the HTML of pages, prompts, instructions) also go through the one sanitizer,
so nothing a received file holds can put live markup into a package.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

from studio.model.blocks import DiscussionBlock, TextBlock
from studio.model.quiz import QUESTION_TYPES, Quiz
from studio.sanitize import sanitize_html

# Everything XML 1.0 refuses: C0 controls but tab, LF and CR; lone surrogates; U+FFFE/F.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})

# (class, field) pairs that hold the sanitized HTML subset.
RICH_FIELDS: frozenset[tuple[type, str]] = frozenset(
    {(TextBlock, "html"), (DiscussionBlock, "prompt"), (Quiz, "instructions")}
    | {(cls, "prompt") for cls in QUESTION_TYPES.values()}
)


def has_illegal(text: str) -> bool:
    return _ILLEGAL.search(text) is not None


def clean_text(text: str) -> str:
    """``text`` without XML-illegal characters (vertical tab and form feed become line breaks)."""
    if not _ILLEGAL.search(text):
        return text
    return _ILLEGAL.sub("", text.translate(_LINE_BREAKS))


def _strings(obj: Any, where: str) -> Iterator[tuple[Any, str | int, str, str]]:
    """(container, key, value, place) for every string held in a model object, recursively."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            if isinstance(value, str):
                yield obj, f.name, value, f"{where}.{f.name}"
            elif value is not None and not isinstance(value, int | float | bool):
                yield from _strings(value, f"{where}.{f.name}")
    elif isinstance(obj, list):
        for index, value in enumerate(obj):
            if isinstance(value, str):
                yield obj, index, value, f"{where}[{index}]"
            else:
                yield from _strings(value, f"{where}[{index}]")
    elif isinstance(obj, dict):
        for key, value in obj.items():
            if isinstance(value, str):
                yield obj, key, value, f"{where}[{key!r}]"
            else:
                yield from _strings(value, f"{where}[{key!r}]")


def rich_texts(obj: Any) -> Iterator[tuple[Any, str, str]]:
    """(object, field name, HTML) for every rich-text field held in a model object."""
    for container, key, value, _ in _strings(obj, ""):
        if isinstance(key, str) and (type(container), key) in RICH_FIELDS:
            yield container, key, value


def clean_model(obj: Any, *, sanitize: bool = True) -> int:
    """Clean every string of a model object in place; returns how many changed.

    ``sanitize`` also runs rich-text fields through the sanitizer (what imports need;
    the editors already store sanitized HTML).
    """
    changed = 0
    for container, key, value, _ in list(_strings(obj, "")):
        new = clean_text(value)
        if sanitize and isinstance(key, str) and (type(container), key) in RICH_FIELDS:
            new = sanitize_html(new)
        if new != value:
            if isinstance(key, str) and dataclasses.is_dataclass(container):
                setattr(container, key, new)
            else:
                container[key] = new
            changed += 1
    return changed


def illegal_text_places(obj: Any, root: str = "course") -> list[str]:
    """Where a model object still holds XML-illegal characters (``course.modules[0].title``)."""
    return [f"{root}{place}" for _, _, value, place in _strings(obj, "") if has_illegal(value)]
