"""IMS Common Cartridge 1.1 / 1.2 / 1.3 export, with quizzes as QTI 1.2.1 assessments.

What goes where (resource types spelled exactly as the chosen version's profile):

- each lesson page (the shared renderer's HTML, target ``cc``: no SCORM runtime,
  no course menu) -> ``webcontent`` with ``href`` = the page; it depends on the
  player files (``RES-site``) and on the media it shows;
- each media file and attachment -> its own ``webcontent`` (attachments are also
  items in the lesson, so the LMS lists them as files);
- links -> ``imswl_xmlv1pN`` (``links/<id>.xml``), discussion prompts ->
  ``imsdt_xmlv1pN`` topics (``discussions/<id>.xml``);
- quizzes -> ``imsqti_xmlv1p2/imscc_xmlv1pN/assessment`` (``quizzes/<id>/
  assessment_qti.xml``); with ``canvas_extension`` also Canvas' full-fidelity
  QTI in ``non_cc_assessments/<id>.xml.qti`` plus ``assessment_meta.xml`` in an
  ``associatedcontent`` resource the assessment depends on (Canvas' own layout).

Quizzes are LMS quizzes here, so the lesson page shows a pointer to the quiz
instead of the quiz itself (which would also put its answers in the page).
Organization: root > module > lesson > (page, attachments, links, topics,
quizzes). Every file in the zip is listed in a resource.
"""

from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

from studio.errors import ExportError
from studio.exporters.base import ExporterSpec, ExportOptions, ExportReport, option
from studio.exporters.cc.manifest import (
    VERSIONS,
    WEBCONTENT,
    CCVersion,
    OrgItem,
    Resource,
    manifest_xml,
    topic_xml,
    weblink_xml,
)
from studio.exporters.embed import EMBED_PATH, embedded_project
from studio.exporters.package import PackageWriter
from studio.exporters.presets import LMS_TITLES
from studio.exporters.qti.convert import QtiPolicy
from studio.exporters.qti.qti12 import quiz_assets, quiz_files, quiz_with_media
from studio.jobs import Progress
from studio.model import (
    AttachmentBlock,
    Course,
    DiscussionBlock,
    LinkBlock,
    QuizBlock,
    TextBlock,
)
from studio.model.serialize import clone
from studio.sanitize import is_safe_url, sanitize_html

MANIFEST = "imsmanifest.xml"
_UNSAFE_ID = re.compile(r"[^A-Za-z0-9_.-]")
SITE_RESOURCE = "RES-site"
NON_CC_FOLDER = "non_cc_assessments"


@dataclass
class CommonCartridgeOptions(ExportOptions):
    numeric: str = option(
        "fib",
        "numeric questions (not in the CC QTI profile): 'fib' = fill-in-the-blank listing "
        "every accepted answer, 'drop' = leave out",
        label="Numeric questions:",
        choices={"fib": "as fill-in-the-blank with every accepted value",
                 "drop": "leave them out"},
    )
    matching: str = option(
        "split",
        "matching questions: 'split' = one multiple-choice question per prompt, 'drop'",
        label="Matching questions:",
        choices={"split": "as one multiple-choice question per prompt",
                 "drop": "leave them out"},
    )
    ordering: str = option(
        "choice",
        "ordering questions: 'choice' = one multiple-choice 'which order is right?', 'drop'",
        label="Ordering questions:",
        choices={"choice": "as one multiple-choice question “Which order is right?”",
                 "drop": "leave them out"},
    )
    canvas_extension: bool = option(
        False,
        "also write every quiz in Canvas' own QTI (non_cc_assessments/, Canvas' export "
        "layout); Canvas' CC import reads the CC quiz, so use the qti12 export to keep "
        "numeric, matching and ordering questions as Canvas types",
        label="Also write every quiz in Canvas' own format (read by Canvas only)",
    )
    lms: str = option(
        "generic",
        "the LMS the package is for (moodle, canvas, blackboard, brightspace, openedx, generic): "
        "the report lists what it will drop",
        label="The package is for:",
        choices=LMS_TITLES,
    )

    def policy(self) -> QtiPolicy:
        for name, allowed in (("numeric", ("fib", "drop")), ("matching", ("split", "drop")),
                              ("ordering", ("choice", "drop"))):
            if getattr(self, name) not in allowed:
                raise ExportError(
                    f"unknown value {getattr(self, name)!r} for the option {name}",
                    hint=f"use one of: {', '.join(allowed)}.",
                )
        return QtiPolicy(numeric=self.numeric, matching=self.matching,  # type: ignore[arg-type]
                         ordering=self.ordering)  # type: ignore[arg-type]


