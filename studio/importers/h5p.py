"""H5P files (``.h5p``): the interactive content Moodle, WordPress, Drupal and Open edX play.

An ``.h5p`` file is a zip: ``h5p.json`` (title, language, main library), the content's
parameters in ``content/content.json`` and its media under ``content/``, plus the
libraries' own scripts, which are never run or read: the parameters are read as data.
Question types (see ``h5p_questions``) and a Question Set become a quiz; Course
Presentation a module with one lesson per slide (text, images, a quiz of the slide's
questions); Interactive Video a video block with its captions, chapters (bookmarks) and
timed questions; Column, Accordion and Text rich text and media. What Studio does not
read is named in the report.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath
from typing import Any

from studio.errors import ImportFormatError
from studio.importers.content import CourseInfo, ImportedContent
from studio.importers.h5p_questions import QUESTION_TYPES
from studio.importers.html_pages import CAPTION_EXTS, PackageFiles
from studio.importers.jsonish import as_bool, as_dict, as_list, as_num, as_str
from studio.importers.report import ImportReport
from studio.importers.safe_archive import SafeArchive, resolve_relative
from studio.importers.spec import ImporterSpec, Probe, ReadRequest
from studio.importers.textutil import tidy_html, to_plain
from studio.model.blocks import (
    AudioBlock,
    Block,
    ImageBlock,
    QuizBlock,
    TextBlock,
    TimedQuestion,
    VideoBlock,
)
from studio.model.captions import CaptionKind, CaptionTrack, Chapter
from studio.model.course import Lesson, Module
from studio.model.quiz import Question, Quiz

CONTENT = "content/"
MAX_JSON_BYTES = 16 * 1024**2
TEXT_TYPES = ("H5P.AdvancedText", "H5P.Text", "H5P.Table")
MAX_DEPTH = 12  # containers inside containers
SUPPORTED = ("Question Set, Multiple Choice, True/False, Fill in the Blanks, Drag the Words, Mark the "
             "Words, Single Choice Set, Essay, Course Presentation, Interactive Video, Column, "
             "Accordion, Text")


def library_name(value: Any) -> str:
    """``"H5P.MultiChoice 1.16"`` -> ``"H5P.MultiChoice"``."""
    return as_str(value).strip().split(" ")[0]


def _json(archive: SafeArchive, name: str) -> Any:
    entry = archive.find(name)
    if entry is None:
        raise ImportFormatError(f"the H5P file has no {name}", path=archive.where,
                                hint="The file is damaged or not an H5P file; download it again "
                                "(H5P's Reuse > Download as an .h5p file).")
    try:
        return json.loads(archive.read(entry, limit=MAX_JSON_BYTES).decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportFormatError(f"{name} in the H5P file is not valid JSON ({exc})", path=archive.where,
                                hint="The file is damaged; download it again.") from exc


class H5PContent:
    """Turns one H5P content tree into Studio blocks and questions."""

    def __init__(self, files: PackageFiles, report: ImportReport) -> None:
        self.files = files
        self.report = report

    # -- media ------------------------------------------------------------------
    def asset(self, file: Any, where: str) -> str | None:
        """The asset id of a file parameter ``{"path": "images/x.png"}`` inside ``content/``."""
        path = as_str(as_dict(file).get("path")).split("#")[0]
        if not path:
            return None
        if path.startswith(("http:", "https:", "//")):
            self.report.skipped(where, f"online media {path[:80]!r} is not imported")
            return None
        name = resolve_relative(CONTENT + "x", path)
        entry = self.files.archive.find(name) if name and name.startswith(CONTENT) else None
        if entry is None:
            self.report.skipped(where, f"the file {path[:80]!r} is not in the H5P file")
            return None
        return self.files.asset(entry)

    def media_html(self, media: Any, where: str) -> str:
        """An image shown with a question, as HTML before its prompt."""
        action = as_dict(as_dict(media).get("type"))
        if not action:
            return ""
        if library_name(action.get("library")) != "H5P.Image":
            self.report.skipped(where, f"the question's {library_name(action.get('library'))} media is not imported")
            return ""
        params = as_dict(action.get("params"))
        asset = self.asset(params.get("file"), where)
        alt = to_plain(as_str(params.get("alt"))) or "Image"
        return f'<p><img src="asset:{asset}" alt="{_attr(alt)}"/></p>' if asset else ""

    # -- content ----------------------------------------------------------------
    def questions(self, library: str, params: dict[str, Any], where: str) -> list[Question] | None:
        """The questions of a question type (None: not a question type)."""
        convert = QUESTION_TYPES.get(library)
        if convert is None:
            return None
        return convert(params, self.media_html, where, self.report)

    def blocks(self, action: Any, where: str, depth: int = 0) -> list[Block]:
        """Blocks for one ``{"library": ..., "params": ...}``: content, containers, questions."""
        action = as_dict(action)
        library = library_name(action.get("library"))
        params = as_dict(action.get("params"))
        title = as_str(as_dict(action.get("metadata")).get("title"))
        if depth > MAX_DEPTH:
            self.report.skipped(where, "content nested too deeply")
            return []
        questions = self.questions(library, params, where)
        if questions is not None:
            return [QuizBlock(quiz=Quiz(title=title or "Questions", questions=questions))] if questions else []
        if library in TEXT_TYPES:
            html = tidy_html(as_str(params.get("text")))
            return [TextBlock(html=html)] if html else []
        if library == "H5P.Image":
            asset = self.asset(params.get("file"), where)
            alt = to_plain(as_str(params.get("alt")))
            return [ImageBlock(asset=asset, alt=alt, decorative=as_bool(params.get("decorative")) or not alt,
                               caption=to_plain(as_str(params.get("title"))))] if asset else []
        if library in ("H5P.Video", "H5P.Audio"):
            sources = as_list(params.get("sources") or params.get("files"))
            asset = next((a for a in (self.asset(s, where) for s in sources[:1]) if a), None)
            if asset is None:
                return []
            if library == "H5P.Audio":
                return [AudioBlock(asset=asset, title=title)]
            poster = self.asset(as_dict(params.get("visuals")).get("poster"), where)
            return [VideoBlock(asset=asset, title=title, poster=poster)]
        if library == "H5P.QuestionSet":
            return [QuizBlock(quiz=self.question_set(params, title, where))]
        if library == "H5P.Column":
            found: list[Block] = []
            for i, item in enumerate(as_list(params.get("content")), 1):
                for block in self.blocks(as_dict(item).get("content"), f"{where} > item {i}", depth + 1):
                    if isinstance(block, QuizBlock) and found and isinstance(found[-1], QuizBlock):
                        found[-1].quiz.questions.extend(block.quiz.questions)  # one quiz per run
                    else:
                        found.append(block)
            return found
        if library == "H5P.Accordion":
            return self.accordion(params, where, depth)
        if library == "H5P.InteractiveVideo":
            return self.interactive_video(params, title, where)
        self.report.skipped(where, f"the H5P content type {library or '(none)'} is not one Studio reads")
        return []

    def accordion(self, params: dict[str, Any], where: str, depth: int) -> list[Block]:
        out: list[Block] = []
        for number, raw in enumerate(as_list(params.get("panels")), 1):
            panel = as_dict(raw)
            heading = to_plain(as_str(panel.get("title")))
            inner = self.blocks(panel.get("content"), f"{where} > panel {number}", depth + 1)
            if heading:
                if inner and isinstance(inner[0], TextBlock):
                    inner[0].html = f"<h3>{_text(heading)}</h3>{inner[0].html}"
                else:
                    inner.insert(0, TextBlock(html=f"<h3>{_text(heading)}</h3>"))
            out.extend(inner)
        return out

    def question_set(self, params: dict[str, Any], title: str, where: str) -> Quiz:
        intro = as_dict(params.get("introPage"))
        questions: list[Question] = []
        for number, raw in enumerate(as_list(params.get("questions")), 1):
            item = as_dict(raw)
            library = library_name(item.get("library"))
            found = self.questions(library, as_dict(item.get("params")), f"{where} > question {number}")
            if found is None:
                self.report.skipped(f"{where} > question {number}",
                                    f"the H5P question type {library or '(none)'} is not one Studio reads")
                continue
            questions.extend(found)
        quiz = Quiz(title=to_plain(as_str(intro.get("title"))) or title or "Question set",
                    instructions=tidy_html(as_str(intro.get("introduction"))), questions=questions)
        passing = as_num(params.get("passPercentage"))
        if passing is not None and 0 <= passing <= 100:
            quiz.passing_score = passing
        quiz.shuffle_questions = as_bool(params.get("randomQuestions"))
        pool = as_num(params.get("poolSize"))
        if pool is not None and 0 < pool < len(questions):
            quiz.draw = int(pool)
        return quiz

    # -- interactive video ------------------------------------------------------
    def interactive_video(self, params: dict[str, Any], title: str, where: str) -> list[Block]:
        from studio.importers.h5p_video import video_block

        return video_block(self, as_dict(params.get("interactiveVideo")), title, where)

    def tracks(self, video: dict[str, Any], where: str) -> list[CaptionTrack]:
        from studio.captions.io import read_caption_file

        out = []
        for raw in as_list(as_dict(video.get("textTracks")).get("videoTrack")):
            track = as_dict(raw)
            file = as_dict(track.get("track"))
            path = as_str(file.get("path"))
            if not path.lower().endswith(CAPTION_EXTS):
                continue
            asset_where = f"{where} > captions {PurePosixPath(path).name}"
            name = resolve_relative(CONTENT + "x", path)
            entry = self.files.archive.find(name) if name and name.startswith(CONTENT) else None
            if entry is None:
                self.report.skipped(asset_where, "the caption file is not in the H5P file")
                continue
            self.files.used.add(entry)
            try:
                cues = read_caption_file(self.files.path(entry))
            except ImportFormatError as exc:
                self.report.skipped(asset_where, exc.message)
                continue
            lang = as_str(track.get("srcLang")) or "en"
            kind: CaptionKind = "captions" if as_str(track.get("kind")) == "captions" else "subtitles"
            out.append(CaptionTrack(language=lang, label=to_plain(as_str(track.get("label"))) or lang,
                                    kind=kind, review="reviewed", cues=cues,
                                    source=f"imported {PurePosixPath(entry).name}"))
        return out

    @staticmethod
    def chapters(assets: dict[str, Any]) -> list[Chapter]:
        out = []
        for raw in as_list(assets.get("bookmarks")):
            mark = as_dict(raw)
            time = as_num(mark.get("time"))
            label = to_plain(as_str(mark.get("label")))
            if time is not None and time >= 0 and label:
                out.append(Chapter(time, label))
        return sorted(out, key=lambda c: c.start)

    @staticmethod
    def timed(questions: list[Question], time: float, adaptivity: dict[str, Any]) -> list[TimedQuestion]:
        wrong = as_num(as_dict(adaptivity.get("wrong")).get("seekTo"))
        rewind = wrong if wrong is not None and 0 <= wrong < time else None
        return [TimedQuestion(time=time, question=q, require_correct=as_bool(adaptivity.get("requireCompletion")),
                              rewind_to=rewind) for q in questions]


def _text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(text: str) -> str:
    return _text(text).replace('"', "&quot;")


def read_h5p(request: ReadRequest) -> ImportedContent:
    archive = request.need_archive()
    report = request.report
    meta = as_dict(_json(archive, "h5p.json"))
    params = as_dict(_json(archive, CONTENT + "content.json"))
    library = library_name(meta.get("mainLibrary"))
    title = to_plain(as_str(meta.get("title"))) or PurePosixPath(archive.where).stem or "H5P"
    language = as_str(meta.get("language"))
    info = CourseInfo(title=title, language=language if language and language != "und" else "",
                      authors=[n for n in (as_str(as_dict(a).get("name")) for a in as_list(meta.get("authors"))) if n])
    content = ImportedContent(info=info)
    reader = H5PContent(PackageFiles(archive, request.workdir, content.media, report), report)
    report.kept("package", f"H5P {library} {title!r} (read as data; its scripts are not run)")
    request.progress.update(0.2, f"Reading {title}")
    where = f"content {library}"
    questions = reader.questions(library, params, where)
    if library == "H5P.QuestionSet":
        quiz = reader.question_set(params, title, where)
        content.quizzes = [quiz] if quiz.questions else []
    elif questions is not None:
        content.quizzes = [Quiz(title=title, questions=questions)] if questions else []
    elif library == "H5P.CoursePresentation":
        from studio.importers.h5p_slides import slide_lessons

        lessons = slide_lessons(reader, params, where)
        content.modules = [Module(title=title, lessons=lessons)] if lessons else []
    else:
        blocks = reader.blocks({"library": library, "params": params, "metadata": {"title": title}}, where)
        content.modules = [Module(title=title, lessons=[Lesson(title=title, blocks=blocks)])] if blocks else []
    if not content.quizzes and not content.modules:
        raise ImportFormatError(
            f"nothing in this H5P file ({library or 'no main library'}) could be imported",
            path=archive.where,
            hint=f"Studio reads these H5P content types: {SUPPORTED}. The report lists what was left out.",
        )
    return content


def _sniff(probe: Probe) -> int:
    if probe.archive is None or probe.entry("h5p.json") is None:
        return 0
    return 95 if probe.entry(CONTENT + "content.json") is not None else 40


SPEC = ImporterSpec(
    name="h5p", label="H5P", description="H5P interactive content (question sets, course presentations, "
    "interactive videos...)", extensions=(".h5p",), kind="package", sniff=_sniff, read=read_h5p, archive=True,
)
