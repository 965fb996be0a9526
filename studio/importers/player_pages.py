"""Packages whose launch page is a player: a small page with a script that shows the real
content pages one after another (JavaScript navigation, or a frame it fills).

The content pages are the pages the resource lists in its ``<file>`` entries, in manifest
order, or, when the player's script holds its page list as a plain array of file names,
in that order. Other scripts of the resource that hold questions as plain data become
quizzes placed after the pages of their folder (a chapter); scripts that are code are
listed in the report. Nothing is run: scripts are read as text (see ``js_data``).
"""

from __future__ import annotations

from pathlib import PurePosixPath

from lxml import etree

from studio.errors import ImportFormatError
from studio.importers.html_pages import (
    MAX_PAGE_BYTES,
    PAGE_EXTS,
    PackageFiles,
    page_sections,
    parse_page,
)
from studio.importers.js_data import literals
from studio.importers.js_questions import questions_from_literal
from studio.importers.manifest import Resource
from studio.importers.report import ImportReport
from studio.model.blocks import Block, QuizBlock
from studio.model.quiz import Quiz
from studio.sanitize import plain_text

Sections = list[tuple[str, list[Block]]]
MAX_SCRIPT_BYTES = 4 * 1024**2
PLAYER_TEXT_LIMIT = 300  # characters of text a player page shows (buttons, "Loading...")


def _scripts(files: PackageFiles, launch: str, doc: etree._Element) -> list[tuple[str, str]]:
    """(name, text) of the launch page's scripts: inline ones, then the files it loads."""
    found: list[tuple[str, str]] = []
    for index, script in enumerate(doc.iter("script")):
        src = script.get("src")
        if not src:
            found.append((f"{launch} (script {index + 1})", script.text or ""))
            continue
        name = files.resolve(launch, src)
        if name is None:
            continue
        try:
            found.append((name, files.archive.read(name, limit=MAX_SCRIPT_BYTES).decode("utf-8", "replace")))
        except ImportFormatError as exc:
            files.report.skipped(f"file {name}", exc.message)
    return found


def _page_list(files: PackageFiles, launch: str, scripts: list[tuple[str, str]]) -> tuple[list[str], str]:
    """The longest plain array of page names in the player's scripts that are in the package."""
    best: list[str] = []
    where = ""
    for name, text in scripts:
        for _, value in literals(text):
            if not isinstance(value, list) or not value:
                continue
            if not all(isinstance(v, str) and v.split("#")[0].split("?")[0].lower().endswith(PAGE_EXTS)
                       for v in value):
                continue
            pages = [p for p in (files.resolve(launch, v) for v in value) if p is not None]
            if len(pages) > len(best):
                best, where = pages, name
    return list(dict.fromkeys(best)), where


def _quiz_sections(
    files: PackageFiles, names: list[str], report: ImportReport
) -> list[tuple[str, str, list[Block]]]:
    """(folder, title, blocks) of the question scripts among ``names``."""
    out = []
    for name in names:
        try:
            text = files.archive.read(name, limit=MAX_SCRIPT_BYTES).decode("utf-8", "replace")
        except ImportFormatError as exc:
            report.skipped(f"file {name}", exc.message)
            continue
        quizzes = []
        for variable, value in literals(text):
            questions = questions_from_literal(value, f"file {name}", report)
            if questions:
                title = value.get("title") if isinstance(value, dict) else None
                label = title if isinstance(title, str) and title.strip() else \
                    f"Questions: {PurePosixPath(name).parent.name or PurePosixPath(name).stem}"
                quizzes.append(Quiz(title=plain_text(label) or "Questions", questions=questions))
                report.kept(f"file {name}", f"{len(questions)} question(s) from {variable!r} became a quiz")
        files.used.add(name)
        if not quizzes:
            report.skipped(f"file {name}", "a script that holds no plain question data (code is "
                           "never run): not imported")
            continue
        blocks: list[Block] = [QuizBlock(quiz=q) for q in quizzes]
        out.append((str(PurePosixPath(name).parent), quizzes[0].title, blocks))
    return out


def is_player_page(doc: etree._Element) -> bool:
    """A page that shows little of its own and runs a script (the content comes from elsewhere)."""
    body = doc.find("body")
    text = plain_text(etree.tostring(body, encoding="unicode", method="html")) if body is not None else ""
    return any(True for _ in doc.iter("script")) and len(text) <= PLAYER_TEXT_LIMIT


def player_sections(files: PackageFiles, resource: Resource, launch: str, report: ImportReport) -> Sections | None:
    """The lessons of a resource whose launch page is a player, or None when it is not one."""
    data = files.archive.read(launch, limit=MAX_PAGE_BYTES)
    if not data.strip():
        return None
    doc = parse_page(data, f"{files.archive.where}!{launch}")
    if not is_player_page(doc):
        return None
    scripts = _scripts(files, launch, doc)
    listed = [n for n in (files.archive.find(f) for f in resource.files) if n is not None]
    pages, source = _page_list(files, launch, scripts)
    if pages:
        origin = f"the page list in {source}"
    else:
        pages = [n for n in listed if n.lower().endswith(PAGE_EXTS) and n != launch]
        origin = f"the files of resource {resource.identifier} (manifest order)"
    if not pages:
        return None
    files.used.add(launch)
    report.kept(f"page {launch}", f"a player page (JavaScript): the {len(pages)} content pages it shows "
                "were imported instead")
    sections: Sections = []
    folders: list[str] = []
    for page in pages:
        if page in files.used:
            continue
        found = [(t, b) for t, b in page_sections(files, page, report) if b]
        if found:
            report.kept(f"page {page}", f"from {origin}")
        sections.extend(found)
        folders.extend(str(PurePosixPath(page).parent) for _ in found)
    loaded = {name for name, _ in scripts}
    for name in sorted(loaded & set(listed)):
        files.used.add(name)
        report.skipped(f"file {name}", "the package's JavaScript player: not imported (its pages were)")
    question_files = [n for n in listed if n.lower().endswith(".js") and n not in loaded]
    for folder, title, blocks in _quiz_sections(files, question_files, report):
        at = max((i for i, f in enumerate(folders) if f == folder), default=len(sections) - 1)
        sections.insert(at + 1, (title, blocks))
        folders.insert(at + 1, folder)
    return sections
