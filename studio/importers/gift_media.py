"""Moodle's "GIFT with medias" zip: a GIFT file (``.txt`` at the root, or ``.gift``) and the
media its questions show, referenced as ``@@PLUGINFILE@@/folder/name.png``.

The references become the imported media: images land in the question text. An image
whose file is not in the zip is replaced by its alternative text and listed in the report.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from urllib.parse import unquote

from studio.errors import ImportFormatError
from studio.importers.content import ImportedContent, quiz_content
from studio.importers.gift import parse_gift
from studio.importers.html_pages import PackageFiles
from studio.importers.report import ImportReport
from studio.importers.safe_archive import SafeArchive
from studio.importers.spec import ImporterSpec, Probe, ReadRequest, read_text
from studio.model.quiz import Quiz

PLUGINFILE = "@@PLUGINFILE@@/"
_REF = re.compile(re.escape(PLUGINFILE) + r"([^\"'\s<>)\\]+)")
_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ALT = re.compile(r"alt\\?=\\?[\"']([^\"'\\]*)", re.IGNORECASE)
GIFT_EXTS = (".txt", ".gift")


def gift_files(archive: SafeArchive) -> list[str]:
    """The GIFT files of the zip: those at the root, else any ``.gift`` file."""
    names = archive.names()
    root = [n for n in names if "/" not in n and n.lower().endswith(GIFT_EXTS)]
    return root or [n for n in names if n.lower().endswith(".gift")]


def _sniff(probe: Probe) -> int:
    if probe.archive is None or probe.manifest_head is not None or probe.entry("h5p.json"):
        return 0
    for name in gift_files(probe.archive)[:5]:
        head = probe.archive.read(name)[:65536]
        if b"{" in head and b"}" in head:
            return 50
    return 0


def _with_media(text: str, files: PackageFiles, where: str, report: ImportReport) -> str:
    """``text`` with every ``@@PLUGINFILE@@/path`` pointing at the imported file."""

    def target(path: str) -> str | None:
        entry = files.archive.find(unquote(path))
        if entry is None:
            report.skipped(where, f"the file {path[:80]!r} is not in the zip")
            return None
        return f"asset:{files.asset(entry)}"

    def image(match: re.Match[str]) -> str:
        tag = match.group(0)
        ref = _REF.search(tag)
        if ref is None:
            return tag
        found = target(ref.group(1))
        if found is None:
            alt = _ALT.search(tag)
            return alt.group(1) if alt else ""
        return tag.replace(ref.group(0), found)

    text = _IMG.sub(image, text)
    return _REF.sub(lambda m: target(m.group(1)) or "", text)


def _read(request: ReadRequest) -> ImportedContent:
    archive = request.need_archive()
    names = gift_files(archive)
    if not names:
        raise ImportFormatError("the zip holds no GIFT file (.txt at its top level, or .gift)",
                                path=request.source,
                                hint="Put the GIFT file at the top of the zip, beside the media folders.")
    content = ImportedContent()
    files = PackageFiles(archive, request.workdir, content.media, request.report)
    quizzes = []
    for name in names:
        where = f"{archive.where}!{name}"
        text = _with_media(read_text(files.path(name)), files, f"file {name}", request.report)
        quizzes.append(Quiz(title=PurePosixPath(name).stem.replace("_", " "),
                            questions=parse_gift(text, where, request.report)))
    found = quiz_content(request.source, quizzes, request.report)
    found.media = content.media
    return found


SPEC = ImporterSpec(
    name="giftzip", label="GIFT with media (zip)", description="Moodle's GIFT with medias: a GIFT file "
    "and the images its questions show", extensions=(".zip",), kind="questions", sniff=_sniff, read=_read,
    archive=True,
)
