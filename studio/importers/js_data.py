"""Plain data in JavaScript files, read as data and never run.

Players keep page lists and questions in scripts (``var pages = ["a.html", ...]``,
``questions = [{q: 'What...', answers: [...], correct: 1}]``). ``literals(source)`` finds
every array or object literal assigned to a name and parses it with a small reader of
JavaScript literal syntax: strings in either quote, numbers, true/false/null, arrays,
objects with bare or quoted keys, comments and trailing commas. Anything else (a call, a
variable, an expression) makes that literal "not plain data" and it is left out.
"""

from __future__ import annotations

import re
from typing import Any

MAX_DEPTH = 40
MAX_ITEMS = 100_000
MAX_ATTEMPTS = 2_000  # assignments looked at in one script
_ASSIGN = re.compile(r"(?:^|[;\s,(])(?:var|let|const)?\s*([A-Za-z_$][\w$.]*)\s*[=:]\s*(?=[\[{])")
_NUMBER = re.compile(r"-?(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)")
_NAME = re.compile(r"[A-Za-z_$][\w$]*")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


class NotPlainData(ValueError):
    """The literal holds code (a call, a variable...) rather than data."""


class _Reader:
    def __init__(self, text: str, pos: int) -> None:
        self.text = text
        self.pos = pos
        self.items = 0

    def fail(self, what: str) -> NotPlainData:
        return NotPlainData(f"{what} at character {self.pos}")

    def skip(self) -> None:
        text = self.text
        while self.pos < len(text):
            ch = text[self.pos]
            if ch.isspace():
                self.pos += 1
            elif text.startswith("//", self.pos):
                end = text.find("\n", self.pos)
                self.pos = len(text) if end < 0 else end + 1
            elif text.startswith("/*", self.pos):
                end = text.find("*/", self.pos + 2)
                if end < 0:
                    raise self.fail("unclosed comment")
                self.pos = end + 2
            else:
                return

    def value(self, depth: int = 0) -> Any:
        if depth > MAX_DEPTH:
            raise self.fail("nesting too deep")
        self.items += 1
        if self.items > MAX_ITEMS:
            raise self.fail("too many values")
        self.skip()
        if self.pos >= len(self.text):
            raise self.fail("unexpected end")
        ch = self.text[self.pos]
        if ch == "[":
            return self.array(depth)
        if ch == "{":
            return self.object(depth)
        if ch in "\"'`":
            return self.string()
        match = _NUMBER.match(self.text, self.pos)
        if match:
            self.pos = match.end()
            raw = match.group()
            return int(raw, 16) if raw.lower().startswith(("0x", "-0x")) else float(raw)
        match = _NAME.match(self.text, self.pos)
        if match and match.group() in ("true", "false", "null", "undefined"):
            self.pos = match.end()
            return {"true": True, "false": False}.get(match.group())
        raise self.fail("not a literal value")

    def array(self, depth: int) -> list[Any]:
        self.pos += 1
        out: list[Any] = []
        while True:
            self.skip()
            if self.text.startswith("]", self.pos):
                self.pos += 1
                return out
            out.append(self.value(depth + 1))
            self.skip()
            if self.text.startswith(",", self.pos):
                self.pos += 1
            elif not self.text.startswith("]", self.pos):
                raise self.fail("expected , or ]")

    def object(self, depth: int) -> dict[str, Any]:
        self.pos += 1
        out: dict[str, Any] = {}
        while True:
            self.skip()
            if self.text.startswith("}", self.pos):
                self.pos += 1
                return out
            if self.pos < len(self.text) and self.text[self.pos] in "\"'":
                key = self.string()
            else:
                match = _NAME.match(self.text, self.pos) or _NUMBER.match(self.text, self.pos)
                if not match:
                    raise self.fail("expected a key")
                key = match.group()
                self.pos = match.end()
            self.skip()
            if not self.text.startswith(":", self.pos):
                raise self.fail("expected :")
            self.pos += 1
            out[key] = self.value(depth + 1)
            self.skip()
            if self.text.startswith(",", self.pos):
                self.pos += 1
            elif not self.text.startswith("}", self.pos):
                raise self.fail("expected , or }")

    def string(self) -> str:
        quote = self.text[self.pos]
        self.pos += 1
        out: list[str] = []
        text = self.text
        while self.pos < len(text):
            ch = text[self.pos]
            if ch == quote:
                self.pos += 1
                return "".join(out)
            if quote == "`" and text.startswith("${", self.pos):
                raise self.fail("a template with code")
            if ch == "\\":
                self.pos += 1
                esc = text[self.pos:self.pos + 1]
                if esc == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", text[self.pos + 1:self.pos + 5]):
                    out.append(chr(int(text[self.pos + 1:self.pos + 5], 16)))
                    self.pos += 5
                    continue
                if esc == "x" and re.fullmatch(r"[0-9a-fA-F]{2}", text[self.pos + 1:self.pos + 3]):
                    out.append(chr(int(text[self.pos + 1:self.pos + 3], 16)))
                    self.pos += 3
                    continue
                if esc == "\n":
                    self.pos += 1
                    continue
                out.append(_ESCAPES.get(esc, esc))
                self.pos += 1
                continue
            if ch == "\n" and quote != "`":
                raise self.fail("a line break inside a string")
            out.append(ch)
            self.pos += 1
        raise self.fail("unclosed string")


def parse_literal(text: str, pos: int = 0) -> tuple[Any, int]:
    """The literal value starting at ``pos`` and the position after it (``NotPlainData``)."""
    reader = _Reader(text, pos)
    value = reader.value()
    return value, reader.pos


def literals(source: str) -> list[tuple[str, Any]]:
    """(name, value) of every array or object literal assigned in ``source`` that is plain
    data, in the order they appear; literals holding code are skipped."""
    found: list[tuple[str, Any]] = []
    pos = 0
    for _ in range(MAX_ATTEMPTS):  # bounded work on hostile scripts
        match = _ASSIGN.search(source, pos)
        if match is None:
            break
        start = match.end()
        try:
            value, end = parse_literal(source, start)
        except (NotPlainData, RecursionError, ValueError, OverflowError):
            pos = start + 1
            continue
        found.append((match.group(1), value))
        pos = end
    return found
