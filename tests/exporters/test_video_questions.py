"""Timed questions in the learner player (SCORM in Chromium against scorm-again, a CC page
without an LMS) and in the EPUB (a list after the video, with times and answer-key links)."""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from studio.exporters.render.quiz_data import dom_id
from studio.media.media_blocks import add_media
from studio.model import (
    CaptionTrack,
    Chapter,
    Choice,
    Cue,
    FillBlankQuestion,
    Lesson,
    Module,
    SingleChoiceQuestion,
    TimedQuestion,
    TrueFalseQuestion,
    VideoBlock,
)
from studio.project import Project
from tests.conftest import SHARED
from tests.exporters.epub_helpers import export as export_epub
from tests.exporters.epub_helpers import problems, validate
from tests.exporters.scorm_actions import interactions, open_lesson, play
from tests.exporters.scorm_helpers import export
from tests.media_fixtures import make_video

HARNESS = SHARED / "harness"
os.environ.setdefault(
    "HARNESS_CACHE", str(Path(__file__).resolve().parents[2] / ".cache" / "harness")
)
TIMES = (1.0, 2.5, 4.0)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Project]:
    folder = tmp_path_factory.mktemp("timed")
    p = Project.create(folder / "timed.studio", title="Timed questions")
    video = add_media(p, make_video(folder / "talk.mp4", 6.0))
    block = VideoBlock(
        asset=video.id, title="The water cycle",
        tracks=[CaptionTrack(language="en", label="English", review="reviewed",
                             cues=[Cue(0.0, 5.5, "Water moves between sea, sky and land.")])],
        chapters=[Chapter(0.0, "Start"), Chapter(1.5, "Clouds")],
        timed_questions=[
            TimedQuestion(time=TIMES[2], question=FillBlankQuestion(
                prompt="<p>Water vapour cools into ___.</p>", accepted=["clouds"], points=1)),
            TimedQuestion(time=TIMES[0], question=SingleChoiceQuestion(
                prompt="<p>What makes water evaporate?</p>", points=2,
                choices=[Choice("The sun", True), Choice("The moon")])),
            TimedQuestion(time=TIMES[1], require_correct=True, rewind_to=1.5, question=TrueFalseQuestion(
                prompt="<p>Clouds are made of water.</p>", answer=True, points=1)),
        ],
    )
    p.course.modules = [Module(title="Week 1", lessons=[Lesson(title="Watch", blocks=[block])])]
    p.save()
    yield p
    p.close()


def _block(project: Project) -> VideoBlock:
    block = project.course.modules[0].lessons[0].blocks[0]
    assert isinstance(block, VideoBlock)
    return block


def _ordered(project: Project) -> list[TimedQuestion]:
    return sorted(_block(project).timed_questions, key=lambda t: t.time)


def _form(timed: TimedQuestion) -> str:
    return f"form.timed-question[data-timed='{timed.id}']"


def _until(condition: str, value: str) -> dict[str, str]:
    """Wait in the page until ``condition`` holds (checked on every animation frame), then
    report ``value``; the harness bounds every action's time."""
    return {"eval": "new Promise(function(done){(function poll(){if(" + condition + "){done(" + value +
                    ")}else{requestAnimationFrame(poll)}})()})"}


VIDEO = "document.querySelector('video.player-media')"
STATE = f"[{VIDEO}.paused, Math.round({VIDEO}.currentTime * 100) / 100]"


def _asked(timed: TimedQuestion) -> list[dict[str, Any]]:
    form = f"document.querySelector(\"{_form(timed)}\")"
    return [_until(f"!{form}.hidden && {VIDEO}.paused", STATE)]


def _answer(block: VideoBlock, timed: TimedQuestion, value: str) -> list[dict[str, Any]]:
    prefix = dom_id(block.id, timed.question.id)
    if isinstance(timed.question, FillBlankQuestion):
        act: dict[str, Any] = {"fill": [f"[id='{prefix}--answer']", value]}
    else:
        act = {"check": f"[id='{prefix}--{value}']"}
    return [act, {"click": f"[id='{dom_id(block.id, timed.id)}-submit']"},
            {"wait_for": f"[id='{prefix}-feedback']:not(:empty)"}]


def _button(block: VideoBlock, timed: TimedQuestion, name: str) -> str:
    return f"[id='{dom_id(block.id, timed.id)}-{name}']"


