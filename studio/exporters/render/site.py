"""Assemble the learner site of a course: pages, player files, captions and media."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from studio import video_questions
from studio.captions.tokens import is_rtl
from studio.exporters.ims import licence
from studio.exporters.render.blocks import BlockRenderer
from studio.exporters.render.media_map import build_media_map, safe_name
from studio.exporters.render.options import (
    SCORM_TARGETS,
    PageInfo,
    PreparedMedia,
    RenderOptions,
    Site,
)
from studio.exporters.render.pages import PLAYER_FILES, player_file, render_template
from studio.exporters.render.quiz_data import quiz_key, script_json
from studio.exporters.render.static_quiz import (
    answer_anchor,
    answer_key,
    check_key,
    timed_answer_key,
)
from studio.exporters.render.strings import learner_strings, strings_js
from studio.exporters.render.tracking import (
    course_data,
    course_shape,
    lesson_index,
    suspend_worst_case,
)
from studio.jobs import Progress, null_progress
from studio.model import Course, Lesson, Module, QuizBlock, VideoBlock


def lesson_page_path(lesson: Lesson, options: RenderOptions) -> str:
    return f"{safe_name(lesson.id)}{options.page_ext}"


def answer_page_path(lesson: Lesson, options: RenderOptions) -> str:
    return f"answers-{safe_name(lesson.id)}{options.page_ext}"


class _SiteBuilder:
    def __init__(self, course: Course, media_dir: Path, options: RenderOptions,
                 prepared: PreparedMedia | None) -> None:
        self.course = course
        self.options = options
        self.site = Site()
        if prepared is None:
            self.site.media_map, media_files = build_media_map(course, media_dir)
            self.site.files.update(media_files)
        else:  # the package carries its own copies
            self.site.media_map = dict(prepared.paths)
        self.blocks = BlockRenderer(course, self.site.media_map, options.xhtml, options.target,
                                    options.asset_prefix, prepared)
        self.answer_keys: list[dict[str, Any]] = []  # the course's answer-key page (EPUB)
        self.page_names = dict(options.page_names)  # once: pages are named per lesson
        # Without the player (Moodle pages, print), a video's questions are a readable list.
        self.blocks.interactive = options.scripts and not options.static_quiz
        self.lessons: list[tuple[Module, Lesson]] = list(course.lessons())
        self._toc: list[dict[str, Any]] | None = None
        self.index = lesson_index(course)
        self.has_timed_questions = self.blocks.interactive and any(
            isinstance(b, VideoBlock) and video_questions.ordered(b) for _, _, b in course.blocks()
        )

    # ------------------------------------------------------------------ links

    def href(self, lesson: Lesson) -> str:
        if self.options.single_page:
            return f"#lesson-{lesson.id}"
        return self.page_path(lesson)

    def page_path(self, lesson: Lesson) -> str:
        return self.page_names.get(lesson.id) or lesson_page_path(lesson, self.options)

    def toc(self) -> list[dict[str, Any]]:
        """The contents list, built once: pages mark their own entry by ``current_id``
        (building it per page made a 2,000-lesson export quadratic)."""
        if self._toc is None:
            self._toc = [
                {
                    "title": module.title,
                    "lessons": [
                        {"id": lesson.id, "title": lesson.title, "href": self.href(lesson)}
                        for lesson in module.lessons
                    ],
                }
                for module in self.course.modules
                if module.lessons
            ]
        return self._toc

    # ------------------------------------------------------------------ views

    def lesson_view(self, index: int) -> tuple[dict[str, Any], list[dict[str, str]]]:
        module, lesson = self.lessons[index]
        blocks = []
        keys: list[dict[str, str]] = []
        static = self.options.static_quiz
        for block in lesson.blocks:
            view = self.blocks.view(block, static)
            if static and self.options.answers_page:
                self.link_answers(lesson, block, view)
            if isinstance(block, QuizBlock):
                if static and not self.options.answers_page:
                    view["answer_key_href"] = answer_page_path(lesson, self.options) + (
                        f"#answers-{block.id}"
                    )
                elif not static:
                    keys.append(
                        {"id": block.id, "json": script_json(quiz_key(block.id, block.quiz))}
                    )
            blocks.append(view)
        view_data: dict[str, Any] = {
            "id": lesson.id,
            "title": lesson.title,
            "module_title": module.title,
            "number": index + 1,
            "blocks": blocks,
        }
        if index > 0 and self.options.pager:
            prev = self.lessons[index - 1][1]
            view_data.update(prev_href=self.href(prev), prev_title=prev.title, prev_id=prev.id)
        if index + 1 < len(self.lessons) and self.options.pager:
            nxt = self.lessons[index + 1][1]
            view_data.update(next_href=self.href(nxt), next_title=nxt.title, next_id=nxt.id)
        return view_data, keys

    def link_answers(self, lesson: Lesson, block: Any, view: dict[str, Any]) -> None:
        """Link each static question to its entry in the course's answer-key page and give
        the book's checking script its key; collect the entries for that page."""
        lang = self.course.language
        page = self.page_path(lesson)
        if isinstance(block, QuizBlock):
            questions = view["questions"]
            self.answer_keys.append(answer_key(block, lang=lang, lesson_href=page,
                                               per_question=True))
        elif isinstance(block, VideoBlock) and view.get("timed"):
            for tq in view["timed"]:
                tq["q"]["dom"] = tq["dom"]  # the entry links back to the timed question
            questions = [tq["q"] for tq in view["timed"]]
            self.answer_keys.append(timed_answer_key(block, page, lang))
        else:
            return
        t = self.blocks.t
        for q in questions:
            q["answer_href"] = f"{self.options.answers_page}#{answer_anchor(q['dom'])}"
            q["answer_label"] = t["answer_to"].format(n=q["number"])
        if self.options.target == "epub":
            view["check_key"] = check_key(block, questions, lang)

    def scripts(self) -> list[str]:
        if not self.options.scripts:
            return []
        names = ["player/strings.js", "player/player.js", "player/quiz.js"]
        if self.has_timed_questions:
            names.append("player/video-questions.js")
        if self.options.runtime:
            # cmi5.js takes over from the SCORM runtime only when launched by a cmi5 LMS;
            # both come after the strings they show.
            names[1:1] = ["player/scorm-runtime.js", "player/cmi5.js"]
        return names

    def context(self, title: str, current: str | None) -> dict[str, Any]:
        course = self.course
        return {
            "xhtml": self.options.xhtml,
            "lang": course.language or "en",
            "dir": "rtl" if is_rtl(course.language) else "",
            "t": learner_strings(course.language),
            "target": self.options.target,
            "book": self.options.target == "epub",  # a book: no downloads, no seeking buttons
            "single_page": self.options.single_page,
            "page_title": title,
            "course_title": course.title,
            "description": course.description,
            "authors": ", ".join(course.authors),
            "license": licence(course.license).name,
            "version": course.version,
            "runtime": self.options.runtime,
            "nav": self.options.nav,
            "chrome": self.options.chrome,
            "toc": self.toc() if self.options.nav else [],
            "current_id": current,
            "home": False,
            "lessons": [],
            "quiz_keys": [],
            "scripts": self.scripts(),
            "course_data": "",
            # No "Start" link where the LMS navigates (a link to another page file breaks there).
            "first_href": self.href(self.lessons[0][1]) if self.lessons and self.options.chrome
            else "",
        }

    def tracking_json(self, lesson_ids: list[str]) -> str:
        data = course_data(
            self.course,
            self.options.target,
            lesson_ids,
            self.blocks.media_ids,
            self.options.suspend_limit,
            self.index,
        )
        return script_json(data)

    # ------------------------------------------------------------------ pages

    def write(self, path: str, template: str, ctx: dict[str, Any]) -> None:
        self.site.files[path] = render_template(template, ctx).encode("utf-8")

    def build(self, progress: Progress) -> Site:
        opts = self.options
        total = max(1, len(self.lessons))
        index_path = f"index{opts.page_ext}"
        if opts.single_page:
            ctx = self.context(self.course.title, None)
            ctx["home"] = True
            for i in range(len(self.lessons)):
                progress.update(i / total, f"Rendering {self.lessons[i][1].title}")
                view, keys = self.lesson_view(i)
                ctx["lessons"].append(view)
                ctx["quiz_keys"].extend(keys)
            if opts.scripts:
                ctx["course_data"] = self.tracking_json([lesson.id for _, lesson in self.lessons])
            self.write(index_path, "page.html", ctx)
            self.site.pages.append(PageInfo(index_path, self.course.title))
        else:
            home = self.context(self.course.title, None)
            home["home"] = True
            if opts.scripts:
                home["course_data"] = self.tracking_json([])
            self.write(index_path, "page.html", home)
            self.site.pages.append(PageInfo(index_path, self.course.title))
            answer_pages: list[PageInfo] = []
            for i, (module, lesson) in enumerate(self.lessons):
                progress.update(i / total, f"Rendering {lesson.title}")
                path = self.page_path(lesson)
                view, keys = self.lesson_view(i)
                ctx = self.context(f"{lesson.title} - {self.course.title}", lesson.id)
                ctx["lessons"] = [view]
                ctx["quiz_keys"] = keys
                if opts.scripts:
                    ctx["course_data"] = self.tracking_json([lesson.id])
                self.write(path, "page.html", ctx)
                self.site.pages.append(PageInfo(path, lesson.title, lesson.id, module.id))
                self.site.lesson_pages[lesson.id] = path
                if opts.static_quiz:
                    page = self.answer_page(module, lesson, path)
                    if page is not None:
                        answer_pages.append(page)
            if self.answer_keys:
                answer_pages.append(self.course_answer_page())
            self.site.pages.extend(answer_pages)
        self.site.index = index_path
        self.site.files.update(self.blocks.extra_files)
        self.site.warnings.extend(dict.fromkeys(self.blocks.warnings))
        if "player/strings.js" in self.scripts():
            self.site.files["player/strings.js"] = strings_js(self.course.language)
        for name in PLAYER_FILES:
            if name.endswith(".css") or f"player/{name}" in self.scripts():
                self.site.files[f"player/{name}"] = player_file(name)
        shape = course_shape(self.course)
        if opts.single_page:
            self.site.suspend_data_worst_case = suspend_worst_case(*shape)
        else:
            self.site.suspend_data_worst_case = max(
                (
                    suspend_worst_case(*course_shape(self.course, [lesson.id], self.index))
                    for _, lesson in self.lessons
                ),
                default=0,
            )
        if opts.target in SCORM_TARGETS and self.site.suspend_data_worst_case > opts.suspend_limit:
            self.site.warnings.append(
                f"Resume data may need {self.site.suspend_data_worst_case} characters, more than "
                f"the {opts.suspend_limit} this standard allows: the player will drop video "
                "progress first, then quiz results, to keep the bookmark."
            )
        progress.update(1.0, "Rendered")
        return self.site

    def course_answer_page(self) -> PageInfo:
        path = self.options.answers_page
        title = learner_strings(self.course.language)["answer_key_title"]
        ctx = self.context(f"{title} - {self.course.title}", None)
        ctx["answer_keys"] = self.answer_keys
        ctx["answer_title"] = title
        self.write(path, "answers_page.html", ctx)
        self.site.answers_page = path
        return PageInfo(path, title)

    def answer_page(self, module: Module, lesson: Lesson, lesson_path: str) -> PageInfo | None:
        quizzes = [b for b in lesson.blocks if isinstance(b, QuizBlock)]
        if not quizzes or self.options.answers_page:
            return None
        path = answer_page_path(lesson, self.options)
        keys = [answer_key(b, f"{lesson_path}#{b.id}", self.course.language) for b in quizzes]
        title = learner_strings(self.course.language)["answers_title"].format(title=lesson.title)
        ctx = self.context(f"{title} - {self.course.title}", None)
        ctx["answer_keys"] = keys
        ctx["answer_title"] = title
        self.write(path, "answers_page.html", ctx)
        return PageInfo(path, title, lesson.id, module.id)


def render_site(
    course: Course,
    media_dir: Path,
    options: RenderOptions | None = None,
    progress: Progress | None = None,
    prepared: PreparedMedia | None = None,
) -> Site:
    """Render ``course`` to a learner site (pages, player, captions; media as paths to stream).

    Pure: reads the course and the media folder's file names, writes nothing.
    ``prepared``: the package's own media copies, linked instead of the media folder's.
    """
    return _SiteBuilder(course, Path(media_dir), options or RenderOptions(), prepared).build(
        progress or null_progress()
    )
