"""Checks for Moodle course backups (``.mbz``): what a restore needs to find.

A backup is a zip (as Studio writes it) or a gzip-compressed tar (Moodle's own
default). The checks: the archive's names are safe; ``moodle_backup.xml`` lists
the course, sections and activities whose folders and XML files are present; every
file ``files.xml`` records is stored under its content hash with its size; every
``@@PLUGINFILE@@`` link in an activity points at a file recorded for that activity;
``questions.xml`` is well formed and every question is complete (text, answers and a
full-mark answer where the type needs one), and every quiz slot refers to a question
of the bank.
"""

from __future__ import annotations

import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from lxml import etree

from studio.exporters.xml import safe_parser
from studio.validate import Problem

MANIFEST = "moodle_backup.xml"
_CHOICE_TYPES = {"multichoice", "truefalse", "shortanswer", "numerical"}


class Backup:
    """The entries of a backup archive, zip or tar, read by name."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._read: Callable[[str], bytes]
        if zipfile.is_zipfile(path):
            zf = zipfile.ZipFile(path)
            self.names = [n for n in zf.namelist() if not n.endswith("/")]
            self._read = zf.read
            self._close: Callable[[], None] = zf.close
        else:
            tf = tarfile.open(path, "r:*")
            members = {m.name.removeprefix("./"): m for m in tf.getmembers() if m.isfile()}
            self.names = list(members)
            self.links = [m.name for m in tf.getmembers() if m.issym() or m.islnk()]

            def read(name: str) -> bytes:
                handle = tf.extractfile(members[name])
                return handle.read() if handle is not None else b""

            self._read = read
            self._close = tf.close
        self._set = set(self.names)

    def has(self, name: str) -> bool:
        return name in self._set

    def read(self, name: str) -> bytes:
        return self._read(name)

    def xml(self, name: str, problems: list[Problem]) -> etree._Element | None:
        if not self.has(name):
            problems.append(Problem("error", name, "missing from the backup"))
            return None
        try:
            return etree.fromstring(self.read(name), safe_parser())
        except etree.XMLSyntaxError as exc:
            problems.append(Problem("error", f"{name}:{exc.lineno}",
                                    f"not well-formed XML: {exc.msg}"))
            return None

    def close(self) -> None:
        self._close()


def is_moodle_backup(path: Path) -> bool:
    """A zip with ``moodle_backup.xml`` at its root, or a (gzip) tar archive with it."""
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as zf:
                return MANIFEST in zf.namelist()
        if tarfile.is_tarfile(path):
            with tarfile.open(path, "r:*") as tf:
                return any(m.name.removeprefix("./") == MANIFEST for m in tf.getmembers())
    except (OSError, zipfile.BadZipFile, tarfile.TarError):
        return False
    return False


def check_backup(path: Path) -> list[Problem]:
    problems: list[Problem] = []
    backup = Backup(path)
    try:
        _check_names(backup, problems)
        root = backup.xml(MANIFEST, problems)
        if root is not None:
            _check_contents(backup, root, problems)
        hashes = _check_files(backup, problems)
        _check_pluginfiles(backup, hashes, problems)
        _check_questions(backup, problems)
    finally:
        backup.close()
    return problems


def _check_names(backup: Backup, problems: list[Problem]) -> None:
    for name in backup.names:
        parts = PurePosixPath(name).parts
        if name.startswith("/") or ".." in parts or "\\" in name:
            problems.append(Problem("error", name, "unsafe path in the backup"))
    for name in getattr(backup, "links", []):
        problems.append(Problem("error", name, "a link inside the backup"))


def _check_contents(backup: Backup, root: etree._Element, problems: list[Problem]) -> None:
    contents = root.find("information/contents")
    if contents is None:
        problems.append(Problem("error", MANIFEST, "no information/contents: not a course backup"))
        return
    if not backup.has("course/course.xml"):
        problems.append(Problem("error", "course/course.xml", "missing from the backup"))
    for section in contents.iterfind("sections/section"):
        folder = section.findtext("directory") or ""
        if not backup.has(f"{folder}/section.xml"):
            problems.append(Problem("error", f"{folder}/section.xml",
                                    "a section listed in moodle_backup.xml is missing"))
    for activity in contents.iterfind("activities/activity"):
        folder = activity.findtext("directory") or ""
        kind = activity.findtext("modulename") or ""
        for name in (f"{folder}/module.xml", f"{folder}/{kind}.xml"):
            if not backup.has(name):
                problems.append(Problem("error", name,
                                        f"the {kind or 'activity'} listed in moodle_backup.xml "
                                        "has no such file"))


def _check_files(backup: Backup, problems: list[Problem]) -> set[tuple[str, str]]:
    """Check the stored files; returns the (context id, path) of every recorded file."""
    recorded: set[tuple[str, str]] = set()
    root = backup.xml("files.xml", problems)
    if root is None:
        return recorded
    for record in root.iterfind("file"):
        filename = record.findtext("filename") or ""
        if filename == ".":
            continue  # a folder record: no content
        contenthash = (record.findtext("contenthash") or "").strip()
        stored = f"files/{contenthash[:2]}/{contenthash}"
        where = f"files.xml: file {record.get('id')} ({filename})"
        if not backup.has(stored):
            problems.append(Problem("error", where, f"its content {stored} is missing"))
        else:
            size = record.findtext("filesize") or ""
            if size.isdigit() and int(size) != len(backup.read(stored)):
                problems.append(Problem("error", where, f"filesize {size} does not match "
                                        f"the {len(backup.read(stored))} bytes stored"))
        path = (record.findtext("filepath") or "/") + filename
        recorded.add((record.findtext("contextid") or "", path))
    return recorded


def _check_pluginfiles(backup: Backup, recorded: set[tuple[str, str]],
                       problems: list[Problem]) -> None:  # fmt: skip
    for name in backup.names:
        if not (name.startswith("activities/") and name.endswith(".xml")):
            continue
        data = backup.read(name)
        if b"@@PLUGINFILE@@" not in data:
            continue
        try:
            root = etree.fromstring(data, safe_parser())
        except etree.XMLSyntaxError as exc:
            problems.append(Problem("error", f"{name}:{exc.lineno}",
                                    f"not well-formed XML: {exc.msg}"))
            continue
        context = root.get("contextid", "")
        for text in root.itertext():
            for ref in _plugin_refs(text):
                if (context, ref) not in recorded:
                    problems.append(Problem("error", name,
                                            f"links to @@PLUGINFILE@@{ref}, which files.xml "
                                            "does not record for this activity"))


def _plugin_refs(text: str) -> list[str]:
    refs = []
    for piece in text.split("@@PLUGINFILE@@")[1:]:
        end = len(piece)
        for stop in ('"', "'", " ", "<", ">", "?", "#", ")"):
            index = piece.find(stop)
            if index >= 0:
                end = min(end, index)
        refs.append(unquote(piece[:end]))
    return refs


def _check_questions(backup: Backup, problems: list[Problem]) -> None:
    if not backup.has("questions.xml"):
        return
    root = backup.xml("questions.xml", problems)
    if root is None:
        return
    entries = {entry.get("id") for entry in root.iter("question_bank_entry")}
    for question in root.iter("question"):
        _check_question(question, problems)
    for name in backup.names:
        if name.startswith("activities/quiz_") and name.endswith("/quiz.xml"):
            quiz = backup.xml(name, problems)
            if quiz is None:
                continue
            for entry in quiz.iter("questionbankentryid"):
                if entry.text not in entries:
                    problems.append(Problem("error", name, f"a quiz slot refers to question "
                                            f"bank entry {entry.text}, not in questions.xml"))


def _check_question(question: etree._Element, problems: list[Problem]) -> None:
    qtype = question.findtext("qtype") or ""
    where = f"questions.xml: question {question.get('id')} ({qtype or 'no type'})"
    if not qtype:
        problems.append(Problem("error", where, "the question has no qtype"))
        return
    if qtype != "random" and not (question.findtext("questiontext") or "").strip():
        problems.append(Problem("error", where, "the question has no text"))
    if qtype in _CHOICE_TYPES:
        fractions = []
        for answer in question.iterfind(".//answers/answer"):
            try:
                fractions.append(float(answer.findtext("fraction") or "nan"))
            except ValueError:
                fractions.append(float("nan"))
        if not fractions:
            problems.append(Problem("error", where, "the question has no answers"))
        elif any(f != f for f in fractions):
            problems.append(Problem("error", where, "an answer has no numeric fraction"))
        elif max(fractions) < 0.999 and sum(f for f in fractions if f > 0) < 0.999:
            problems.append(Problem("error", where, "no answer or set of answers gives full "
                                    "marks: learners can never get it right"))
    if qtype == "match" and len(list(question.iter("match"))) < 2:
        problems.append(Problem("error", where, "a matching question needs two pairs or more"))
