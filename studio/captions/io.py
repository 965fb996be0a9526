"""WebVTT and SRT: write a ``CaptionTrack``, read caption files into ``Cue`` lists.

Pure text, no media libraries. Packages always carry WebVTT (browsers do not play
SRT in ``<track>``), so an imported SRT becomes cues and is written back as VTT.
Reading is forgiving where files commonly differ (BOM, CRLF, cue settings, NOTE,
STYLE and REGION blocks, missing hours, SRT formatting tags, Windows-1252 text) and
strict where it matters: a malformed timestamp is an ``ImportFormatError`` naming
the file and the line.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from studio.captions.tokens import RLM, is_rtl
from studio.errors import ImportFormatError, StudioError
from studio.fsutil import atomic_write_text
from studio.model.captions import CaptionTrack, Cue

__all__ = [
    "check_caption_path",
    "directed_text",
    "format_timestamp",
    "parse_srt",
    "parse_timestamp",
    "parse_vtt",
    "read_caption_file",
    "write_caption_file",
    "write_srt",
    "write_vtt",
]

_TS = re.compile(r"^(?:(\d+):)?([0-5]?\d):([0-5]\d)(?:[.,](\d{1,3}))?$")
_TAG = re.compile(r"<[^>]*>")
_ASS_TAG = re.compile(r"\{\\[^}]*\}")
_DIRECTION_MARKS = "\u200e\u200f\u061c"  # LRM, RLM, ALM: added by writers, not text


def format_timestamp(seconds: float, sep: str = ".") -> str:
    """``hh:mm:ss.ttt`` (``sep=","`` for SRT); rounds to the millisecond."""
    millis = max(0, round(seconds * 1000))
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, ms = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{sep}{ms:03d}"


def parse_timestamp(text: str) -> float | None:
    """Seconds from ``[hh:]mm:ss[.,]ttt``, or None when the text is not a timestamp."""
    match = _TS.match(text.strip())
    if not match:
        return None
    hours, minutes, secs, frac = match.groups()
    value = float(int(hours or 0) * 3600 + int(minutes) * 60 + int(secs))
    if frac:
        value += int(frac.ljust(3, "0")) / 1000
    return value


def _escape_vtt(text: str) -> str:
    # "-->" and blank lines would end the cue early; & and < start entities and tags.
    lines = [line.strip() for line in text.replace("\r", "").split("\n")]
    body = "\n".join(line for line in lines if line)
    body = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return body


def directed_text(text: str, language: str | None) -> str:
    """Cue text as players should get it: in a right-to-left language each line starts
    with a right-to-left mark, so a line that opens with a Latin word or a number is
    still laid out right to left (caption renderers take a line's direction from its
    first strong character)."""
    if not is_rtl(language):
        return text
    return "\n".join(RLM + line for line in text.split("\n"))


def write_vtt(track: CaptionTrack) -> str:
    """The track as a WebVTT document (cues sorted by start time); right-to-left
    languages keep their direction (see ``_rtl_lines``)."""
    out = ["WEBVTT", ""]
    for cue in sorted(track.cues, key=lambda c: (c.start, c.end)):
        text = _escape_vtt(cue.text)
        if not text:
            continue
        text = directed_text(text, track.language)
        out.append(f"{format_timestamp(cue.start)} --> {format_timestamp(cue.end)}")
        out.append(text)
        out.append("")
    return "\n".join(out)


def write_srt(track: CaptionTrack) -> str:
    """The track as SubRip text (numbered cues, comma milliseconds)."""
    out: list[str] = []
    index = 0
    for cue in sorted(track.cues, key=lambda c: (c.start, c.end)):
        lines = [line.strip() for line in cue.text.replace("\r", "").split("\n")]
        text = "\n".join(line for line in lines if line).replace("-->", "->")
        if not text:
            continue
        text = directed_text(text, track.language)
        index += 1
        out.append(str(index))
        out.append(f"{format_timestamp(cue.start, ',')} --> {format_timestamp(cue.end, ',')}")
        out.append(text)
        out.append("")
    return "\n".join(out)


CAPTION_SUFFIXES = (".vtt", ".srt")


def check_caption_path(path: str | Path) -> None:
    """Refuse an output name that is neither .vtt nor .srt (before minutes of Whisper)."""
    if Path(path).suffix.lower() not in CAPTION_SUFFIXES:
        raise StudioError("the output must end in .vtt or .srt", path=path, hint="e.g. -o talk.vtt")


def write_caption_file(path: str | Path, track: CaptionTrack) -> None:
    """Write ``track`` atomically as WebVTT or SRT, chosen by the file's suffix."""
    check_caption_path(path)
    text = write_vtt(track) if Path(path).suffix.lower() == ".vtt" else write_srt(track)
    atomic_write_text(path, text)


def _clean_text(lines: list[str]) -> str:
    text = "\n".join(lines)
    text = _ASS_TAG.sub("", text)
    text = _TAG.sub("", text)
    text = html.unescape(text)
    kept = (" ".join(line.split()).lstrip(_DIRECTION_MARKS) for line in text.split("\n"))
    return "\n".join(line for line in kept if line)


