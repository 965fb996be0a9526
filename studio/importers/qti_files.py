"""QTI sources: a single XML file, or a zip (Canvas QTI export, QTI 2.1 content package)."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from lxml import etree

from studio.errors import ImportFormatError
from studio.importers.content import ImportedContent, quiz_content
from studio.importers.folder_archive import open_archive
from studio.importers.report import ImportReport
from studio.importers.safe_archive import SafeArchive, resolve_relative
from studio.importers.safe_xml import local, parse_xml
from studio.importers.spec import ImporterSpec, Probe, ReadRequest
from studio.model.quiz import Quiz


def quizzes_from_xml(root: etree._Element, where: str, report: ImportReport, title: str) -> list[Quiz]:
    from studio.importers.qti12 import read_qti12
    from studio.importers.qti21 import read_item21

    name = local(root.tag)
    if name == "questestinterop":
        return read_qti12(root, report, title)
    if name == "assessmentItem":
        question = read_item21(root, report)
        return [Quiz(title=title, questions=[question] if question else [])]
    if name == "assessmentTest":
        report.skipped(where, "a QTI 2.1 test on its own: import the whole package (.zip) instead")
        return []
    raise ImportFormatError(
        f"not a QTI document (root element <{name}>)",
        path=where,
        hint="Choose a QTI 1.2 (questestinterop) or QTI 2.1 (assessmentItem) file.",
    )


def quizzes_from_archive(archive: SafeArchive, report: ImportReport, title: str) -> list[Quiz]:
    """Every QTI assessment in a zip: tests (2.1) first, then loose items and 1.2 files."""
    from studio.importers.qti21 import read_item21, read_test21

    roots: dict[str, etree._Element] = {}
    for name in archive.names():
        if not name.lower().endswith((".xml", ".qti")) or name.lower().endswith("imsmanifest.xml"):
            continue
        try:
            roots[name] = parse_xml(archive.read(name), f"{archive.where}!{name}")
        except ImportFormatError as exc:
            report.skipped(f"file {name}", exc.message)
    quizzes: list[Quiz] = []
    used: set[str] = set()
    for name, root in sorted(roots.items()):
        if local(root.tag) != "assessmentTest":
            continue

        def load(href: str, base: str = name) -> etree._Element | None:
            target = resolve_relative(base, href)
            if target is None or target not in roots:
                return None
            used.add(target)
            return roots[target]

        quizzes.append(read_test21(root, load, report))
    loose = Quiz(title=title, questions=[])
    for name, root in sorted(roots.items()):
        kind = local(root.tag)
        if kind == "questestinterop":
            stem = PurePosixPath(name).stem
            quizzes.extend(q for q in _qti12(root, report, stem) if q.questions)
        elif kind == "assessmentItem" and name not in used:
            question = read_item21(root, report)
            if question is not None:
                loose.questions.append(question)
    if loose.questions:
        quizzes.append(loose)
    return quizzes


def _qti12(root: etree._Element, report: ImportReport, title: str) -> list[Quiz]:
    from studio.importers.qti12 import read_qti12

    return read_qti12(root, report, title)


def read_qti_source(source: Path, report: ImportReport) -> list[Quiz]:
    from studio.importers.safe_archive import is_zip

    title = source.stem.replace("_", " ").strip() or "Quiz"
    if source.is_dir() or is_zip(source):
        with open_archive(source) as archive:
            quizzes = quizzes_from_archive(archive, report, title)
    else:
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise ImportFormatError(f"cannot read the file ({exc.strerror})", path=source,
                                    hint="Check the path.") from exc
        quizzes = quizzes_from_xml(parse_xml(data, str(source), what="QTI file"), str(source), report, title)
    quizzes = [q for q in quizzes if q.questions]
    if not quizzes and not report.skipped_entries:
        raise ImportFormatError("no questions found in the QTI source", path=source,
                                hint="Check that the file holds QTI items.")
    return quizzes


def _sniff_qti12(probe: Probe) -> int:
    if probe.archive is None:
        return 90 if probe.xml_like and "questestinterop" in probe.head else 0
    head = probe.manifest_head
    if head is not None:
        if b'type="imsqti_xmlv1p2"' in head:  # Canvas' QTI .zip (no course structure)
            return 75
        return 50 if b"imsqti_xmlv1p2" in head else 0  # below CC and SCORM markers
    return 30 if probe.loose_qti == "qti12" else 0


def _sniff_qti21(probe: Probe) -> int:
    if probe.archive is None:
        return 85 if probe.xml_like and ("assessmentItem" in probe.head or "assessmentTest" in probe.head) else 0
    head = probe.manifest_head
    if head is not None:
        return 80 if b"imsqti_item_xmlv2p" in head or b"imsqti_test_xmlv2p" in head else 0
    return 30 if probe.loose_qti == "qti21" else 0


def _read(request: ReadRequest) -> ImportedContent:
    return quiz_content(request.source, read_qti_source(request.source, request.report), request.report)


SPECS = {
    "qti12": ImporterSpec(
        name="qti12", label="QTI 1.2", description="QTI 1.2 items (Common Cartridge, Canvas) as a file or zip",
        extensions=(".xml", ".zip"), kind="questions", sniff=_sniff_qti12, read=_read,
    ),
    "qti21": ImporterSpec(
        name="qti21", label="QTI 2.1", description="QTI 2.1 items and tests as a file or content package",
        extensions=(".xml", ".zip"), kind="questions", sniff=_sniff_qti21, read=_read,
    ),
}
