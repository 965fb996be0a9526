"""Read a source of any supported format into ``ImportedContent`` (nothing is changed yet)."""

from __future__ import annotations

from pathlib import Path

from studio.errors import ImportFormatError
from studio.importers.content import CourseInfo, ImportedContent
from studio.importers.detect import read_text
from studio.importers.folder_archive import open_archive
from studio.importers.report import ImportReport
from studio.jobs import Progress
from studio.model.quiz import Quiz


def _title(source: Path) -> str:
    return source.stem.replace("_", " ").replace("-", " ").strip() or "Imported quiz"


def read_source(
    source: Path, fmt: str, workdir: Path, report: ImportReport, progress: Progress
) -> ImportedContent:
    """Parse and validate ``source``; extracted files go below ``workdir`` only.

    Raises ``ImportFormatError`` for anything wrong with the source (``Cancelled`` on cancel).
    """
    try:
        return _read(source, fmt, workdir, report, progress)
    except (RecursionError, MemoryError) as exc:
        raise ImportFormatError(
            f"the file is too deeply nested or too large to read ({type(exc).__name__})",
            path=source,
            hint="Check that the file is what it claims to be.",
        ) from exc


def _read(
    source: Path, fmt: str, workdir: Path, report: ImportReport, progress: Progress
) -> ImportedContent:
    where = str(source)
    if fmt in ("gift", "aiken", "csv"):
        text = read_text(source)
        if fmt == "gift":
            from studio.importers.gift import parse_gift

            questions = parse_gift(text, where, report)
        elif fmt == "aiken":
            from studio.importers.aiken import parse_aiken

            questions = parse_aiken(text, where, report)
        else:
            from studio.importers.csv_questions import parse_csv_questions

            questions = parse_csv_questions(text, where, report)
        return _quizzes(source, [Quiz(title=_title(source), questions=questions)], report)
    if fmt == "quiztext":
        from studio.importers.quiztext import parse_quiztext

        quiz = parse_quiztext(read_text(source), where, report)
        quiz.title = quiz.title or _title(source)
        return _quizzes(source, [quiz], report)
    if fmt == "moodle-xml":
        from studio.importers.moodle_xml import read_moodle_xml

        return read_moodle_xml(source, workdir, report)
    if fmt in ("qti12", "qti21"):
        from studio.importers.qti_files import read_qti_source

        return _quizzes(source, read_qti_source(source, report), report)

    with open_archive(source) as archive:
        if fmt == "studio":
            from studio.importers.studio_package import read_studio_package

            return read_studio_package(archive, workdir, report, progress)
        if fmt == "scorm":
            from studio.importers.scorm import read_scorm

            return read_scorm(archive, workdir, report, progress)
        if fmt == "cc":
            from studio.importers.cc import read_cc

            return read_cc(archive, workdir, report, progress)
        if fmt == "epub":
            from studio.importers.epub import read_epub

            return read_epub(archive, workdir, report, progress)
    raise ImportFormatError(f"unknown import format {fmt!r}", path=source,
                            hint="Use one of the formats listed by 'studio import --help'.")


def _quizzes(source: Path, quizzes: list[Quiz], report: ImportReport) -> ImportedContent:
    quizzes = [q for q in quizzes if q.questions]
    if not quizzes:
        why = "; ".join(f"{e.where}: {e.message}" for e in report.skipped_entries[:5])
        raise ImportFormatError(
            "no question could be imported" + (f" ({why})" if why else ""),
            path=source,
            hint="Fix the lines named, or check the file against the format description "
            "in docs/import.md.",
        )
    return ImportedContent(quizzes=quizzes, info=CourseInfo(title=quizzes[0].title))