@pytest.mark.browser
@pytest.mark.slow
def test_scorm_player_pauses_asks_and_scores(project: Project, tmp_path: Path) -> None:
    block = _block(project)
    first, second, third = _ordered(project)
    lesson = project.course.modules[0].lessons[0]
    package = export(project, "scorm2004", tmp_path / "timed2004.zip")
    actions: list[dict[str, Any]] = [
        *open_lesson(lesson.id),
        {"click": "button.chapter >> nth=0"},  # a learner starts the video
        *_asked(first),
        *_answer(block, first, "b"),  # wrong: "The moon"
        {"eval": f"document.querySelector(\"{_button(block, first, 'continue')}\").hidden"},
        {"click": _button(block, first, "continue")},
        *_asked(second),
        *_answer(block, second, "false"),  # wrong, and the video needs the right answer
        {"eval": "[" + ", ".join(f"document.querySelector(\"{_button(block, second, n)}\").hidden"
                                 for n in ("continue", "rewind")) + "]"},
        {"click": _button(block, second, "rewind")},  # watch again from 1.5 s, asked again at 2.5 s
        _until(f"!{VIDEO}.paused && {VIDEO}.currentTime < 2.4", STATE),
        *_asked(second),
        *_answer(block, second, "true"),
        {"click": _button(block, second, "continue")},
        *_asked(third),
        *_answer(block, third, " Clouds "),
        {"click": _button(block, third, "continue")},
        _until(f"{VIDEO}.ended", STATE),
        {"click": "#exit-button"},
        {"wait_for": "main h1:text('Your progress is saved')"},
    ]
    result = play(HARNESS, package, actions, tmp_path)
    assert result["exit_code"] == 0, (result["problems"], result.get("_stderr"))
    values = [a.get("value") for a in result["actions"] if "eval" in a["action"]]
    asked = [values[0], values[2], values[5], values[6]]
    # The video paused at each question's time: 1.0 s, 2.5 s (twice) and 4.0 s (a playing video
    # reports its time a few times a second; a busy machine may stop it a little later).
    assert [v[0] for v in asked] == [True] * 4
    for (_, at), time in zip(asked, [TIMES[0], TIMES[1], TIMES[1], TIMES[2]], strict=True):
        assert time - 0.06 <= at <= time + 0.5
    assert values[1] is False  # "Continue" after a wrong answer to an optional question
    assert values[3] == [True, False]  # required: no "Continue", but "Watch again"
    assert values[4][0] is False and values[4][1] < TIMES[1]  # playing again from 1.5 s
    assert values[7][1] == pytest.approx(6.0, abs=0.1)  # played to the end
    cmi = result["cmi"]
    found = interactions(cmi)
    assert [found[i]["id"] for i in range(3)] == [t.question.id for t in (first, second, third)]
    assert [found[i]["type"] for i in range(3)] == ["choice", "true-false", "fill-in"]
    assert [found[i]["result"] for i in range(3)] == ["incorrect", "incorrect", "correct"]
    assert [found[i]["learner_response"] for i in range(3)] == ["b", "false", "Clouds"]
    assert len(found) == 3  # the first answer to each question counts, once
    # 1 point of 4 (2 + 1 + 1): the first answers count in the score.
    assert cmi["cmi.score.raw"] == "25" and cmi["cmi.success_status"] == "failed"


@pytest.mark.browser
@pytest.mark.slow
def test_scorm12_right_answers_pass(project: Project, tmp_path: Path) -> None:
    block = _block(project)
    first, second, third = _ordered(project)
    package = export(project, "scorm12", tmp_path / "timed12.zip")
    actions: list[dict[str, Any]] = [
        *open_lesson(project.course.modules[0].lessons[0].id),
        {"click": "button.chapter >> nth=0"},
        *_asked(first), *_answer(block, first, "a"), {"click": _button(block, first, "continue")},
        *_asked(second), *_answer(block, second, "true"), {"click": _button(block, second, "continue")},
        *_asked(third), *_answer(block, third, "clouds"), {"click": _button(block, third, "continue")},
        _until(f"{VIDEO}.ended", STATE),
    ]
    result = play(HARNESS, package, actions, tmp_path)
    assert result["exit_code"] == 0, (result["problems"], result.get("_stderr"))
    cmi = result["cmi"]
    assert cmi["cmi.core.score.raw"] == "100" and cmi["cmi.core.lesson_status"] == "passed"
    found = interactions(cmi)
    assert [found[i]["result"] for i in range(3)] == ["correct"] * 3
    assert [found[i]["student_response"] for i in range(3)] == ["a", "t", "clouds"]


def test_packages_carry_the_player_and_the_questions(project: Project, tmp_path: Path) -> None:
    block = _block(project)
    for fmt in ("scorm12", "cc13", "cmi5"):
        package = export(project, fmt, tmp_path / f"p-{fmt}.zip")
        with zipfile.ZipFile(package) as zf:
            names = zf.namelist()
            page = next(zf.read(n).decode() for n in names if n.endswith(".html") and
                        "timed-question" in zf.read(n).decode())
            manifest = zf.read("imsmanifest.xml").decode() if fmt != "cmi5" else ""
        assert any(n.endswith("player/video-questions.js") for n in names)
        assert fmt == "cmi5" or "player/video-questions.js" in manifest
        key = json.loads(page.split('class="timed-key"', 1)[1].split(">", 1)[1].split("</script>")[0])
        assert [q["time"] for q in key["questions"]] == list(TIMES)
        assert key["id"] == f"vq-{block.id}"
        assert "Questions in this video" in page