def quiz_pointer(block: QuizBlock, lang: str = "en") -> TextBlock:
    """What the lesson page shows where the quiz was: where to take it (in ``lang``)."""
    from studio.exporters.render.strings import learner_strings

    t = learner_strings(lang)
    quiz = block.quiz
    n = quiz.asked_count
    attempts = ((t["attempt_one"] if quiz.attempts == 1 else t["attempts_n"].format(
        n=quiz.attempts)) if quiz.attempts else t["attempts_any"])
    title = t["quiz_pointer_title"].format(quiz=t["quiz"], title=quiz.title or t["quiz"])
    take = t["quiz_pointer_take"].format(
        questions=t["question_one"] if n == 1 else t["questions_n"].format(n=n),
        attempts=attempts,
        score=f"{quiz.passing_score:g}")
    text = (f"<p><strong>{escape(title)}</strong></p>{sanitize_html(quiz.instructions)}"
            f"<p>{escape(take)}</p>")
    return TextBlock(html=text, id=block.id)


def page_course(course: Course) -> Course:
    """A copy of the course for the lesson pages, quizzes replaced by pointers."""
    copy = clone(course)
    for module in copy.modules:
        for lesson in module.lessons:
            lesson.blocks = [
                quiz_pointer(b, course.language) if isinstance(b, QuizBlock) else b for b in lesson.blocks
            ]
    return copy


_REF_ATTR = re.compile(rb'\s(?:src|href|poster)="([^"]*)"')


def local_refs(page: str, data: bytes) -> list[str]:
    """Package paths a page points at (src, href, poster, track), in document order.

    The pages are Studio's own renderer output (attributes always double-quoted), so a
    scan of the attributes is exact and far cheaper than parsing 2,000 pages again.
    """
    base = posixpath.dirname(page)
    found: dict[str, None] = {}
    for match in _REF_ATTR.finditer(data):
        value = html.unescape(match.group(1).decode("utf-8"))
        if not value or ":" in value.split("/")[0] or value.startswith(("#", "/")):
            continue
        path = posixpath.normpath(posixpath.join(base, value.split("#")[0].split("?")[0]))
        if path:
            found.setdefault(path, None)
    return list(found)


def _ident(prefix: str, raw: str) -> str:
    """An XML ID (NCName) from a Studio id: imported ids may carry any character."""
    return f"{prefix}-{_UNSAFE_ID.sub('_', raw)}"


