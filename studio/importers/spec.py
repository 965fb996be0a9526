"""What every importer declares: ``ImporterSpec`` (name, label, extensions, sniffing, options).

A format module exposes ``SPEC = ImporterSpec(...)`` (``SPECS`` for a module with
several formats). ``sniff(probe)`` says how sure the format is that a source is
its own (0: not mine .. ``CERTAIN``); detection asks every registered format and
takes the surest, ties going to the earlier format in the registry. ``read(request)``
parses the fully vetted source into ``ImportedContent`` and never touches a project.
Options are dataclasses whose fields carry ``metadata={"help": ...}``, as for exporters.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from studio.errors import ImportFormatError
from studio.importers.content import ImportedContent, quiz_content, title_from
from studio.importers.report import ImportReport
from studio.importers.safe_archive import SafeArchive
from studio.jobs import Progress
from studio.model.quiz import Question, Quiz
from studio.options import options_from

CERTAIN = 100  # a sniff result that ends detection at once
TEXT_LIMIT = 32 * 1024**2
XML_HEAD = 200_000  # bytes of a manifest sniffers look at

Kind = Literal["questions", "package"]


@dataclass
class ImportOptions:
    """Options every importer understands (none yet); formats subclass it."""


def read_text(path: Path) -> str:
    """A question file's text: UTF-8 (with or without BOM), UTF-16 (with or without BOM),
    else cp1252; binary data is refused."""
    try:
        data = path.read_bytes() if path.stat().st_size <= TEXT_LIMIT else b""
    except OSError as exc:
        raise ImportFormatError(f"cannot read the file ({exc.strerror})", path=path,
                                hint="Check the path and that the file is readable.") from exc
    if not data and path.stat().st_size > TEXT_LIMIT:
        raise ImportFormatError("the file is too large for a question file", path=path,
                                hint="Split it into smaller files.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    bomless = _bomless_utf16(data)
    if bomless:
        return data.decode(bomless, errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Not UTF-8: a legacy encoding (cp1252), or not text at all. Random or binary data
    # is about 11 % control bytes; text in any 8-bit encoding is far below 5 %.
    if _control_share(data[:65536]) > 0.05:
        raise ImportFormatError(
            "this is not a text file (it holds binary data)",
            path=path,
            hint="Choose the question file itself (GIFT, Aiken, quiz text or CSV saved as text).",
        )
    return data.decode("cp1252", errors="replace")


def _bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when text saved without a byte order mark looks like it."""
    head = data[:4096]
    if len(head) < 4 or len(head) % 2:
        head = head[: len(head) - len(head) % 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _control_share(data: bytes) -> float:
    """Share of bytes that are control characters other than tab, CR, LF, FF."""
    if not data:
        return 0.0
    bad = sum(1 for b in data if b < 32 and b not in (9, 10, 12, 13))
    return bad / len(data)


class Probe:
    """One source as the sniffers see it: a file's name and text, or a vetted archive.

    Everything is read lazily and at most once, whatever the number of sniffers.
    """

    def __init__(self, path: Path, archive: SafeArchive | None = None) -> None:
        self.path = path
        self.suffix = path.suffix.lower()
        self.archive = archive

    @cached_property
    def text(self) -> str:
        return "" if self.archive is not None else read_text(self.path)

    @cached_property
    def head(self) -> str:
        return self.text[:8192]

    @cached_property
    def xml_like(self) -> bool:
        """A text file that is XML (by name or by its first character)."""
        return self.archive is None and (self.suffix == ".xml" or self.head.lstrip().startswith("<"))

    def entry(self, name: str) -> str | None:
        return self.archive.find(name) if self.archive is not None else None

    @cached_property
    def manifest_head(self) -> bytes | None:
        """The start of ``imsmanifest.xml``, lower-cased (None: no manifest)."""
        found = self.entry("imsmanifest.xml")
        if found is None or self.archive is None:
            return None
        return self.archive.read(found)[:XML_HEAD].lower()

    @cached_property
    def names(self) -> list[str]:
        return self.archive.names() if self.archive is not None else []

    @cached_property
    def loose_qti(self) -> str | None:
        """Without a manifest: "qti12" or "qti21" after the first QTI-looking XML file."""
        if self.archive is None or self.manifest_head is not None:
            return None
        for name in self.names:
            if name.lower().endswith(".xml"):
                head = self.archive.read(name)[:4096]
                if b"questestinterop" in head:
                    return "qti12"
                if b"assessmentItem" in head or b"assessmentTest" in head:
                    return "qti21"
        return None


@dataclass
class ReadRequest:
    """What a reader gets: the source (and its vetted archive), a scratch folder, the report."""

    source: Path
    workdir: Path
    report: ImportReport
    progress: Progress
    options: Any
    archive: SafeArchive | None = None

    @property
    def where(self) -> str:
        return str(self.source)

    def need_archive(self) -> SafeArchive:
        if self.archive is None:
            raise ImportFormatError("this format is a package: a zip file or an unzipped folder",
                                    path=self.source, hint="Choose the package itself.")
        return self.archive


Sniffer = Callable[[Probe], int]
Reader = Callable[[ReadRequest], ImportedContent]


@dataclass(frozen=True)
class ImporterSpec:
    name: str  # "gift", "scorm"... (``--format``)
    label: str  # short human name, e.g. "Moodle GIFT"
    description: str
    extensions: tuple[str, ...]  # ".gift", ".zip"... (file dialog filters; first is typical)
    kind: Kind
    sniff: Sniffer
    read: Reader
    archive: bool = False  # the reader gets the source as a vetted archive (zip or folder)
    options_type: type[ImportOptions] = ImportOptions
    # False: recognised only to explain what to do (not offered as a format to choose).
    offered: bool = True

    def default_options(self) -> Any:
        return self.options_type()

    def options_from(self, values: dict[str, Any]) -> Any:
        """Options from a dict of field values (unknown names are an error)."""
        return options_from(self.name, self.options_type, values)


def question_file(parse: Callable[[str, str, ImportReport], list[Question]]) -> Reader:
    """The reader of a question text format whose parser returns a list of questions."""

    def read(request: ReadRequest) -> ImportedContent:
        questions = parse(read_text(request.source), request.where, request.report)
        return quiz_content(request.source, [Quiz(title=title_from(request.source), questions=questions)],
                            request.report)

    return read
