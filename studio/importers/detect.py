"""Which format a source is: by content first, then by file name."""

from __future__ import annotations

from pathlib import Path

from studio.errors import ImportFormatError
from studio.importers.folder_archive import open_archive
from studio.importers.safe_archive import SafeArchive, is_zip

QUESTION_FORMATS = ("gift", "aiken", "quiztext", "csv", "qti12", "qti21", "moodle-xml")
PACKAGE_FORMATS = ("studio", "scorm", "cc", "epub", "qti12", "qti21")
FORMATS = ("gift", "aiken", "quiztext", "csv", "qti12", "qti21", "moodle-xml", "studio", "scorm",
           "cc", "epub")
FORMAT_LABELS = {
    "gift": "Moodle GIFT",
    "aiken": "Aiken",
    "quiztext": "Studio quiz text",
    "csv": "CSV questions",
    "qti12": "QTI 1.2",
    "qti21": "QTI 2.1",
    "moodle-xml": "Moodle XML questions",
    "studio": "Studio package",
    "scorm": "SCORM package",
    "cc": "Common Cartridge",
    "epub": "EPUB 3",
}
TEXT_LIMIT = 32 * 1024**2


def read_text(path: Path) -> str:
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


def detect_archive(archive: SafeArchive) -> str | None:
    from studio.importers.studio_package import has_embedded_course

    if has_embedded_course(archive):
        return "studio"
    if archive.find("META-INF/container.xml") or archive.find("mimetype"):
        return "epub"
    manifest = archive.find("imsmanifest.xml")
    if manifest is not None:
        head = archive.read(manifest)[:200_000].lower()
        if b"imsqti_item_xmlv2p" in head or b"imsqti_test_xmlv2p" in head:
            return "qti21"
        if b'type="imsqti_xmlv1p2"' in head:  # Canvas' QTI .zip (no course structure)
            return "qti12"
        if b"imscc" in head or b"imsccv1p" in head or b"imswl_" in head or b"imsdt_" in head:
            return "cc"
        if b"adlcp" in head or b"scorm" in head:
            return "scorm"
        if b"imsqti_xmlv1p2" in head:
            return "qti12"
        return "scorm"
    names = [n.lower() for n in archive.names()]
    if any(n.endswith(".xml") for n in names):
        for name in archive.names():
            if name.lower().endswith(".xml"):
                head = archive.read(name)[:4096]
                if b"questestinterop" in head:
                    return "qti12"
                if b"assessmentItem" in head or b"assessmentTest" in head:
                    return "qti21"
    return None


def detect_format(source: Path) -> str:
    """The format name of ``source``, or ``ImportFormatError`` saying what is supported."""
    suffix = source.suffix.lower()
    if not source.exists():
        raise ImportFormatError("file not found", path=source, hint="Check the path.")
    if source.is_dir() or is_zip(source):
        with open_archive(source) as archive:
            found = detect_archive(archive)
        if found:
            return found
        raise _unknown(source)
    if suffix in (".zip", ".imscc", ".epub", ".mbz"):
        raise ImportFormatError("the file is not a zip archive", path=source,
                                hint="The package is damaged; export it again.")
    if suffix == ".csv":
        return "csv"
    text = read_text(source)
    head = text[:8192]
    if suffix == ".xml" or head.lstrip().startswith("<"):
        if "questestinterop" in head:
            return "qti12"
        if "assessmentItem" in head or "assessmentTest" in head:
            return "qti21"
        from studio.importers.moodle_xml import looks_like_moodle_xml

        if looks_like_moodle_xml(head):
            return "moodle-xml"
        raise _unknown(source)
    if suffix == ".gift":
        return "gift"
    from studio.importers.aiken import looks_like_aiken
    from studio.importers.quiztext import looks_like_quiztext

    if suffix in (".md", ".markdown") or looks_like_quiztext(text):
        return "quiztext"
    if looks_like_aiken(text):
        return "aiken"
    if "{" in text and "}" in text:
        return "gift"
    raise _unknown(source)


def _unknown(source: Path) -> ImportFormatError:
    return ImportFormatError(
        "Studio cannot tell what kind of file this is",
        path=source,
        hint="Supported: GIFT (.gift), Aiken/quiz text (.txt, .md), CSV, QTI 1.2/2.1 (.xml, .zip), Moodle XML (.xml), "
        "SCORM (.zip), Common Cartridge (.imscc), EPUB (.epub). Name the format with --format.",
    )
