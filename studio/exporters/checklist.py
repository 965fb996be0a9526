"""The publish checklist: everything between the course and a good publish on one LMS.

One list for the window's Publish checklist panel, ``studio info`` and ``studio
validate PROJECT``: every problem of ``validate_course`` (images without alt text,
videos without captions or with unreviewed captions, empty lessons, questions without
a right answer, links that are not http/https/mailto, missing licence or language...)
plus what depends on the target: captions outside the caption profile, links inside
pages to lessons that do not exist, and a package bigger than the LMS's usual upload
limit. Each item names the module, lesson or block it concerns (``item``) so the
window can jump to it, and a ``fix`` where the fix needs no choice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from studio.model import AudioBlock, Course, TextBlock, VideoBlock
from studio.phrases import Place, phrase
from studio.validate import (
    COURSE,
    Problem,
    block_place,
    lesson_place,
    module_place,
    track_place,
    validate_course,
)

# What the window's fix buttons do (the CLI prints them as advice).
FIXES = {
    "add_lesson": "add a lesson to the module",
    "delete_lesson": "delete the empty lesson",
    "reflow_track": "re-flow the captions to the profile",
}
# Upload limits the LMSs ship with (an administrator may raise them), in MB.
UPLOAD_LIMIT_MB = {
    "moodle": 100, "canvas": 500, "blackboard": 250, "brightspace": 250, "openedx": 100,
    "generic": 100,
}
_HREF = re.compile(r"""href=["']([^"']+)["']""")


@dataclass
class Checklist:
    preset: str
    problems: list[Problem]
    size: int  # estimated package bytes

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error")

    def lines(self) -> list[str]:
        """What ``studio info`` and ``studio validate`` print, one line per item."""
        out = [str(p) + (f" (fix: {FIXES[p.fix]})" if p.fix in FIXES else "")
               for p in self.problems]
        return out or ["No problems found."]


def estimate_size(course: Course, no_video: bool = False) -> int:
    """Bytes a package will roughly take: the media it uses plus pages and player."""
    from studio.project import referenced_assets

    total = 0
    for asset_id in referenced_assets(course):
        asset = course.media.get(asset_id)
        if asset is None or (no_video and asset.mime.startswith("video/")):
            continue
        total += asset.size
    lessons = sum(1 for _ in course.lessons())
    return total + 150_000 + 12_000 * lessons  # player, styles, one page per lesson


def _lesson_place(m: int, module: str, n: int, lesson: str) -> Place:
    return module_place(m, module), lesson_place(n, lesson)


def _caption_profile_problems(course: Course, profile: str) -> list[Problem]:
    from studio.captions.profiles import get_profile
    from studio.captions.quality import check_cues

    rules = get_profile(profile)
    out = []
    for m, module in enumerate(course.modules, 1):
        for n, lesson in enumerate(module.lessons, 1):
            for b, block in enumerate(lesson.blocks, 1):
                if not isinstance(block, VideoBlock | AudioBlock):
                    continue
                for t, track in enumerate(block.tracks, 1):
                    issues = check_cues(track.cues, rules)
                    if issues:
                        where = (*_lesson_place(m, module.title, n, lesson.title),
                                 block_place(b, block.KIND), track_place(t, track.language))
                        out.append(Problem.of("warning", where, phrase(
                            "{count} caption(s) outside the {profile} profile (first: caption "
                            "{first}, {detail})", count=len(issues), profile=rules.name,
                            first=issues[0].index + 1, detail=issues[0].said),
                            block.id, "reflow_track"))
    return out


def _page_link_problems(course: Course) -> list[Problem]:
    """Links inside pages that lead nowhere once packaged: relative addresses (left by an
    imported page) and schemes a learner's browser will not open."""
    out = []
    for m, module in enumerate(course.modules, 1):
        for n, lesson in enumerate(module.lessons, 1):
            for b, block in enumerate(lesson.blocks, 1):
                if not isinstance(block, TextBlock):
                    continue
                for href in _HREF.findall(block.html):
                    if href.startswith("#") or re.match(r"^(https?:|mailto:)", href):
                        continue
                    where = (*_lesson_place(m, module.title, n, lesson.title),
                             block_place(b, block.KIND))
                    out.append(Problem.of("error", where, phrase(
                        "the link {href!r} leads nowhere in a package: link to a web address "
                        "(https://...)", href=href), block.id))
    return out


def publish_checklist(course: Course, media_dir: Path | None, preset: str = "generic",
                      profile: str = "netflix") -> Checklist:
    """Every item to look at before publishing ``course`` for the LMS ``preset``."""
    problems = validate_course(course, media_dir)
    problems += _caption_profile_problems(course, profile)
    problems += _page_link_problems(course)
    if not course.description.strip():
        problems.append(Problem.of("warning", COURSE, phrase(
            "the course has no description: LMS catalogues and the package's metadata show it")))
    size = estimate_size(course)
    limit = UPLOAD_LIMIT_MB.get(preset, UPLOAD_LIMIT_MB["generic"])
    if size > limit * 1024**2:
        problems.append(Problem.of("warning", (phrase("package"),), phrase(
            "about {size:.0f} MB, over the {limit} MB upload limit {lms} usually has: export "
            "the EPUB with low video quality, or split the course",
            size=size / 1024**2, limit=limit, lms=preset)))
    return Checklist(preset, problems, size)
