"""Moodle course backup (.mbz): the course as Moodle 4.1+ restores it, nothing lost.

What the restore creates:

- section 0 holds the course introduction (description, authors, licence); one
  section per module after it, in order, named by the module with its description;
- one Page per lesson (the shared renderer's lesson, without the player's chrome),
  its images, video, audio, caption and chapter tracks in the page's own file area;
- attachments as File resources, links as URL activities, discussions as Forums;
- each quiz as a Quiz: instructions, attempts, grade to pass, shuffling, deferred
  feedback, review options that show marks and feedback after the attempt, every
  question in its native type (``question_data``) with its points as marks; a
  "draw N" quiz as N random questions from the quiz's own category.

Files carry the course's licence and authors; caption files say in their source
whether the captions were reviewed. The archive is a zip (Moodle reads zip and
tar.gz backups) with fixed timestamps: same course, same bytes.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import posixpath
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from studio.exporters.base import ExporterSpec, ExportOptions, ExportReport
from studio.exporters.cc.cartridge import page_course
from studio.exporters.embed import EMBED_PATH, embedded_project
from studio.exporters.image_metadata import IMAGE_SUFFIXES, strip_metadata
from studio.exporters.ims import licence
from studio.exporters.moodle import backup_xml as bx
from studio.exporters.moodle.question_data import moodle_question
from studio.exporters.moodle.questions_xml import BankQuestion, Category, questions_xml
from studio.exporters.package import PackageWriter
from studio.exporters.render.media_map import rewrite_asset_refs
from studio.exporters.xml import element, sub
from studio.jobs import Progress
from studio.model import (
    AttachmentBlock,
    Course,
    DiscussionBlock,
    LinkBlock,
    QuizBlock,
)
from studio.sanitize import is_safe_url, sanitize_html

COURSE_CONTEXT = 2
MOODLE_VERSION = "2022112810"  # 4.1.10: restores into 4.1 and every later release
BACKUP_VERSION = "2022112800"
# mod_quiz display options: when a learner may review an attempt.
IMMEDIATELY_AFTER, LATER_WHILE_OPEN, AFTER_CLOSE = 0x1000, 0x100, 0x10
AFTER_ATTEMPT = IMMEDIATELY_AFTER | LATER_WHILE_OPEN | AFTER_CLOSE
MOODLE_LICENCES = {
    "CC-BY-4.0": "cc-4.0", "CC-BY-SA-4.0": "cc-sa-4.0", "CC-BY-ND-4.0": "cc-nd-4.0",
    "CC-BY-NC-4.0": "cc-nc-4.0", "CC-BY-NC-SA-4.0": "cc-nc-sa-4.0",
    "CC-BY-NC-ND-4.0": "cc-nc-nd-4.0", "CC0-1.0": "public", "all-rights-reserved":
    "allrightsreserved",
}
PLUGINFILE = "@@PLUGINFILE@@/"


@dataclass
class MoodleBackupOptions(ExportOptions):
    """The backup always carries the whole course; no format-specific options yet."""


@dataclass
class _File:
    id: int
    sha1: str
    contextid: int
    component: str
    filearea: str
    itemid: int
    path: str  # "/dir/" + name
    size: int
    mime: str
    source: str | None = None


@dataclass
class _Activity:
    cmid: int
    modname: str
    instance: int
    title: str
    section: int  # section number
    files: list[int] = field(default_factory=list)
    body: bytes = b""
    grade: tuple[int, str, str, int, float, float, int] | None = None

    @property
    def contextid(self) -> int:
        return 100 + self.cmid

    @property
    def folder(self) -> str:
        return f"activities/{self.modname}_{self.cmid}"


def _sha1(content: bytes | Path) -> tuple[str, int]:
    h = hashlib.sha1(usedforsecurity=False)
    if isinstance(content, bytes):
        h.update(content)
        return h.hexdigest(), len(content)
    size = 0
    with open(content, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


class _Backup:
    def __init__(self, course: Course, media_dir: Path, timestamp: int,
                 keep_photo_metadata: bool = False) -> None:  # fmt: skip
        self.course = course
        self.keep_photo_metadata = keep_photo_metadata
        self.blobs: dict[Path, str] = {}  # a course media file -> where the backup stores it
        self.media_dir = media_dir
        self.t = timestamp
        self.out: dict[str, bytes | Path] = {}
        self.files: list[_File] = []
        self.activities: list[_Activity] = []
        self.instances: dict[str, int] = {}
        self.categories: list[Category] = [Category(1, "top", "", 0)]
        self.question_id = 0
        self.notes: list[str] = []
        lic = licence(course.license)
        self.licence = MOODLE_LICENCES.get(course.license, "unknown")
        self.author = ", ".join(course.authors) or None
        self.licence_text = lic.name

    # ---------------------------------------------------------------- files

    def add_file(self, content: bytes | Path, contextid: int, component: str, area: str,
                 itemid: int, path: str, source: str | None = None) -> int:
        if isinstance(content, Path) and not self.keep_photo_metadata and (
                content.suffix.lower() in IMAGE_SUFFIXES):
            # Stripped before hashing: Moodle checks each file against its content hash.
            content = strip_metadata(content.read_bytes(), content.suffix)
        original = content
        sha1, size = _sha1(content)
        blob = f"files/{sha1[:2]}/{sha1}"
        self.out.setdefault(blob, content)
        if isinstance(original, Path):
            self.blobs[original] = blob
        name = posixpath.basename(path)
        folder = posixpath.dirname("/" + path.lstrip("/")).rstrip("/") + "/"
        mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
        if name.endswith(".vtt"):
            mime = "text/vtt"
        f = _File(len(self.files) + 1, sha1, contextid, component, area, itemid,
                  folder + name, size, mime, source)
        self.files.append(f)
        return f.id

    def html_with_files(self, html: str, files: dict[str, bytes | Path], contextid: int,
                        component: str, area: str, itemid: int, base: str = "") -> tuple[str, list[int]]:
        """``html`` with its local references pointing at the area's own files
        (``@@PLUGINFILE@@/...``), and the ids of the files added for it."""
        if not html.strip():
            return html, []
        wrapper = lxml_html.fragment_fromstring(html, create_parent="div")
        ids: list[int] = []
        done: dict[str, str] = {}
        for el in wrapper.iter():
            if not isinstance(el.tag, str):
                continue
            for attr in ("src", "href", "poster"):
                value = el.get(attr)
                if not value or value.startswith(("#", "/", PLUGINFILE)) or ":" in value.split("/")[0]:
                    continue
                path = posixpath.normpath(posixpath.join(base, value.split("#")[0]))
                if path not in files:
                    continue
                if path not in done:
                    ids.append(self.add_file(files[path], contextid, component, area, itemid,
                                             path, self.source_of(path)))
                    done[path] = PLUGINFILE + path
                el.set(attr, done[path])
        inner = (escape(wrapper.text or "", quote=False)
                 + "".join(etree.tostring(c, encoding="unicode", method="html") for c in wrapper))
        return inner, ids

    def source_of(self, path: str) -> str | None:
        """Caption files say whether a person reviewed them (Moodle keeps ``source``)."""
        for _, _, block in self.course.blocks():
            for track in getattr(block, "tracks", []):
                if path.endswith(f"/{track.id}.vtt") or path.endswith(f"{track.id}.vtt"):
                    state = "reviewed" if track.reviewed else "auto-generated, not reviewed yet"
                    origin = f"; {track.source}" if track.source else ""
                    return f"Captions ({track.label or track.language}): {state}{origin}"
        return None

    # ---------------------------------------------------------------- activities

    def activity(self, modname: str, title: str, section: int) -> _Activity:
        self.instances[modname] = self.instances.get(modname, 0) + 1
        act = _Activity(len(self.activities) + 1, modname, self.instances[modname], title,
                        section)
        self.activities.append(act)
        return act

    def page(self, title: str, html: str, files: dict[str, bytes | Path], base: str,
             section: int) -> None:
        act = self.activity("page", title, section)
        content, act.files = self.html_with_files(html, files, act.contextid, "mod_page",
                                                  "content", 0, base)
        root = bx.activity_root(act.instance, act.cmid, "page", act.contextid)
        page = sub(root, "page", id=str(act.instance))
        bx.fields(page, name=title, intro="", introformat=1, content=content,
                  contentformat=1, legacyfiles=0, legacyfileslast=None, display=5,
                  displayoptions='a:2:{s:12:"printheading";s:1:"1";s:10:"printintro";s:1:"0";}',
                  revision=1, timemodified=self.t)
        act.body = bx.doc(root)

    def resource(self, block: AttachmentBlock, files: dict[str, bytes | Path],
                 media_map: dict[str, str], section: int) -> None:
        asset = self.course.media.get(block.asset)
        path = media_map.get(block.asset)
        if asset is None or path is None or path not in files:
            self.notes.append(f"attachment {block.title or block.id!r}: its file is missing, left out")
            return
        act = self.activity("resource", block.title or asset.filename, section)
        act.files = [self.add_file(files[path], act.contextid, "mod_resource", "content", 0,
                                   asset.filename)]
        root = bx.activity_root(act.instance, act.cmid, "resource", act.contextid)
        res = sub(root, "resource", id=str(act.instance))
        bx.fields(res, name=act.title, intro=escape(block.description) if block.description else "",
                  introformat=1, tobemigrated=0, legacyfiles=0, legacyfileslast=None, display=0,
                  displayoptions='a:1:{s:10:"printintro";i:1;}', filterfiles=0, revision=1,
                  timemodified=self.t)
        act.body = bx.doc(root)

    def url(self, block: LinkBlock, section: int) -> None:
        url = block.url.strip()
        if not url or not is_safe_url(url) or url.startswith("asset:"):
            self.notes.append(f"link {block.title or block.id!r}: no usable URL, left out")
            return
        act = self.activity("url", block.title or url, section)
        root = bx.activity_root(act.instance, act.cmid, "url", act.contextid)
        el = sub(root, "url", id=str(act.instance))
        bx.fields(el, name=act.title,
                  intro=f"<p>{escape(block.description)}</p>" if block.description else "",
                  introformat=1, externalurl=url, display=0,
                  displayoptions='a:1:{s:10:"printintro";i:1;}', parameters="a:0:{}",
                  timemodified=self.t)
        act.body = bx.doc(root)

    def forum(self, block: DiscussionBlock, files: dict[str, bytes | Path],
              media_map: dict[str, str], section: int) -> None:
        act = self.activity("forum", block.title or "Discussion", section)
        prompt = rewrite_asset_refs(sanitize_html(block.prompt), media_map)
        intro, act.files = self.html_with_files(prompt, files, act.contextid, "mod_forum",
                                                "intro", 0)
        root = bx.activity_root(act.instance, act.cmid, "forum", act.contextid)
        el = sub(root, "forum", id=str(act.instance))
        bx.fields(el, type="general", name=act.title, intro=intro, introformat=1, duedate=0,
                  cutoffdate=0, assessed=0, assesstimestart=0, assesstimefinish=0, scale=0,
                  maxbytes=0, maxattachments=1, forcesubscribe=0, trackingtype=1, rsstype=0,
                  rssarticles=0, timemodified=self.t, warnafter=0, blockafter=0,
                  blockperiod=0, completiondiscussions=0, completionreplies=0,
                  completionposts=0, displaywordcount=0, lockdiscussionafter=0, grade_forum=0)
        for name in ("discussions", "subscriptions", "digests", "readposts", "trackedprefs",
                     "poststags", "grades"):
            sub(el, name, "")
        act.body = bx.doc(root)

    def quiz(self, block: QuizBlock, files: dict[str, bytes | Path],
             media_map: dict[str, str], section: int) -> None:
        quiz = block.quiz
        act = self.activity("quiz", quiz.title or "Quiz", section)
        cat = Category(len(self.categories) + 1, f"Quiz: {act.title}"[:255],
                       f"Questions of the quiz '{act.title}' (Studio).", 1)
        self.categories.append(cat)
        for n, q in enumerate(quiz.questions, start=1):
            self.question_id += 1
            mq = moodle_question(n, q, quiz.shuffle_choices)
            if q.KIND == "ordering":
                self.notes.append(f"moodle: quiz {act.title!r}, question {n}: ordering becomes "
                                  "a 'drag and drop into text' question (Moodle 4.1 has no "
                                  "ordering type): learners drag the items into numbered gaps")
            text = rewrite_asset_refs(mq.text, media_map)
            mq.text, _ = self.html_with_files(text, files, COURSE_CONTEXT, "question",
                                              "questiontext", self.question_id)
            cat.questions.append(BankQuestion(self.question_id, mq))
        drawn = bool(quiz.draw) and quiz.draw < len(quiz.questions)
        slots: list[tuple[int | None, float]]
        if drawn:
            marks = {q.points for q in quiz.questions}
            mark = sum(q.points for q in quiz.questions) / len(quiz.questions)
            if len(marks) > 1:
                self.notes.append(f"quiz {act.title!r}: its pool mixes points; each random "
                                  f"question is worth {mark:g} marks in Moodle")
            slots = [(None, mark)] * quiz.draw
        else:
            slots = [(bq.id, bq.question.mark) for bq in cat.questions]
        sumgrades = sum(m for _, m in slots)
        grade = 100.0
        gradepass = round(quiz.passing_score * grade / 100.0, 5)
        root = bx.activity_root(act.instance, act.cmid, "quiz", act.contextid)
        el = sub(root, "quiz", id=str(act.instance))
        intro, act.files = self.html_with_files(
            rewrite_asset_refs(sanitize_html(quiz.instructions), media_map), files,
            act.contextid, "mod_quiz", "intro", 0)
        right_answer = AFTER_ATTEMPT if quiz.attempts == 1 else AFTER_CLOSE
        bx.fields(el, name=act.title, intro=intro, introformat=1, timeopen=0, timeclose=0,
                  timelimit=0, overduehandling="autosubmit", graceperiod=0,
                  preferredbehaviour="deferredfeedback", canredoquestions=0,
                  attempts_number=quiz.attempts, attemptonlast=0, grademethod=1,
                  decimalpoints=2, questiondecimalpoints=-1, reviewattempt=AFTER_ATTEMPT,
                  reviewcorrectness=AFTER_ATTEMPT, reviewmarks=AFTER_ATTEMPT,
                  reviewspecificfeedback=AFTER_ATTEMPT, reviewgeneralfeedback=AFTER_ATTEMPT,
                  reviewrightanswer=right_answer, reviewoverallfeedback=AFTER_ATTEMPT,
                  questionsperpage=0, navmethod="free", shuffleanswers=quiz.shuffle_choices,
                  sumgrades=f"{sumgrades:.5f}", grade=f"{grade:.5f}", timecreated=self.t,
                  timemodified=self.t, password="", subnet="", browsersecurity="-",
                  delay1=0, delay2=0, showuserpicture=0, showblocks=0,
                  completionattemptsexhausted=0, completionminattempts=0,
                  allowofflineattempts=0)
        sub(el, "subplugin_quizaccess_seb_quiz", "")
        instances = sub(el, "question_instances")
        for slot, (qid, mark) in enumerate(slots, start=1):
            inst = sub(instances, "question_instance", id=str(act.instance * 1000 + slot))
            bx.fields(inst, quizid=act.instance, slot=slot, page=1, requireprevious=0,
                      maxmark=float(mark))
            ref_id = str(act.instance * 1000 + slot)
            if qid is not None:
                ref = sub(inst, "question_reference", id=ref_id)
                bx.fields(ref, usingcontextid=act.contextid, component="mod_quiz",
                          questionarea="slot", questionbankentryid=qid, version=None)
            else:
                ref = sub(inst, "question_set_reference", id=ref_id)
                condition = {"questioncategoryid": str(cat.id), "includingsubcategories": "0"}
                bx.fields(ref, usingcontextid=act.contextid, component="mod_quiz",
                          questionarea="slot", questionscontextid=COURSE_CONTEXT,
                          filtercondition=json.dumps(condition))
        section_el = sub(sub(el, "sections"), "section", id=str(act.instance))
        bx.fields(section_el, firstslot=1, heading="", shufflequestions=quiz.shuffle_questions)
        fb = sub(sub(el, "feedbacks"), "feedback", id=str(act.instance))
        bx.fields(fb, feedbacktext="", feedbacktextformat=1, mingrade="0.00000",
                  maxgrade=f"{grade + 1:.5f}")
        for name in ("overrides", "grades", "attempts"):
            sub(el, name, "")
        act.body = bx.doc(root)
        act.grade = (act.cmid, act.title, "quiz", act.instance, grade, gradepass, act.cmid + 1)

    # ---------------------------------------------------------------- course

    def course_summary(self) -> str:
        c = self.course
        parts = []
        if c.description:
            parts.append(f"<p>{escape(c.description)}</p>")
        if c.authors:
            parts.append(f"<p>By {escape(', '.join(c.authors))}.</p>")
        parts.append(f"<p>Licence: {escape(self.licence_text)}.</p>")
        return "".join(parts)

    def write_structure(self, shortname: str) -> None:
        c = self.course
        t = self.t
        for name, content in bx.COMMON_ROOT.items():
            self.out[name] = content
        self.out["roles.xml"] = bx.roles_definition()
        self.out["gradebook.xml"] = bx.gradebook(t)
        for name, content in bx.COMMON_COURSE.items():
            self.out[f"course/{name}"] = content
        self.out["course/enrolments.xml"] = bx.enrolments()
        course_el = element("course", id="1", contextid=str(COURSE_CONTEXT))
        bx.fields(course_el, shortname=shortname, fullname=c.title, idnumber="",
                  summary=self.course_summary(), summaryformat=1, format="topics",
                  showgrades=1, newsitems=0, startdate=t, enddate=0, marker=0, maxbytes=0,
                  legacyfiles=0, showreports=0, visible=1, groupmode=0, groupmodeforce=0,
                  defaultgroupingid=0, lang="", theme="", timecreated=t, timemodified=t,
                  requested=0, showactivitydates=1, showcompletionconditions=1,
                  enablecompletion=0, completionnotify=0)
        cat = sub(course_el, "category", id="1")
        bx.fields(cat, name="Miscellaneous", description=None)
        sub(course_el, "tags", "")
        sub(course_el, "customfields", "")
        sub(course_el, "courseformatoptions", "")
        self.out["course/course.xml"] = bx.doc(course_el)
        self.out["course/inforef.xml"] = bx.inforef([], roles=True)
        for number, (title, summary) in enumerate(self.sections()):
            sequence = ",".join(str(a.cmid) for a in self.activities if a.section == number)
            sec = element("section", id=str(number + 1))
            bx.fields(sec, number=number, name=title, summary=summary, summaryformat=1,
                      sequence=sequence, visible=1, availabilityjson=None, timemodified=t)
            self.out[f"sections/section_{number + 1}/section.xml"] = bx.doc(sec)
            self.out[f"sections/section_{number + 1}/inforef.xml"] = bx.inforef([])
        for act in self.activities:
            self.out[f"{act.folder}/{act.modname}.xml"] = act.body
            self.out[f"{act.folder}/module.xml"] = bx.module_xml(
                act.cmid, act.modname, act.section + 1, act.section, t)
            cats = [cat.id for cat in self.categories] if act.modname == "quiz" else None
            self.out[f"{act.folder}/inforef.xml"] = bx.inforef(
                act.files, grade_items=[act.grade[0]] if act.grade else None,
                question_categories=cats)
            self.out[f"{act.folder}/grades.xml"] = bx.activity_grades(act.grade, t)
            for name, content in bx.COMMON_ACTIVITY.items():
                self.out[f"{act.folder}/{name}"] = content
        self.out["questions.xml"] = questions_xml(self.categories, COURSE_CONTEXT,
                                                  self.course.id, t)
        self.out["files.xml"] = self.files_xml()
        self.out["moodle_backup.xml"] = self.moodle_backup(shortname)

    def sections(self) -> list[tuple[str | None, str]]:
        out: list[tuple[str | None, str]] = [(None, self.course_summary())]
        for module in self.course.modules:
            summary = f"<p>{escape(module.description)}</p>" if module.description else ""
            out.append((module.title or "Module", summary))
        return out

    def files_xml(self) -> bytes:
        root = element("files")
        for f in self.files:
            el = sub(root, "file", id=str(f.id))
            bx.fields(el, contenthash=f.sha1, contextid=f.contextid, component=f.component,
                      filearea=f.filearea, itemid=f.itemid,
                      filepath=posixpath.dirname(f.path).rstrip("/") + "/",
                      filename=posixpath.basename(f.path), userid=None, filesize=f.size,
                      mimetype=f.mime, status=0, timecreated=self.t, timemodified=self.t,
                      source=f.source, author=self.author, license=self.licence, sortorder=0,
                      repositorytype=None, repositoryid=None, reference=None)
        return bx.doc(root)

    def moodle_backup(self, shortname: str) -> bytes:
        root = element("moodle_backup")
        info = sub(root, "information")
        name = f"{shortname.lower()}.mbz"
        bx.fields(info, name=name, moodle_version=MOODLE_VERSION,
                  moodle_release="4.1.10 (Build: 20240422)", backup_version=BACKUP_VERSION,
                  backup_release="4.1", backup_date=self.t, mnet_remoteusers=0,
                  include_files=1, include_file_references_to_external_content=0,
                  original_wwwroot="https://studio.invalid",
                  original_site_identifier_hash=hashlib.md5(
                      self.course.id.encode(), usedforsecurity=False).hexdigest(),
                  original_course_id=1, original_course_format="topics",
                  original_course_fullname=self.course.title,
                  original_course_shortname=shortname, original_course_startdate=self.t,
                  original_course_enddate=0, original_course_contextid=COURSE_CONTEXT,
                  original_system_contextid=1)
        detail = sub(sub(info, "details"), "detail",
                     backup_id=hashlib.md5(f"studio:{self.course.id}".encode(),
                                           usedforsecurity=False).hexdigest())
        bx.fields(detail, type="course", format="moodle2", interactive=1, mode=10,
                  execution=1, executiontime=0)
        contents = sub(info, "contents")
        acts = sub(contents, "activities")
        for act in self.activities:
            bx.fields(sub(acts, "activity"), moduleid=act.cmid, sectionid=act.section + 1,
                      modulename=act.modname, title=act.title, directory=act.folder)
        secs = sub(contents, "sections")
        for number, (title, _) in enumerate(self.sections()):
            bx.fields(sub(secs, "section"), sectionid=number + 1, title=title or number,
                      directory=f"sections/section_{number + 1}")
        bx.fields(sub(contents, "course"), courseid=1, title=shortname, directory="course")
        settings = sub(info, "settings")

        def setting(level: str, name: str, value: object, scope: str | None = None) -> None:
            s = sub(settings, "setting")
            bx.fields(s, level=level)
            if scope is not None:
                sub(s, level, scope)
            bx.fields(s, name=name, value=value)

        root_settings = {"filename": name, "imscc11": 0, "users": 0, "anonymize": 0,
                         "role_assignments": 0, "activities": 1, "blocks": 0, "files": 1,
                         "filters": 0, "comments": 0, "badges": 0, "calendarevents": 0,
                         "userscompletion": 0, "logs": 0, "grade_histories": 0,
                         "questionbank": 1, "groups": 0, "competencies": 0, "customfield": 0,
                         "contentbankcontent": 0, "legacyfiles": 0}
        for key, value in root_settings.items():
            setting("root", key, value)
        for number in range(len(self.sections())):
            folder = f"section_{number + 1}"
            setting("section", f"{folder}_included", 1, folder)
            setting("section", f"{folder}_userinfo", 0, folder)
        for act in self.activities:
            folder = f"{act.modname}_{act.cmid}"
            setting("activity", f"{folder}_included", 1, folder)
            setting("activity", f"{folder}_userinfo", 0, folder)
        return bx.doc(root)


def build_backup(
    course: Course, media_dir: Path, progress: Progress, *, keep_photo_metadata: bool = False,
    embed_project: bool = True,
) -> tuple[dict[str, bytes | Path], list[str], list[str]]:
    """(archive files, warnings, notes) of the backup."""
    from studio.exporters.render import RenderOptions, render_site

    timestamp = _timestamp(course)
    b = _Backup(course, media_dir, timestamp, keep_photo_metadata)
    site = render_site(page_course(course), media_dir,
                       RenderOptions(target="cc", nav=False, pager=False, chrome=False,
                                     scripts=False), progress.sub(0.0, 0.6))
    for number, module in enumerate(course.modules, start=1):
        for lesson in module.lessons:
            progress.check()
            page = site.lesson_pages.get(lesson.id)
            if page is not None:
                data = site.files[page]
                raw = data if isinstance(data, bytes) else data.read_bytes()
                b.page(lesson.title or "Lesson", lesson_body(raw), site.files,
                       posixpath.dirname(page), number)
            for block in lesson.blocks:
                if isinstance(block, AttachmentBlock):
                    b.resource(block, site.files, site.media_map, number)
                elif isinstance(block, LinkBlock):
                    b.url(block, number)
                elif isinstance(block, DiscussionBlock):
                    b.forum(block, site.files, site.media_map, number)
                elif isinstance(block, QuizBlock):
                    b.quiz(block, site.files, site.media_map, number)
    shortname = "".join(ch for ch in course.title.upper() if ch.isalnum())[:20] or "STUDIO"
    b.write_structure(shortname)
    if embed_project:  # Moodle ignores it; Studio re-opens the backup exactly
        carried = {}
        for asset_id, path in site.media_map.items():
            source = site.files.get(path)
            if not isinstance(source, Path):
                continue
            if source not in b.blobs:  # a file Moodle shows nowhere (a poster): carried aside
                b.blobs[source] = f"studio/{path}"
                b.out[b.blobs[source]] = source
            carried[asset_id] = b.blobs[source]
        b.out[EMBED_PATH] = embedded_project(course, carried)
    return b.out, list(site.warnings), b.notes


def lesson_body(page: bytes) -> str:
    """The lesson's blocks from a rendered page: no course title, module line or heading
    (Moodle shows the page's name as its heading)."""
    doc = lxml_html.document_fromstring(page)
    article = doc.find(".//article")
    if article is None:
        return ""
    for el in list(article):
        if el.tag == "h1" or "lesson-module" in (el.get("class") or ""):
            article.remove(el)
    return "".join(etree.tostring(c, encoding="unicode", method="html") for c in article)


def _timestamp(course: Course) -> int:
    """A fixed time for every record (same course, same bytes): the course's last change."""
    from datetime import datetime

    for value in (course.modified, course.created):
        try:
            return int(datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp())
        except ValueError:
            continue
    return 0


def export_moodle_backup(course: Course, media_dir: Path, out_path: Path,
                         options: MoodleBackupOptions, progress: Progress) -> ExportReport:
    files, warnings, notes = build_backup(course, media_dir, progress.sub(0, 0.6),
                                          keep_photo_metadata=options.keep_photo_metadata,
                                          embed_project=options.embed_project)
    # Photos were stripped before hashing (above); the writer must not change any file.
    writer = PackageWriter(out_path, first=("moodle_backup.xml",), keep_photo_metadata=True)
    for name, content in files.items():
        if isinstance(content, Path):
            writer.add_file(name, content)
        else:
            writer.add_bytes(name, content)
    size = writer.write(progress.sub(0.6, 1.0))
    report = ExportReport(path=Path(out_path), format="moodle", size=size, files=len(files),
                          warnings=warnings)
    report.dropped.extend(notes)
    report.warnings.extend(report.size_warnings())
    progress.update(1.0, "Moodle backup written")
    return report


SPEC = ExporterSpec(
    name="moodle",
    extension=".mbz",
    description="Moodle course backup (.mbz) for Moodle 4.1 and later: sections, pages, "
    "files, links, forums and quizzes with native questions, marks and grade to pass",
    options_type=MoodleBackupOptions,
    export=export_moodle_backup,
    label="Moodle backup",
)