class _Builder:
    def __init__(self, course: Course, v: CCVersion, options: CommonCartridgeOptions) -> None:
        self.course = course
        self.v = v
        self.options = options
        self.policy = options.policy()
        self.files: dict[str, bytes | Path] = {}
        self.resources: list[Resource] = []
        self.notes: list[str] = []
        self.media_resource: dict[str, str] = {}  # package path -> resource id
        self._used: set[str] = set()

    def unique(self, ident: str) -> str:
        """``ident``, or ``ident-2``, ``-3``... if a duplicated block id already took it."""
        candidate, n = ident, 1
        while candidate in self._used:
            n += 1
            candidate = f"{ident}-{n}"
        self._used.add(candidate)
        return candidate

    def add_site(self, site_files: dict[str, bytes | Path], media_map: dict[str, str]) -> None:
        self.files.update(site_files)
        for n, path in enumerate(sorted(set(media_map.values())), start=1):
            rid = f"RES-media-{n}"
            self.media_resource[path] = rid
            self.resources.append(Resource(rid, WEBCONTENT, path, [path]))

    def page_resource(self, lesson_id: str, page: str, refs: list[str],
                      used_once: set[str]) -> str:  # fmt: skip
        own = [page] + [r for r in refs if r in used_once and r in self.files]
        deps = [SITE_RESOURCE] + [self.media_resource[r] for r in refs if r in self.media_resource]
        rid = self.unique(_ident("RES", lesson_id))
        self.resources.append(Resource(rid, WEBCONTENT, page, own, deps))
        return rid

    def link(self, block: LinkBlock) -> str | None:
        url = block.url.strip()
        if not url or not is_safe_url(url) or url.startswith("asset:"):
            self.notes.append(f"link {block.title or block.id!r}: no usable URL, left out")
            return None
        rid = self.unique(_ident("RES", block.id))
        path = f"links/{rid[4:]}.xml"
        self.files[path] = weblink_xml(self.v, block.title or url, url)
        self.resources.append(Resource(rid, self.v.weblink, None, [path]))
        return rid

    def discussion(self, block: DiscussionBlock, media_map: dict[str, str]) -> str:
        from studio.exporters.render.media_map import rewrite_asset_refs

        rid = self.unique(_ident("RES", block.id))
        path = f"discussions/{rid[4:]}.xml"
        prompt = rewrite_asset_refs(sanitize_html(block.prompt), media_map, "$IMS-CC-FILEBASE$/")
        self.files[path] = topic_xml(self.v, block.title or "Discussion", prompt)
        deps = sorted({self.media_resource[p] for p in media_map.values()
                       if p in self.media_resource and p in prompt})
        self.resources.append(Resource(rid, self.v.discussion, None, [path], deps))
        return rid

    def quiz(self, block: QuizBlock, media_map: dict[str, str]) -> str:
        ident = self.unique(_ident("RES", block.id))
        quiz = quiz_with_media(block.quiz, media_map, "$IMS-CC-FILEBASE$/")
        qf = quiz_files(quiz, ident, version=self.v.name, policy=self.policy,
                        canvas=self.options.canvas_extension)
        self.notes.extend(qf.notes)
        path = f"quizzes/{ident[4:]}/assessment_qti.xml"
        self.files[path] = qf.cc_xml
        deps = sorted({self.media_resource[media_map[a]] for a in quiz_assets(block.quiz)
                       if media_map.get(a) in self.media_resource})
        if qf.canvas_xml is not None and qf.canvas_meta is not None:
            meta = f"quizzes/{ident[4:]}/assessment_meta.xml"
            extension = f"{NON_CC_FOLDER}/{ident}.xml.qti"
            self.files[meta] = qf.canvas_meta
            self.files[extension] = qf.canvas_xml
            canvas_id = self.unique(f"{ident}-canvas")
            deps.append(canvas_id)
            self.resources.append(
                Resource(canvas_id, self.v.associated, meta, [meta, extension]))
        self.resources.append(Resource(ident, self.v.assessment, None, [path], deps))
        return ident


def build_cartridge(
    course: Course, media_dir: Path, v: CCVersion, options: CommonCartridgeOptions,
    progress: Progress,
) -> tuple[dict[str, bytes | Path], list[str], list[str]]:
    """(package files, report warnings, conversion notes) of the cartridge."""
    from studio.exporters.render import RenderOptions, render_site

    b = _Builder(course, v, options)
    site = render_site(page_course(course), media_dir, RenderOptions(target="cc", nav=False, pager=False,
                                                               chrome=False),
                       progress.sub(0.0, 0.5))
    b.add_site(site.files, site.media_map)
    # Files used by exactly one page travel with it; the rest sit in RES-site.
    use_count: dict[str, int] = {}
    page_refs: dict[str, list[str]] = {}
    for page in site.lesson_pages.values():
        data = site.files[page]
        page_refs[page] = local_refs(page, data if isinstance(data, bytes) else data.read_bytes())
        for ref in page_refs[page]:
            use_count[ref] = use_count.get(ref, 0) + 1
    used_once = {r for r, c in use_count.items() if c == 1 and r not in b.media_resource
                 and r not in site.lesson_pages.values()}
    modules: list[OrgItem] = []
    # "About this course" first: LMSs make each top-level item a section, counting from 0
    # (Moodle's "General"), so module 1 lands in section 1.
    about_id = b.unique("RES-about")
    b.resources.append(Resource(about_id, WEBCONTENT, site.index, [site.index], [SITE_RESOURCE]))
    about = OrgItem(b.unique("ITEM-about"), "About this course")
    about.children.append(OrgItem(b.unique("ITEM-about-page"), "About this course", about_id))
    modules.append(about)
    for module in course.modules:
        m_item = OrgItem(b.unique(_ident("ITEM", module.id)), module.title or "Module")
        for lesson in module.lessons:
            progress.check()
            l_item = OrgItem(b.unique(_ident("ITEM", lesson.id)), lesson.title or "Lesson")
            lesson_page = site.lesson_pages.get(lesson.id)
            if lesson_page is not None:
                rid = b.page_resource(lesson.id, lesson_page, page_refs[lesson_page], used_once)
                l_item.children.append(OrgItem(b.unique(_ident("ITEM", f"{lesson.id}-page")),
                                               lesson.title or "Lesson", rid))
            for block in lesson.blocks:
                rid_or_none: str | None = None
                title = ""
                if isinstance(block, AttachmentBlock):
                    asset = course.media.get(block.asset)
                    path = site.media_map.get(block.asset)
                    if path is not None:
                        rid_or_none = b.media_resource[path]
                    title = block.title or (asset.filename if asset else "Attachment")
                elif isinstance(block, LinkBlock):
                    rid_or_none, title = b.link(block), block.title or block.url
                elif isinstance(block, DiscussionBlock):
                    rid_or_none = b.discussion(block, site.media_map)
                    title = block.title or "Discussion"
                elif isinstance(block, QuizBlock):
                    rid_or_none, title = b.quiz(block, site.media_map), block.quiz.title or "Quiz"
                if rid_or_none is not None:
                    l_item.children.append(
                        OrgItem(b.unique(_ident("ITEM", block.id)), title, rid_or_none))
            m_item.children.append(l_item)
        modules.append(m_item)
    if options.embed_project:
        b.files[EMBED_PATH] = embedded_project(course, site.media_map)
    listed = {f for r in b.resources for f in r.files}
    rest = sorted(name for name in b.files if name not in listed)
    b.resources.insert(0, Resource(SITE_RESOURCE, WEBCONTENT, None, rest))
    b.files[MANIFEST] = manifest_xml(course, v, _ident("MANIFEST", course.id), modules,
                                     b.resources)
    return b.files, list(site.warnings), b.notes