def test_pages_without_the_player_print_the_questions(project: Project) -> None:
    """Moodle backup pages carry no script: the questions read as text with their times."""
    from studio.exporters.render import RenderOptions, render_site

    site = render_site(project.course, project.media_dir, RenderOptions(target="cc", scripts=False))
    page = next(c.decode() for n, c in site.files.items() if n.endswith(".html") and isinstance(c, bytes)
                and "Questions in this video" in c.decode())
    assert "timed-key" not in page and "<form" not in page
    assert not any("video-questions" in n for n in site.files)
    assert page.index('At <span class="time">0:01</span>') < page.index("What makes water evaporate?")
    assert 'At <span class="time">0:04</span>' in page


def test_courses_without_timed_questions_do_not_ship_the_script(tmp_project: Project, tmp_path: Path) -> None:
    tmp_project.course.modules = [Module(title="M", lessons=[Lesson(title="L")])]
    package = export(tmp_project, "scorm12", tmp_path / "plain.zip")
    with zipfile.ZipFile(package) as zf:
        assert not any("video-questions" in n for n in zf.namelist())


@pytest.mark.slow
def test_epub_lists_them_after_the_video_with_times(project: Project, tmp_path: Path) -> None:
    book = tmp_path / "timed.epub"
    export_epub(project, book)
    with zipfile.ZipFile(book) as zf:
        page = next(zf.read(n).decode() for n in zf.namelist() if "/lesson-" in n and
                    "Questions in this video" in zf.read(n).decode())
        answers = zf.read("EPUB/text/answers.xhtml").decode()
    after_video = page.split("</video>", 1)[1]
    assert "Questions in this video" in after_video
    for at in ("0:01", "0:02", "0:04"):
        assert f'At <span class="time">{at}</span>' in after_video
    # Each question links to its answer, which links back.
    assert after_video.count('<p class="answer-link"><a href="answers.xhtml#answer--') == 3
    assert answers.count('<p class="back-link"><a href="lesson-') == 3
    assert after_video.index("What makes water evaporate?") < after_video.index("Clouds are made of water.")
    assert "Questions in this video: The water cycle" in answers
    assert "The sun" in answers and "clouds" in answers
    verdict = validate(book, SHARED)
    assert verdict["returncode"] == 0, problems(verdict)


@pytest.mark.browser
@pytest.mark.slow
def test_pages_with_timed_questions_pass_axe(project: Project, tmp_path: Path) -> None:
    import subprocess
    import sys

    package = export(project, "scorm2004", tmp_path / "axe.zip")
    proc = subprocess.run(
        [sys.executable, str(HARNESS / "a11y_check.py"), str(package), "--fail-on", "serious"],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_fuzz_timed_questions_render_inert_and_parseable(tmp_project: Project, media_files: dict[str, Path]) -> None:
    """Any times (negative, huge, not numbers) and any text: pages stay inert, the player's key
    is strict JSON with valid times only, and the EPUB's list is well-formed XHTML."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
    from lxml import etree
    from lxml import html as lxml_html

    from studio.exporters.render import RenderOptions, render_site
    from tests.exporters.test_injection import PAYLOADS, _assert_inert

    video = add_media(tmp_project, media_files["video"])
    text = st.lists(st.sampled_from([*PAYLOADS, "a", "<p>b</p>", "\u2028", "]]>", ""]), max_size=4).map("".join)
    times = st.floats(allow_nan=True, allow_infinity=True) | st.floats(0, 10)
    timed = st.builds(
        TimedQuestion, time=times, require_correct=st.booleans(), rewind_to=st.none() | times,
        question=st.builds(SingleChoiceQuestion, prompt=text, choices=st.lists(
            st.builds(Choice, text=text, correct=st.booleans(), feedback=text), max_size=3)))

    @settings(max_examples=150, deadline=None, database=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(questions=st.lists(timed, max_size=4), title=text)
    def run(questions: list[TimedQuestion], title: str) -> None:
        block = VideoBlock(asset=video.id, title=title, timed_questions=questions)
        tmp_project.course.modules = [Module(title="M", lessons=[Lesson(title="L", blocks=[block])])]
        for opts in (RenderOptions(target="scorm12", runtime=True, single_page=True), RenderOptions(target="cc")):
            site = render_site(tmp_project.course, tmp_project.media_dir, opts)
            for name, content in site.files.items():
                if not name.endswith(".html"):
                    continue
                assert isinstance(content, bytes)
                _assert_inert(content, name)
                for script in lxml_html.fromstring(content).iter("script"):
                    if script.get("class") == "timed-key":
                        key = json.loads(script.text or "", parse_constant=lambda c: pytest.fail(c))
                        assert all(0 <= q["time"] for q in key["questions"])
        # The EPUB's list of the questions with their times and its answer key: well-formed XHTML.
        book = RenderOptions(target="epub", xhtml=True, scripts=False, static_quiz=True, nav=False,
                             pager=False, page_ext=".xhtml", answers_page="answers.xhtml")
        for name, content in render_site(tmp_project.course, tmp_project.media_dir, book).files.items():
            if name.endswith(".xhtml"):
                assert isinstance(content, bytes)
                etree.fromstring(content)

    run()
