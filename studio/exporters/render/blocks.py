"""Block view models: what each block template needs, with media paths resolved.

Author plain text is passed as-is (the templates autoescape it); author rich text
goes through ``sanitize_html`` and the ``asset:`` rewriter before being marked safe.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from studio import video_questions
from studio.captions.io import directed_text, write_vtt
from studio.captions.tokens import is_rtl
from studio.exporters.render.media_map import rewrite_asset_refs, safe_name
from studio.exporters.render.options import PreparedMedia
from studio.exporters.render.quiz_data import dom_id, question_key, question_view, script_json
from studio.exporters.render.strings import learner_strings
from studio.model import (
    AttachmentBlock,
    AudioBlock,
    CaptionTrack,
    Course,
    Cue,
    DiscussionBlock,
    ImageBlock,
    LinkBlock,
    QuizBlock,
    TextBlock,
    VideoBlock,
)
from studio.model.blocks import Block
from studio.sanitize import is_safe_url, plain_text, sanitize_html
from studio.units import human_size

TRACKS_FOLDER = "media/tracks"

Rewrite = Callable[[str], str]


def clock(seconds: float) -> str:
    """``m:ss`` or ``h:mm:ss`` for display next to transcript lines and chapters."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.replace("\r", "").split("\n\n") if p.strip()]


def _mime(src: str, mime: str) -> str:
    """The type of the file a page links (a package may carry a converted copy)."""
    converted = {".mp4": "video/mp4", ".m4a": "audio/mp4", ".mp3": "audio/mpeg"}
    return next((t for ext, t in converted.items() if src.endswith(ext)), mime)


def _track_path(track: CaptionTrack) -> str:
    return f"{TRACKS_FOLDER}/{safe_name(track.id)}.vtt"


