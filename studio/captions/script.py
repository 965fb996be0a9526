"""Scripts for script-timed captions: the words the speaker meant to say.

A script is plain text: the speaker notes of a deck (a composed video's transcript), a
transcript the instructor pasted, a text file, or the text of a caption file whose timing
is missing or wrong (.vtt, .srt). Timing is never taken from the script.
"""

from __future__ import annotations

from pathlib import Path

from studio.captions.io import decode_text, read_caption_file
from studio.course_text import clean_text
from studio.errors import ImportFormatError

TEXT_SUFFIXES = (".txt", ".text", ".md")
CAPTION_SUFFIXES = (".vtt", ".srt")
_MAX_BYTES = 20 << 20  # a script of 20 MB is not a script


def read_script(path: str | Path) -> str:
    """The words of a script file (text or caption file), or an ``ImportFormatError``
    naming the file and saying what Studio can read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES + CAPTION_SUFFIXES:
        raise ImportFormatError(
            f"Studio cannot read a script from a {suffix or 'nameless'} file",
            path=path,
            hint="Save the script as plain text (.txt) or give a caption file (.vtt, .srt).",
        )
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFormatError(
            f"cannot read the script ({exc.strerror})",
            path=path,
            hint="Check that the file exists and is readable.",
        ) from exc
    if size > _MAX_BYTES:
        raise ImportFormatError(
            f"the script is {size >> 20} MB: too large to be a script",
            path=path,
            hint="Give the text of this recording only.",
        )
    if suffix in CAPTION_SUFFIXES:
        text = "\n".join(cue.text for cue in read_caption_file(path, untimed=True))
    else:
        data = path.read_bytes()
        if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise ImportFormatError(
                "the script is not a text file",
                path=path,
                hint="Save the script as plain text (.txt, UTF-8).",
            )
        text = decode_text(data)
    text = clean_text(text).strip()
    if not text:
        raise ImportFormatError(
            "the script has no words", path=path, hint="Give the text the speaker reads."
        )
    return text


def script_text(text: str) -> str:
    """A pasted or stored script made safe to enter the course (XML-legal, trimmed)."""
    return clean_text(text).strip()