def _timing(line: str, where: str, lineno: int) -> tuple[float, float]:
    left, _, right = line.partition("-->")
    start_text = left.strip()
    end_text = right.strip().split()[0] if right.strip() else ""  # drop cue settings
    start = parse_timestamp(start_text)
    end = parse_timestamp(end_text)
    if start is None or end is None:
        raise ImportFormatError(
            f"line {lineno}: bad cue timing {line.strip()!r}",
            path=where,
            hint="Timings look like 00:01:02.500 --> 00:01:04.000; fix that line.",
        )
    if end < start:
        raise ImportFormatError(
            f"line {lineno}: cue ends before it starts ({line.strip()!r})",
            path=where,
            hint="Swap or correct the two times on that line.",
        )
    return start, end


def _blocks(text: str) -> list[tuple[int, list[str]]]:
    """Blank-line separated blocks with the 1-based line number of their first line."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    first = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not current:
                first = number
            current.append(line.rstrip())
        elif current:
            blocks.append((first, current))
            current = []
    if current:
        blocks.append((first, current))
    return blocks


def parse_vtt(text: str, where: str = "<text>", *, untimed: bool = False) -> list[Cue]:
    """Cues of a WebVTT document; ``where`` names the source in errors; ``untimed``
    keeps cues whose end is not after their start (a script without timing)."""
    blocks = _blocks(text)
    if not blocks or not blocks[0][1][0].startswith("WEBVTT"):
        raise ImportFormatError(
            "not a WebVTT file (the first line must be WEBVTT)",
            path=where,
            hint="Export the captions as WebVTT (.vtt) or SubRip (.srt).",
        )
    cues: list[Cue] = []
    header_first, header_lines = blocks[0]
    # A header block that runs straight into a cue (missing blank line): keep the cue.
    timing_at = next((i for i, line in enumerate(header_lines) if "-->" in line), None)
    if timing_at is None:
        blocks = blocks[1:]
    else:
        blocks = [(header_first + timing_at, header_lines[timing_at:]), *blocks[1:]]
    for first, lines in blocks:
        head = lines[0].strip()
        if head.startswith(("NOTE", "STYLE", "REGION")) and "-->" not in head:
            continue
        timing_index = next((i for i, line in enumerate(lines[:2]) if "-->" in line), None)
        if timing_index is None:
            raise ImportFormatError(
                f"line {first}: expected a cue timing line with '-->'",
                path=where,
                hint="Each cue needs an optional id line, a timing line, then its text.",
            )
        start, end = _timing(lines[timing_index], where, first + timing_index)
        body = _clean_text(lines[timing_index + 1 :])
        if body and (end > start or untimed):
            cues.append(Cue(start, end, body))
    return cues


def parse_srt(text: str, where: str = "<text>", *, untimed: bool = False) -> list[Cue]:
    """Cues of a SubRip document; ``where`` names the source in errors; ``untimed``
    keeps cues whose end is not after their start."""
    cues: list[Cue] = []
    for first, lines in _blocks(text):
        timing_index = next((i for i, line in enumerate(lines[:2]) if "-->" in line), None)
        if timing_index is None:
            # Text that continues a cue after a blank line: keep it with the previous cue.
            if cues and not lines[0].strip().isdigit():
                extra = _clean_text(lines)
                if extra:
                    cues[-1].text = f"{cues[-1].text}\n{extra}".strip()
                continue
            raise ImportFormatError(
                f"line {first}: expected a cue timing line with '-->'",
                path=where,
                hint="SRT cues are: a number, a timing line, then the text.",
            )
        start, end = _timing(lines[timing_index], where, first + timing_index)
        body = _clean_text(lines[timing_index + 1 :])
        if body and (end > start or untimed):
            cues.append(Cue(start, end, body))
    return cues


def decode_text(data: bytes) -> str:
    """Text of a file: UTF-16 with a BOM, UTF-8 (BOM or not), else Windows-1252."""
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_caption_file(path: str | Path, *, untimed: bool = False) -> list[Cue]:
    """Cues of a .vtt or .srt file (format detected from the content, then the name),
    sorted by time; with ``untimed``, every cue with text, in file order."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFormatError(
            f"cannot read caption file ({exc.strerror})",
            path=path,
            hint="Check that the file exists and is readable.",
        ) from exc
    text = decode_text(data)
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped.strip():
        raise ImportFormatError(
            "the caption file is empty", path=path, hint="Choose a .vtt or .srt file with cues."
        )
    if stripped.startswith("WEBVTT"):
        cues = parse_vtt(text, str(path), untimed=untimed)
    elif "-->" in stripped or path.suffix.lower() == ".srt":
        cues = parse_srt(text, str(path), untimed=untimed)
    else:
        raise ImportFormatError(
            "not a WebVTT or SRT caption file",
            path=path,
            hint="Studio reads WebVTT (.vtt) and SubRip (.srt) captions.",
        )
    if not untimed:
        cues.sort(key=lambda c: (c.start, c.end))
    return cues
