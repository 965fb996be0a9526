"""Phrases the core says to the instructor, kept translatable.

A ``Phrase`` is English words with named fields (``"lesson {n} '{title}'"``) and the
values to put in them. The command line prints it as English (``str(phrase)``); the
window looks the words up in its catalogue (context ``Checks``) and fills in the same
fields, so a translation may put them in any order. A field may hold a phrase too.
``resources/i18n/update_catalogue.py`` collects every ``phrase("...")`` written in the
core, so the words must be a literal at the call.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Phrase:
    text: str
    fields: tuple[tuple[str, str | int | float | Phrase], ...] = ()

    def __str__(self) -> str:
        return self.text.format(**{k: str(v) if isinstance(v, Phrase) else v
                                   for k, v in self.fields})


def phrase(text: str, **fields: str | int | float | Phrase) -> Phrase:
    return Phrase(text, tuple(fields.items()))


Place = tuple[Phrase, ...]  # where a check looked: course > module > lesson > block > ...


def joined(place: Place) -> str:
    """A place in English, as the command line prints it."""
    return " > ".join(str(p) for p in place)