class BlockRenderer:
    """Turns blocks into template views, collecting the caption files they need."""

    def __init__(self, course: Course, media_map: dict[str, str], xhtml: bool, target: str,
                 prefix: str = "", prepared: PreparedMedia | None = None) -> None:
        self.course = course
        self.t = learner_strings(course.language)  # what learners read, in their language
        self.media_map = media_map
        self.xhtml = xhtml
        self.target = target
        self.prefix = prefix  # from the pages to the package root
        self.prepared = prepared or PreparedMedia({})
        # A book carries everything it shows: no download links, media it left out
        # printed as text, questions checked by the book's own small script.
        self.book = target == "epub"
        self.extra_files: dict[str, bytes] = {}
        self.media_ids: list[str] = []  # DOM ids of video elements, for tracking
        self.warnings: list[str] = []  # accessibility gaps the author should fix
        self.has_timed_questions = False  # the pages need the timed-question player
        self.interactive = True  # the pages run the player (else questions render as text)

    def points_label(self, points: float) -> str:
        """``1 point`` / ``2 points`` in the course language."""
        return self.t["point"] if points == 1 else self.t["points"].format(n=f"{points:g}")

    def rewrite(self, html: str) -> str:
        return rewrite_asset_refs(html, self.media_map, self.prefix)

    def rich(self, html: str) -> str:
        return self.rewrite(sanitize_html(html))

    def _src(self, asset_id: str | None) -> str:
        path = self.media_map.get(asset_id or "", "")
        return self.prefix + path if path else ""

    def _tracks(self, tracks: list[CaptionTrack], files: bool = True) -> list[dict[str, Any]]:
        """Views of the tracks with cues; their WebVTT files unless ``files`` is False."""
        views = []
        default_done = self.xhtml  # EPUB: no default track (reading systems differ)
        for track in tracks:
            if not track.cues:
                continue
            path = _track_path(track)
            if files:
                self.extra_files[path] = write_vtt(track).encode("utf-8")
            is_default = not default_done and track.kind == "captions"
            default_done = default_done or is_default
            label = track.label or track.language
            if track.review == "auto-generated":
                label += " (auto-generated)"
            views.append(
                {
                    "cues": [
                        [round(c.start, 3), round(c.end, 3), directed_text(c.text, track.language)]
                        for c in track.cues
                    ],
                    "kind": track.kind,
                    "srclang": track.language or self.course.language,
                    "label": label,
                    "src": self.prefix + path,
                    "default": is_default,
                    "times": [clock(c.start) for c in track.cues],
                }
            )
        return views

    def _transcript(self, view: dict[str, Any], text: str, tracks: list[CaptionTrack]) -> None:
        view["transcript_lines"] = []
        view["transcript_paragraphs"] = []
        view["transcript_lang_label"] = ""
        view["transcript_lang"] = ""
        view["transcript_dir"] = ""
        if text.strip():
            view["transcript_paragraphs"] = _paragraphs(text)
            return
        usable = [t for t in tracks if t.cues]
        if not usable:
            return
        lang = self.course.language.split("-")[0]
        track = next((t for t in usable if t.language.split("-")[0] == lang), usable[0])
        if len(usable) > 1:
            view["transcript_lang_label"] = track.label
        if track.language and track.language.split("-")[0] != lang:
            view["transcript_lang"] = track.language
        if is_rtl(track.language) != is_rtl(self.course.language):  # not the page's direction
            view["transcript_dir"] = "rtl" if is_rtl(track.language) else "ltr"
        view["transcript_lines"] = [
            {
                "start": f"{c.start:.3f}",
                "end": f"{c.end:.3f}",
                "time": clock(c.start),
                "text": " ".join(c.text.split()),
            }
            for c in track.cues
        ]

    def _media_common(self, block: VideoBlock | AudioBlock, fallback_title: str) -> dict[str, Any]:
        asset = self.course.media.get(block.asset)
        media_id = f"media-{block.id}"
        src = self._src(block.asset)
        # A book without its videos prints their captions instead of carrying track files.
        left_out = self.book and asset is not None and not src
        view: dict[str, Any] = {
            "id": block.id,
            "dom": block.id,
            "title": block.title or fallback_title,
            "src": src,
            "mime": (_mime(src, asset.mime) if self.book else asset.mime) if asset else "",
            "media_id": media_id,
            "left_out": left_out,
            "tracks": self._tracks(block.tracks, files=not left_out),
            "chapters_src": "",
            "chapters": [],
        }
        self._transcript(view, block.transcript, block.tracks)
        return view

    def cue_data(self, view: dict[str, Any]) -> str:
        """Every track's cues as JSON: the player adds them itself where browsers refuse
        to load ``<track>`` files (pages opened from file://)."""
        if self.xhtml:
            return ""
        data = {t["src"]: t["cues"] for t in view["tracks"]}
        if view.get("chapters_src"):
            data[view["chapters_src"]] = view["chapters_cues"]
        return script_json(data) if data else ""

    def video(self, block: VideoBlock) -> dict[str, Any]:
        view = self._media_common(block, self.t["video"])
        if not view["tracks"]:
            self.warnings.append(f"video {view['title']!r} has no captions (WCAG 1.2.2)")
        asset = self.course.media.get(block.asset)
        frame = self.prepared.posters.get(block.id)
        view["poster"] = self.prefix + frame if frame else self._src(block.poster)
        view["width"] = asset.width if asset and asset.width else 0
        view["height"] = asset.height if asset and asset.height else 0
        if view["src"]:
            self.media_ids.append(view["media_id"])
        chapters = sorted(block.chapters, key=lambda c: c.start)
        if chapters:
            view["chapters"] = [
                {"start": f"{c.start:.3f}", "time": clock(c.start), "title": c.title}
                for c in chapters
            ]
            duration = asset.duration if asset and asset.duration else chapters[-1].start + 3600
            cues = [
                Cue(c.start, chapters[i + 1].start if i + 1 < len(chapters) else duration, c.title)
                for i, c in enumerate(chapters)
            ]
            cues = [c for c in cues if c.end > c.start]
            if cues and view["src"]:
                path = f"{TRACKS_FOLDER}/{safe_name(block.id)}-chapters.vtt"
                track = CaptionTrack(language=self.course.language, label=self.t["chapters"], cues=cues)
                self.extra_files[path] = write_vtt(track).encode("utf-8")
                view["chapters_src"] = self.prefix + path
                view["chapters_cues"] = [[round(c.start, 3), round(c.end, 3), c.text] for c in cues]
                view["chapters_lang"] = self.course.language
        view["cue_json"] = self.cue_data(view)
        view["timed"], view["timed_key"] = self.timed_questions(block, view["media_id"])
        return view

    def timed_questions(self, block: VideoBlock, media_id: str) -> tuple[list[dict[str, Any]], str]:
        """The questions that pause the video: their forms (by time) and the player's key."""
        if not video_questions.ordered(block):
            return [], ""
        self.has_timed_questions = True
        views, keys = [], []
        for number, timed in enumerate(video_questions.ordered(block), start=1):
            q = question_view(block.id, number, timed.question, self.rewrite, self.t)
            q["points_label"] = self.points_label(timed.question.points)
            rewind = video_questions.rewind_time(timed)
            views.append({
                "id": timed.id,
                "dom": dom_id(block.id, timed.id),
                "start": f"{timed.time:.3f}",
                "time": clock(timed.time),
                "label": plain_text(timed.question.prompt)[:80] or f"Question {number}",
                "rewind_time": clock(rewind) if rewind is not None else "",
                "require_correct": timed.require_correct,
                "q": q,
            })
            keys.append({"tq": timed.id, "time": round(timed.time, 3), "requireCorrect": timed.require_correct,
                         "rewindTo": rewind, "question": question_key(timed.question)})
        if not self.interactive:
            return views, ""
        # ``answers``: where each first answer is reported (the section: runtimes find the
        # question there); ``id``: the set scored once every question has an answer.
        key = {"id": video_questions.question_set_id(block), "answers": f"{block.id}-timed",
               "media": media_id, "questions": keys}
        return views, script_json(key)

    def audio(self, block: AudioBlock) -> dict[str, Any]:
        view = self._media_common(block, self.t["audio"])
        view["cue_json"] = self.cue_data(view)
        return view

    def image(self, block: ImageBlock) -> dict[str, Any]:
        asset = self.course.media.get(block.asset)
        if not block.decorative and not block.alt.strip():
            name = asset.filename if asset else block.id
            self.warnings.append(f"image {name!r} has no alt text and is not marked decorative")
        return {
            "dom": block.id,
            "src": self._src(block.asset),
            "alt": "" if block.decorative else (block.alt or block.caption or self.t["image"]),
            "width": asset.width if asset and asset.width else 0,
            "height": asset.height if asset and asset.height else 0,
            "caption": block.caption,
            "narration": _paragraphs(block.narration),
            "narration_src": self._src(block.narration_audio),
        }

    def attachment(self, block: AttachmentBlock) -> dict[str, Any]:
        asset = self.course.media.get(block.asset)
        src = self._src(block.asset)
        ext = (asset.ext.lstrip(".").upper() if asset else "") or "file"
        view = {
            "dom": block.id,
            "src": src or "#",
            "title": block.title or (asset.filename if asset else self.t["download"]),
            "filename": asset.filename if asset else "",
            "info": f"{ext}, {human_size(asset.size)}" if asset else self.t["missing_file"],
            "description": block.description,
        }
        if self.book:  # shown in the page (an image, a short text) or named as left out
            view["image"] = src if asset is not None and asset.is_image else ""
            view["text"] = self.prepared.texts.get(block.asset or "", "")
            view["left_out"] = "" if asset is None or view["image"] or view["text"] else (
                self.t["file_not_in_book"].format(name=asset.filename, size=human_size(asset.size))
            )
        return view

    def link(self, block: LinkBlock) -> dict[str, Any]:
        url = block.url.strip()
        safe = bool(url) and is_safe_url(url) and not url.startswith("asset:")
        return {
            "dom": block.id,
            "url": url if safe else "",
            "title": block.title or url or self.t["link"],
            "description": block.description,
        }

    def discussion(self, block: DiscussionBlock) -> dict[str, Any]:
        note = (
            self.t["discuss_forum"]
            if self.target != "cc"
            else self.t["discuss_reply"]
        )
        return {
            "dom": block.id,
            "title": block.title or self.t["discussion"],
            "prompt": self.rich(block.prompt),
            "note": note,
        }

    def text(self, block: TextBlock) -> dict[str, Any]:
        return {"dom": block.id, "html": self.rich(block.html)}

    def quiz(self, block: QuizBlock, static: bool) -> dict[str, Any]:
        quiz = block.quiz
        questions = []
        for number, q in enumerate(quiz.questions, start=1):
            view = question_view(block.id, number, q, self.rewrite, self.t)
            view["points_label"] = self.points_label(q.points)
            questions.append(view)
        t = self.t
        meta = [t["quiz_questions"].format(n=len(quiz.questions))]
        if quiz.draw and quiz.draw < len(quiz.questions):
            meta = [t["quiz_drawn"].format(draw=quiz.draw, n=len(quiz.questions))]
        meta.append(t["quiz_passing"].format(score=f"{quiz.passing_score:g}"))
        if not static:
            meta.append(t["quiz_unlimited"] if quiz.attempts == 0
                        else t["quiz_attempts"].format(n=quiz.attempts))
        return {
            "id": block.id,
            "dom": block.id,
            "title": quiz.title or t["quiz"],
            "instructions": self.rich(quiz.instructions) if quiz.instructions else "",
            "meta": " · ".join(meta),
            "questions": questions,
            "static": static,
            "answer_key_href": "",
        }

    def view(self, block: Block, static_quiz: bool) -> dict[str, Any]:
        if isinstance(block, QuizBlock):
            data = self.quiz(block, static_quiz)
        else:
            method = getattr(self, block.KIND)
            data = method(block)
        data["kind"] = block.KIND
        data.setdefault("id", block.id)
        return data

