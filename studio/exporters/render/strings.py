"""What learners read, in the course's language: the learner string tables.

``resources/learner_strings/<lang>.json`` holds one table per language (English,
Spanish, French, German, Portuguese, Simplified Chinese, Arabic), with the same keys
and ``{placeholders}``. Pages get the table as ``t`` (``{{ t.next.format(title=...) }}``),
the player scripts as ``player/strings.js`` (``window.StudioStrings``). A language
without a table falls back to English (right-to-left pages: ``captions.tokens.is_rtl``).
"""

from __future__ import annotations

import json
from functools import lru_cache

from studio.resources import resource_path

LEARNER_LANGUAGES = ("en", "es", "fr", "de", "pt", "zh", "ar")


def primary(lang: str) -> str:
    return (lang or "en").replace("_", "-").split("-")[0].lower()


def table_language(lang: str) -> str:
    """The table used for ``lang`` (its primary subtag, or English)."""
    code = primary(lang)
    return code if code in LEARNER_LANGUAGES else "en"


@lru_cache(maxsize=16)
def _table(code: str) -> dict[str, str]:
    path = resource_path(f"learner_strings/{code}.json")
    data: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return data


def learner_strings(lang: str) -> dict[str, str]:
    """The learner string table for ``lang`` (keys missing from it come from English)."""
    table = dict(_table("en"))
    table.update(_table(table_language(lang)))
    return table


def learner_text(lang: str, key: str, **values: object) -> str:
    """One string of the table with its placeholders filled."""
    return learner_strings(lang)[key].format(**values)


def strings_js(lang: str) -> bytes:
    """``player/strings.js``: the table for the player scripts, as data."""
    table = json.dumps(learner_strings(lang), ensure_ascii=False, sort_keys=True)
    table = table.replace("</", "<\\/")  # never ends a <script> element
    return (f"/* Learner strings ({table_language(lang)}), written by Studio. */\n"
            f"window.StudioStrings = {table};\n").encode()
