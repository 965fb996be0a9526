"""The core's phrases (``studio.phrases``) in the window's language.

The words are looked up in the catalogue's ``Checks`` context and the fields put in
after; a field that names a kind of block or question shows that kind's label. A
translation that lost a field falls back to the English words, never to an error.
"""

from __future__ import annotations

from studio.phrases import Phrase, Place
from studio.ui.qt import tr

CONTEXT = "Checks"


def _kind_label(kind: str) -> str:
    from studio.ui.editors.quiz_preview import KIND_LABELS
    from studio.ui.outline import BLOCK_NAMES

    label = BLOCK_NAMES.get(kind) or KIND_LABELS.get(kind)
    return tr(label) if label else kind


def say(said: Phrase) -> str:
    fields = {name: say(value) if isinstance(value, Phrase)
              else _kind_label(value) if name == "kind" and isinstance(value, str) else value
              for name, value in said.fields}
    try:
        return tr(said.text, CONTEXT).format(**fields)
    except (KeyError, IndexError, ValueError):
        return said.text.format(**fields)


def say_place(place: Place) -> str:
    return " › ".join(say(p) for p in place)
