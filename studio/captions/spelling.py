"""Caption spell check in the track's language, offline, with the course's own words.

``pyspellchecker`` ships word-frequency dictionaries for English, Spanish, French,
German, Portuguese, Italian, Russian, Arabic, Dutch, Persian, Basque and Latvian; a
track in another language is not checked (``speller_for`` returns None). Words in
the course dictionary (``Course.dictionary``, kept in the project) are accepted in
every track. Loading a dictionary takes a moment: do it on a job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from studio.model.captions import Cue

LANGUAGES = ("en", "es", "fr", "de", "pt", "it", "ru", "ar", "nl", "fa", "eu", "lv")
# Words: letters (any script) joined by apostrophes or hyphens; numbers are never checked.
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def primary(language: str) -> str:
    return language.split("-")[0].lower()


@lru_cache(maxsize=4)
def _dictionary(language: str) -> Any:
    from spellchecker import SpellChecker

    return SpellChecker(language=language, distance=2)


class Speller:
    """Checks words of one language; ``extra`` words are always right."""

    def __init__(self, language: str, extra: Iterable[str] = ()) -> None:
        self.language = primary(language)
        self.checker = _dictionary(self.language)
        self.extra = {w.lower() for w in extra}
        self._known: dict[str, bool] = {}

    def set_extra(self, words: Iterable[str]) -> None:
        self.extra = {w.lower() for w in words}
        self._known.clear()

    def is_known(self, word: str) -> bool:
        key = word.lower()
        if key in self.extra:
            return True
        known = self._known.get(key)
        if known is None:
            parts = [p for p in re.split(r"['’-]", key) if p]
            known = key in self.checker or all(p in self.checker for p in parts)
            self._known[key] = known
        return known

    def misspelled(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, word) of every unknown word in ``text``."""
        found = []
        for match in _WORD.finditer(text):
            word = match.group(0)
            if len(word) > 1 and not self.is_known(word):
                found.append((match.start(), match.end(), word))
        return found

    def misspelled_rows(self, cues: list[Cue]) -> list[int]:
        return [i for i, cue in enumerate(cues) if self.misspelled(cue.text)]

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        """Likely corrections, most frequent first, in the word's own case."""
        candidates = self.checker.candidates(word.lower()) or set()
        ranked = sorted((c for c in candidates if c != word.lower()),
                        key=lambda c: -self.checker.word_usage_frequency(c))[:limit]
        if word[:1].isupper():
            ranked = [c[:1].upper() + c[1:] for c in ranked]
        return ranked


def speller_for(language: str, extra: Iterable[str] = ()) -> Speller | None:
    """A speller for ``language`` (BCP 47), or None when no dictionary ships for it."""
    if primary(language) not in LANGUAGES:
        return None
    return Speller(language, extra)


def add_to_dictionary(stack: Any, course: Any, word: str) -> bool:
    """Accept ``word`` in every track of the course (one undo step); False if known."""
    from studio.commands import SetAttr

    word = word.strip()
    if not word or word.lower() in {w.lower() for w in course.dictionary}:
        return False
    words = sorted([*course.dictionary, word], key=str.lower)
    stack.push(SetAttr(course, "dictionary", words, f"Add “{word}” to the course dictionary"))
    stack.break_merge()
    return True