def export_cartridge(
    version: str, course: Course, media_dir: Path, out_path: Path,
    options: CommonCartridgeOptions, progress: Progress,
) -> ExportReport:
    v = VERSIONS[version]
    files, warnings, notes = build_cartridge(course, media_dir, v, options, progress.sub(0, 0.6))
    writer = PackageWriter(out_path, first=(MANIFEST,), keep_photo_metadata=options.keep_photo_metadata)
    for name, content in files.items():
        if isinstance(content, Path):
            writer.add_file(name, content)
        else:
            writer.add_bytes(name, content)
    size = writer.write(progress.sub(0.6, 1.0))
    report = ExportReport(path=Path(out_path), format=f"cc{version.replace('.', '')}",
                          size=size, files=len(files), warnings=warnings)
    report.dropped.extend(notes)
    report.dropped.extend(lms_drops(options.lms, version))
    report.warnings.extend(report.size_warnings())
    progress.update(1.0, "Common Cartridge written")
    return report


def lms_drops(lms: str, version: str) -> list[str]:
    """What the named LMS drops or changes on import (from the presets)."""
    from studio.exporters.presets import PRESETS

    # The cartridge preset of that LMS (Moodle's own preset is its course backup).
    preset = next((p for p in PRESETS.values()
                   if p.format.startswith("cc") and p.options.get("lms") == lms), None)
    if preset is None:
        return []
    notes = [f"{lms}: {d}" for d in preset.drops]
    if lms == "moodle" and version != "1.1":
        notes.insert(0, f"moodle: Moodle imports Common Cartridge 1.0 and 1.1 only, not {version}")
    return notes


def _make(version: str):  # type: ignore[no-untyped-def]
    def export(
        course: Course, media_dir: Path, out_path: Path, options: CommonCartridgeOptions,
        progress: Progress,
    ) -> ExportReport:
        return export_cartridge(version, course, media_dir, out_path, options, progress)

    return export


SPECS = {
    f"cc1{minor}": ExporterSpec(
        name=f"cc1{minor}",
        extension=".imscc",
        description=f"IMS Common Cartridge 1.{minor} with QTI quizzes"
        + (" (widest reach: Moodle, Canvas, Blackboard, Sakai)" if minor == "1" else ""),
        options_type=CommonCartridgeOptions,
        export=_make(f"1.{minor}"),
        label=f"Common Cartridge 1.{minor}",
    )
    for minor in ("1", "2", "3")
}
