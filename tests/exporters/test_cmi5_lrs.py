"""cmi5 packages played in Chromium (the shared harness's set-up), launched by a small LMS
and recorded in a real LRS (Ralph): what the LRS holds afterwards is the verdict."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from studio.exporters.render.quiz_data import dom_id
from studio.model import EssayQuestion, QuizBlock, TrueFalseQuestion, VideoBlock
from studio.project import Project
from tests.conftest import SHARED
from tests.exporters.cmi5_lms import (
    CATEGORY,
    SESSION,
    Launch,
    Lms,
    Ralph,
    serve_package,
    wait_until,
    when,
)
from tests.exporters.scorm_actions import Action, answer_quiz, open_lesson, play
from tests.exporters.scorm_helpers import export

HARNESS = SHARED / "harness"
os.environ.setdefault(
    "HARNESS_CACHE", str(Path(__file__).resolve().parents[2] / ".cache" / "harness")
)
MOVEON = "https://w3id.org/xapi/cmi5/context/categories/moveon"
MASTERY = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore"
VIDEO_EXT = "https://w3id.org/xapi/video/extensions/"
CHAPTERS = "tag:studio.invalid,2026:xapi/extensions/chapters-watched"
NS = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd"


def verb(statement: dict[str, Any]) -> str:
    return str(statement["verb"]["id"]).rsplit("/", 1)[-1]


def categories(statement: dict[str, Any]) -> set[str]:
    found = statement.get("context", {}).get("contextActivities", {}).get("category", [])
    return {c["id"] for c in found}


def session_of(statement: dict[str, Any]) -> str | None:
    value = statement.get("context", {}).get("extensions", {}).get(SESSION)
    return str(value) if value is not None else None


def in_session(statements: list[dict[str, Any]], launch: Launch) -> list[dict[str, Any]]:
    return [s for s in statements if session_of(s) == launch.session]


def defined(statements: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [s for s in statements if CATEGORY in categories(s)]


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def ralph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ralph]:
    lrs = Ralph(tmp_path_factory.mktemp("ralph"))
    lrs.start()
    yield lrs
    lrs.stop()


@pytest.fixture(scope="module")
def lms(ralph: Ralph) -> Iterator[Lms]:
    server = Lms(ralph)
    yield server
    server.close()


@pytest.fixture
def lrs_up(ralph: Ralph) -> Ralph:
    """Ralph running at the start of the test (an outage test may have left it down)."""
    if not ralph.running:
        ralph.start()
    return ralph


class Package:
    def __init__(self, zip_path: Path, folder: Path) -> None:
        sys.path.insert(0, str(HARNESS))
        import harness_common as hc

        hc.safe_extract(zip_path, folder)
        root = etree.parse(str(folder / "cmi5.xml")).getroot()
        (au,) = root.iter(f"{{{NS}}}au")
        self.folder = folder
        self.publisher_id = au.get("id") or ""
        self.url_path = au.findtext(f"{{{NS}}}url") or ""


@pytest.fixture(scope="module")
def package(full_project_module: Project, tmp_path_factory: pytest.TempPathFactory) -> Package:
    folder = tmp_path_factory.mktemp("cmi5")
    return Package(export(full_project_module, "cmi5", folder / "course.zip"), folder / "site")


class Browser:
    """Headless Chromium (the harness's launch options) on the unzipped package."""

    def __init__(self, context: Any, base: str, package: Package) -> None:
        self.context = context
        self.au_url = f"{base}/{package.url_path}"
        self.errors: list[str] = []

    def open(self, url: str) -> Any:
        page = self.context.new_page()
        page.on("pageerror", lambda exc: self.errors.append(f"uncaught: {exc}"))
        page.goto(url)
        return page


@pytest.fixture(scope="module")
def browser(package: Package) -> Iterator[Browser]:
    sys.path.insert(0, str(HARNESS))
    import harness_common as hc

    # The package's own server answers byte ranges (hc.serve_dir does not): videos can seek.
    with serve_package(package.folder) as base, hc.chromium_context() as context:
        b = Browser(context, base, package)
        yield b
        assert b.errors == []


def run(page: Any, actions: list[Action]) -> list[Any]:
    sys.path.insert(0, str(HARNESS))
    from scorm_play import run_action

    return [run_action(page.main_frame, a, 15000) for a in actions]


def wait_ready(page: Any) -> None:
    page.wait_for_function("window.StudioTracking && window.StudioTracking.connected()")


def leave_with_exit_button(page: Any, lms: Lms | None = None) -> None:
    page.click("#exit-button")
    if lms is not None:  # the launch has a returnURL: the AU goes back to the LMS
        page.wait_for_url(f"{lms.url}/lms/return")
    else:
        page.wait_for_selector("#course-status:has-text('All your answers have been recorded')")
    page.close()


def quiz_block(project: Project) -> tuple[str, QuizBlock]:
    return next((lesson.id, b) for _, lesson, b in project.course.quizzes())


def quiz_all_but_true_false(block: QuizBlock) -> tuple[list[Action], str]:
    """The right answers except the true/false question (left unanswered)."""
    tf = next(q for q in block.quiz.questions if isinstance(q, TrueFalseQuestion))
    prefix = dom_id(block.id, tf.id)
    actions = [a for a in answer_quiz(block, True) if prefix not in json.dumps(a)]
    return actions, tf.id


def statements_until(ralph: Ralph, launch: Launch, last_verb: str) -> list[dict[str, Any]]:
    """The registration's statements once the session's ``last_verb`` is stored."""

    def done() -> list[dict[str, Any]] | None:
        found = ralph.statements(launch.registration)
        return found if any(verb(s) == last_verb for s in in_session(found, launch)) else None

    result: list[dict[str, Any]] = wait_until(done, f"{last_verb} of session {launch.session}")
    return result


def check_session(launch: Launch, statements: list[dict[str, Any]], verbs: list[str]) -> None:
    """The session's cmi5 defined statements: order, registration, session, context, object."""
    mine = in_session(statements, launch)
    cmi5 = [s for s in defined(mine) if verb(s) != "launched"]
    assert [verb(s) for s in cmi5] == verbs
    for s in mine:
        context = s["context"]
        assert context["registration"] == launch.registration
        assert s["actor"]["account"] == launch.actor["account"]
        grouping = [a["id"] for a in context["contextActivities"].get("grouping", [])]
        assert launch.publisher_id in grouping, s
    for s in cmi5:
        assert s["object"]["id"] == launch.activity_id
        judged = "success" in s.get("result", {}) or "completion" in s.get("result", {})
        assert (MOVEON in categories(s)) == judged, s
        if verb(s) in ("completed", "passed", "failed", "terminated"):
            assert s["result"]["duration"].startswith("PT")
    for s in mine:
        if CATEGORY not in categories(s):  # cmi5 allowed: never the cmi5 or moveon category
            assert MOVEON not in categories(s)
    # Nothing after "terminated"; "initialized" before anything the AU sent.
    au = [s for s in mine if verb(s) != "launched"]
    assert verb(au[0]) == "initialized" and verb(au[-1]) == "terminated"
    assert sum(verb(s) == "terminated" for s in au) == 1
    assert all(when(s) <= when(au[-1]) for s in au)


# ---------------------------------------------------------------- learner runs


def test_pass_with_video_and_answers_recorded_in_ralph(
    full_project_module: Project, package: Package, browser: Browser, lms: Lms,
    lrs_up: Ralph, tmp_path: Path,
) -> None:  # fmt: skip
    project = full_project_module
    course = project.course
    quiz_lesson, block = quiz_block(project)
    video_lesson, video = next(
        (lesson.id, b) for _, lesson, b in course.blocks() if isinstance(b, VideoBlock)
    )
    media = f"media-{video.id}"
    launch = lms.launch(browser.au_url, package.publisher_id, mastery=0.8,
                        return_url=f"{lms.url}/lms/return")  # fmt: skip
    page = browser.open(launch.url)
    wait_ready(page)
    console: list[str] = []
    # A document not written yet is a 404 (xAPI), which Chromium logs: only script errors count.
    page.on("console", lambda m: console.append(m.text)
            if m.type == "error" and not m.text.startswith("Failed to load resource") else None)  # fmt: skip
    lessons = [lesson.id for _, lesson in course.lessons()]
    for lesson_id in lessons[:-1]:
        run(page, open_lesson(lesson_id))
        if lesson_id == video_lesson:  # watch it all (chapter 1), then chapter 2 again
            chapter = f"button.seek.chapter[data-media='{media}']"
            page.locator(chapter).nth(0).click()
            page.wait_for_function(f"document.getElementById('{media}').ended")
            page.locator(chapter).nth(1).click()
            page.wait_for_function(
                f"(m => m.ended && m.currentTime > 1)(document.getElementById('{media}'))"
            )
    answers, skipped = quiz_all_but_true_false(block)
    result_text = run(page, open_lesson(quiz_lesson) + answers)[-1]
    assert "You passed" in result_text
    leave_with_exit_button(page, lms)
    statements = statements_until(lrs_up, launch, "terminated")
    assert console == []
    check_session(launch, statements, ["initialized", "completed", "passed", "terminated"])
    mine = in_session(statements, launch)
    passed = next(s for s in mine if verb(s) == "passed")
    assert passed["result"]["success"] is True
    assert passed["context"]["extensions"][MASTERY] == 0.8
    # The same answers in the SCORM 2004 player: the same scaled score.
    scorm = export(project, "scorm2004", tmp_path / "scorm2004.zip")
    verdict = play(HARNESS, scorm, open_lesson(quiz_lesson) + answers, tmp_path)
    assert verdict["passed"], verdict["problems"]
    scaled = float(verdict["cmi"]["cmi.score.scaled"])
    assert passed["result"]["score"]["scaled"] == pytest.approx(scaled, abs=1e-9)
    assert 0.8 < scaled < 1  # 11 of 12 points: a real fraction, not 0 or 1
    # One "answered" per question, with its response and success.
    answered = {s["object"]["id"].rsplit("#question-", 1)[1]: s for s in mine
                if verb(s) == "answered"}  # fmt: skip
    assert sorted(answered) == sorted(q.id for q in block.quiz.questions)
    for q in block.quiz.questions:
        s = answered[q.id]
        definition = s["object"]["definition"]
        assert definition["type"] == "http://adlnet.gov/expapi/activities/cmi.interaction"
        if isinstance(q, EssayQuestion):
            assert "success" not in s["result"]
            assert definition["interactionType"] == "long-fill-in"
            assert s["result"]["response"] == "Rain fills the wells."
        elif q.id == skipped:
            assert s["result"]["success"] is False and s["result"]["response"] == ""
        else:
            assert s["result"]["success"] is True, s
            assert s["result"]["score"]["scaled"] == 1 and s["result"]["score"]["max"] == q.points
            kind = definition["interactionType"]
            if kind in ("choice", "sequencing", "matching", "true-false"):
                assert s["result"]["response"] == definition["correctResponsesPattern"][0]
            elif kind == "fill-in":
                assert s["result"]["response"].lower() in (
                    p.lower() for p in definition["correctResponsesPattern"]
                )
    # Pages experienced, once each; the video's events with the chapters watched.
    experienced = [s["object"]["id"].rsplit("#lesson-", 1)[1] for s in mine
                   if verb(s) == "experienced"]  # fmt: skip
    assert sorted(experienced) == sorted(lessons)
    video_statements = [s for s in mine if s["object"]["id"].endswith(f"#video-{media}")]
    video_verbs = [verb(s) for s in video_statements]
    assert {"played", "seeked", "completed", "paused"} <= set(video_verbs)
    assert video_verbs.count("completed") == 1
    completed = next(s for s in video_statements if verb(s) == "completed")
    assert completed["result"]["extensions"][VIDEO_EXT + "progress"] == pytest.approx(1, abs=0.1)
    assert [c["title"] for c in completed["result"]["extensions"][CHAPTERS]] == [
        c.title for c in video.chapters
    ]
    seeks = [s["result"]["extensions"][VIDEO_EXT + "time-to"] for s in video_statements
             if verb(s) == "seeked"]  # fmt: skip
    assert any(abs(to - 1.5) < 0.05 for to in seeks), seeks  # the second chapter's start
    # The fetch URL hands out its token once: the AU's call, then a refusal.
    assert launch.fetched == 1
    refused = lms.fetch(launch)
    assert refused["error-code"] == "1" and "auth-token" not in refused
    # The learner's place is kept in the State API.
    saved = lms.document(launch, "studio.progress")
    assert saved["completed"] is True and saved["passed"] is True


def test_fail_then_resume_to_a_pass(
    full_project_module: Project, package: Package, browser: Browser, lms: Lms, lrs_up: Ralph,
) -> None:  # fmt: skip
    course = full_project_module.course
    quiz_lesson, block = quiz_block(full_project_module)
    first = lms.launch(browser.au_url, package.publisher_id, mastery=0.8)
    page = browser.open(first.url)
    wait_ready(page)
    text = run(page, open_lesson(quiz_lesson) + answer_quiz(block, False))[-1]
    assert "You need" in text
    page.goto("about:blank")  # the LMS closes the AU: terminated on pagehide
    page.close()
    statements = statements_until(lrs_up, first, "terminated")
    check_session(first, statements, ["initialized", "failed", "terminated"])
    failed = next(s for s in in_session(statements, first) if verb(s) == "failed")
    assert failed["result"]["success"] is False and failed["result"]["score"]["scaled"] < 0.8
    # The next session of the same registration resumes at the quiz, attempt 2.
    second = lms.launch(browser.au_url, package.publisher_id, mastery=0.8,
                        registration=first.registration)  # fmt: skip
    page = browser.open(second.url)
    wait_ready(page)
    page.wait_for_selector(f"[id='lesson-{quiz_lesson}']:not([hidden])")
    attempts = page.text_content(f"section.quiz[data-quiz='{block.id}'] .quiz-attempts")
    assert "Attempt 2 of 3" in (attempts or "")
    assert "You passed" in run(page, answer_quiz(block, True))[-1]
    for _, lesson in course.lessons():
        run(page, open_lesson(lesson.id))
    leave_with_exit_button(page)
    statements = statements_until(lrs_up, second, "terminated")
    check_session(second, statements, ["initialized", "passed", "completed", "terminated"])
    whole = [verb(s) for s in defined(statements) if verb(s) in ("passed", "failed", "completed")]
    assert whole == ["failed", "passed", "completed"]  # one of each per registration


def test_browse_launch_sends_no_judgement_and_keeps_no_state(
    full_project_module: Project, package: Package, browser: Browser, lms: Lms, lrs_up: Ralph,
) -> None:  # fmt: skip
    quiz_lesson, block = quiz_block(full_project_module)
    launch = lms.launch(browser.au_url, package.publisher_id, mode="Browse", mastery=0.8)
    page = browser.open(launch.url)
    wait_ready(page)
    assert "Browse mode" in (page.text_content("#course-status") or "")
    assert "You passed" in run(page, open_lesson(quiz_lesson) + answer_quiz(block, True))[-1]
    leave_with_exit_button(page)
    statements = statements_until(lrs_up, launch, "terminated")
    check_session(launch, statements, ["initialized", "terminated"])
    answered = [s for s in in_session(statements, launch) if verb(s) == "answered"]
    assert len(answered) == len(block.quiz.questions)
    assert lms.document(launch, "studio.progress") is None


# ---------------------------------------------------------------- bad launches


def test_missing_launch_parameters_are_named_to_the_learner(
    package: Package, browser: Browser, lms: Lms, lrs_up: Ralph,
) -> None:  # fmt: skip
    launch = lms.launch(browser.au_url, package.publisher_id)
    partial = launch.url.split("&actor=")[0]  # endpoint and fetch only
    page = browser.open(partial)
    message = page.wait_for_selector("#cmi5-message:not([hidden])")
    text = message.text_content() or ""
    assert "actor, registration, activityId" in text and "learning platform" in text
    assert page.get_attribute("#cmi5-message", "role") == "alert"
    assert launch.fetched == 0  # nothing was asked of the LMS
    page.close()


def test_second_use_of_the_fetch_url_is_explained(
    package: Package, browser: Browser, lms: Lms, lrs_up: Ralph,
) -> None:  # fmt: skip
    launch = lms.launch(browser.au_url, package.publisher_id)
    first = browser.open(launch.url)
    wait_ready(first)
    again = browser.open(launch.url)  # the same launch link opened twice
    message = again.wait_for_selector("#cmi5-message:not([hidden])")
    assert "already been used" in (message.text_content() or "")
    assert not again.evaluate("window.StudioTracking.connected()")
    again.close()
    leave_with_exit_button(first)
    statements = statements_until(lrs_up, launch, "terminated")
    check_session(launch, statements, ["initialized", "terminated"])
    assert launch.fetched == 2


def test_lrs_outage_mid_session_loses_no_answer(
    full_project_module: Project, package: Package, browser: Browser, lms: Lms, lrs_up: Ralph,
) -> None:  # fmt: skip
    quiz_lesson, block = quiz_block(full_project_module)
    launch = lms.launch(browser.au_url, package.publisher_id, mastery=0.8)
    page = browser.open(launch.url)
    wait_ready(page)
    lrs_up.stop()
    assert "You passed" in run(page, open_lesson(quiz_lesson) + answer_quiz(block, True))[-1]
    message = page.wait_for_selector("#cmi5-message:not([hidden])")
    assert "cannot be reached" in (message.text_content() or "")
    lrs_up.start()
    page.wait_for_selector("#cmi5-message", state="hidden", timeout=60000)
    leave_with_exit_button(page)
    statements = statements_until(lrs_up, launch, "terminated")
    check_session(launch, statements, ["initialized", "passed", "terminated"])
    answered = [s for s in in_session(statements, launch) if verb(s) == "answered"]
    assert sorted(s["object"]["id"].rsplit("#question-", 1)[1] for s in answered) == sorted(
        q.id for q in block.quiz.questions
    )


def test_lrs_down_at_launch_queues_until_it_is_back(
    full_project_module: Project, package: Package, browser: Browser, lms: Lms, lrs_up: Ralph,
) -> None:  # fmt: skip
    quiz_lesson, block = quiz_block(full_project_module)
    launch = lms.launch(browser.au_url, package.publisher_id, mastery=0.8)
    lrs_up.stop()
    page = browser.open(launch.url)
    message = page.wait_for_selector("#cmi5-message:not([hidden])")
    assert "cannot be reached" in (message.text_content() or "")
    # The learner works on while the LRS is down.
    assert "You passed" in run(page, open_lesson(quiz_lesson) + answer_quiz(block, True))[-1]
    lrs_up.start()
    wait_ready(page)
    page.wait_for_selector("#cmi5-message", state="hidden", timeout=60000)
    leave_with_exit_button(page)
    statements = statements_until(lrs_up, launch, "terminated")
    check_session(launch, statements, ["initialized", "passed", "terminated"])
    answered = [s for s in in_session(statements, launch) if verb(s) == "answered"]
    assert len(answered) == len(block.quiz.questions)


def test_one_au_per_lesson_tracks_the_quiz_lesson(
    full_project_module: Project, browser: Browser, lms: Lms, lrs_up: Ralph, tmp_path: Path
) -> None:
    sys.path.insert(0, str(HARNESS))
    import harness_common as hc

    quiz_lesson, block = quiz_block(full_project_module)
    out = export(full_project_module, "cmi5", tmp_path / "per.zip", au_per_lesson=True)
    hc.safe_extract(out, tmp_path / "site")
    root = etree.parse(str(tmp_path / "site" / "cmi5.xml")).getroot()
    au = next(a for a in root.iter(f"{{{NS}}}au") if a.get("masteryScore"))
    with serve_package(tmp_path / "site") as base:
        url = f"{base}/{au.findtext(f'{{{NS}}}url')}"
        launch = lms.launch(url, au.get("id") or "", mastery=float(au.get("masteryScore") or 0),
                            move_on=au.get("moveOn") or "")  # fmt: skip
        page = browser.open(launch.url)
        wait_ready(page)
        assert "You passed" in run(page, answer_quiz(block, True))[-1]
        leave_with_exit_button(page)
    statements = statements_until(lrs_up, launch, "terminated")
    check_session(launch, statements, ["initialized", "completed", "passed", "terminated"])
    experienced = [s["object"]["id"].rsplit("#lesson-", 1)[1]
                   for s in in_session(statements, launch) if verb(s) == "experienced"]  # fmt: skip
    assert experienced == [quiz_lesson]  # this AU is the quiz lesson alone
