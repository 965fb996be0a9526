"""SCORM packages played in Chromium against scorm-again (the shared harness) and checked by axe.

Each run scripts a learner through the real player: open every lesson through the
course navigation, answer the quiz right (pass) or wrong (fail), leave through the
Exit button or by closing the page, then resume from the saved suspend data.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from studio.model import QuizBlock
from studio.project import Project
from tests.conftest import SHARED
from tests.exporters.scorm_actions import course_run, interactions, play
from tests.exporters.scorm_helpers import export

pytestmark = [pytest.mark.browser, pytest.mark.slow]
HARNESS = SHARED / "harness"
os.environ.setdefault(
    "HARNESS_CACHE", str(Path(__file__).resolve().parents[2] / ".cache" / "harness")
)


@pytest.fixture(scope="module")
def project(full_project_module: Project) -> Project:
    return full_project_module


@pytest.fixture(scope="module")
def packages(project: Project, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("packages")
    return {
        "scorm12": export(project, "scorm12", folder / "s12.zip"),
        "scorm2004": export(project, "scorm2004", folder / "s04.zip"),
        "scorm2004-per": export(project, "scorm2004", folder / "s04per.zip", sco_per_lesson=True),
    }


def _quiz(project: Project) -> tuple[str, QuizBlock]:
    _, lesson, block = next(project.course.quizzes())
    return lesson.id, block


def _ok(result: dict[str, object]) -> None:
    assert result["exit_code"] == 0, (result["problems"], result.get("_stderr"))
    assert result["initialized_once"] and result["terminated_once"]


def test_scorm12_pass_with_exit_button(
    project: Project, packages: dict[str, Path], tmp_path: Path
) -> None:
    quiz_lesson, block = _quiz(project)
    actions = course_run(project.course, quiz_right=True)
    actions.append({"click": "#exit-button"})
    actions.append({"wait_for": "main h1:text('Your progress is saved')"})
    result = play(HARNESS, packages["scorm12"], actions, tmp_path)
    _ok(result)
    cmi = result["cmi"]
    assert cmi["cmi.core.lesson_status"] == "passed"
    assert (cmi["cmi.core.score.raw"], cmi["cmi.core.score.min"], cmi["cmi.core.score.max"]) == (
        "100",
        "0",
        "100",
    )
    assert cmi["cmi.core.exit"] == ""  # finished: a normal exit
    assert cmi["cmi.core.lesson_location"] == quiz_lesson
    assert cmi["cmi.core.session_time"].count(":") == 2
    found = interactions(cmi)
    questions = block.quiz.questions
    assert len(found) == len(questions)
    assert [found[i]["id"] for i in range(len(questions))] == [q.id for q in questions]
    assert [found[i]["type"] for i in range(len(questions))] == [
        "choice", "choice", "true-false", "fill-in", "numeric", "numeric", "matching", "sequencing", "fill-in",
    ]  # fmt: skip
    assert [found[i]["result"] for i in range(len(questions))] == ["correct"] * 8 + ["neutral"]
    assert (
        found[1]["student_response"] == "a,b" and found[1]["correct_responses.0.pattern"] == "a,b"
    )
    assert found[2]["student_response"] == "f"
    assert found[6]["student_response"] == "1.a,2.b,3.c"
    assert found[7]["student_response"] == "a,b,c,d"
    assert found[6]["weighting"] == "3"
    assert all(found[i]["latency"].count(":") == 2 for i in found)
    calls = [c["fn"] for c in result["api_log"]]  # type: ignore[union-attr]
    assert calls.count("LMSFinish") == 1 and calls.count("LMSInitialize") == 1


def test_scorm12_fail_then_resume_from_suspend_data(
    project: Project, packages: dict[str, Path], tmp_path: Path
) -> None:
    lessons = [lesson.id for _, lesson in project.course.lessons()]
    quiz_lesson, block = _quiz(project)
    # First session: the first two lessons, then the quiz answered wrong; the page is closed.
    first = play(
        HARNESS,
        packages["scorm12"],
        course_run(project.course, quiz_right=False, lessons=[lessons[0], lessons[1], quiz_lesson]),
        tmp_path,
    )
    _ok(first)
    cmi = first["cmi"]
    assert cmi["cmi.core.lesson_status"] == "failed"
    assert cmi["cmi.core.score.raw"] == "0"
    assert cmi["cmi.core.exit"] == "suspend"  # attempts are left: keep the state
    found = interactions(cmi)
    assert {found[i]["result"] for i in found} <= {"wrong", "neutral"}
    assert found[0]["student_response"] == "b"
    suspend = cmi["cmi.suspend_data"]
    assert suspend.startswith("1~3~b~") and suspend.endswith(
        "~1.0.0"
    )  # lessons 1, 2, 4 seen; 1 attempt
    # Second session: resume; the player restores viewed lessons and the attempt count.
    actions = course_run(project.course, quiz_right=None, lessons=[lessons[2], quiz_lesson])
    actions.append({"eval": f"document.getElementById('{block.id}-attempts').textContent"})
    actions += course_run(project.course, quiz_right=True, lessons=[quiz_lesson])[2:]
    second = play(
        HARNESS,
        packages["scorm12"],
        actions,
        tmp_path,
        "--set", "cmi.core.entry=resume", "--set", f"cmi.suspend_data={suspend}",
        "--set", f"cmi.core.lesson_location={quiz_lesson}",
    )  # fmt: skip
    _ok(second)
    evals = [a["value"] for a in second["actions"] if "eval" in a["action"]]  # type: ignore[union-attr]
    assert "Attempt 2 of 3" in evals[0]
    cmi2 = second["cmi"]
    assert cmi2["cmi.core.lesson_status"] == "passed"
    assert cmi2["cmi.core.score.raw"] == "100"
    assert cmi2["cmi.suspend_data"] == "1~3~f~00~2.2s.1"  # all 4 lessons, 2 attempts, 100 %, passed


def test_scorm2004_pass_fail_and_resume(
    project: Project, packages: dict[str, Path], tmp_path: Path
) -> None:
    quiz_lesson, block = _quiz(project)
    lessons = [lesson.id for _, lesson in project.course.lessons()]
    failed = play(
        HARNESS,
        packages["scorm2004"],
        course_run(project.course, quiz_right=False, lessons=lessons[:2] + [quiz_lesson]),
        tmp_path,
    )
    _ok(failed)
    cmi = failed["cmi"]
    assert cmi["cmi.completion_status"] == "incomplete"
    assert cmi["cmi.success_status"] == "failed"
    assert cmi["cmi.score.scaled"] == "0"
    assert cmi["cmi.exit"] == "suspend"
    assert cmi["cmi.progress_measure"] == "0.75"
    assert cmi["cmi.session_time"].startswith("PT")
    found = interactions(cmi)
    assert found[0]["result"] == "incorrect" and found[0]["learner_response"] == "b"
    assert found[0]["description"] == "What makes water evaporate from the oceans?"
    assert found[0]["timestamp"].startswith("20") and found[0]["latency"].startswith("PT")
    assert found[1]["correct_responses.0.pattern"] == "a[,]b"
    assert (
        found[4]["learner_response"] == "-12.5"
        and found[4]["correct_responses.0.pattern"] == "96[:]98"
    )
    assert found[8]["type"] == "long-fill-in" and found[8]["result"] == "neutral"
    resumed = play(
        HARNESS,
        packages["scorm2004"],
        course_run(project.course, quiz_right=True, lessons=[lessons[2], quiz_lesson]),
        tmp_path,
        "--set", "cmi.entry=resume", "--set", f"cmi.suspend_data={cmi['cmi.suspend_data']}",
    )  # fmt: skip
    _ok(resumed)
    cmi2 = resumed["cmi"]
    assert cmi2["cmi.completion_status"] == "completed"
    assert cmi2["cmi.success_status"] == "passed"
    assert cmi2["cmi.score.scaled"] == "1" and cmi2["cmi.score.raw"] == "100"
    assert cmi2["cmi.progress_measure"] == "1.00"
    assert cmi2["cmi.exit"] == "normal"
    found2 = interactions(cmi2)
    assert found2[6]["learner_response"] == "1[.]a[,]2[.]b[,]3[.]c"
    assert found2[7]["learner_response"] == "a[,]b[,]c[,]d"
    assert found2[3]["learner_response"] == "CONDENSATION" and found2[3]["result"] == "correct"


def test_scorm2004_sco_per_lesson_tracks_the_quiz_lesson(
    project: Project, packages: dict[str, Path], tmp_path: Path
) -> None:
    _, block = _quiz(project)
    actions = [
        a
        for a in course_run(project.course, quiz_right=True)
        if "click" not in a or "course-nav" not in str(a["click"])
    ]
    actions = [a for a in actions if "wait_for" not in a or "lesson-" not in str(a["wait_for"])]
    result = play(HARNESS, packages["scorm2004-per"], actions, tmp_path, "--sco", "4")
    _ok(result)
    cmi = result["cmi"]
    assert cmi["cmi.completion_status"] == "completed"
    assert cmi["cmi.success_status"] == "passed"
    assert len(interactions(cmi)) == len(block.quiz.questions)


def test_pages_have_no_serious_accessibility_violations(
    packages: dict[str, Path], tmp_path: Path
) -> None:
    # The one-SCO page shows one lesson at a time, so check the per-lesson package (every
    # lesson is a page of its own, same templates) and the course page itself.
    for name in ("scorm2004-per", "scorm12"):
        proc = subprocess.run(
            [sys.executable, str(HARNESS / "a11y_check.py"), str(packages[name]), "--json", str(tmp_path / f"{name}.json")],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stdout + proc.stderr


def test_scorm12_resume_data_stays_within_4096_characters(tmp_path: Path) -> None:
    # 700 quizzes: even untouched, their states need 4,200 characters. The export warns and
    # the player drops quiz states to keep the bookmark within SCORM 1.2's limit.
    from studio.model import Lesson, Module, Quiz

    project = Project.create(tmp_path / "huge.studio", title="Huge")
    quizzes = [QuizBlock(quiz=Quiz(title=f"Q{i}")) for i in range(700)]
    project.course.modules = [
        Module(
            title="M",
            lessons=[
                Lesson(title="A", blocks=quizzes[:350]),
                Lesson(title="B", blocks=quizzes[350:]),
            ],
        )
    ]
    package = export(project, "scorm12", tmp_path / "huge.zip")
    lesson_b = project.course.modules[0].lessons[1].id
    project.close()
    actions = [
        {"click": f".course-nav a[data-lesson='{lesson_b}']"},
        {"eval": "window.StudioTracking.encodeState().length"},
    ]
    result = play(HARNESS, package, actions, tmp_path)
    _ok(result)
    suspend = result["cmi"]["cmi.suspend_data"]
    assert suspend == "1~1~2~~"  # bookmark and lessons seen (B) kept, quiz states dropped
    assert [a["value"] for a in result["actions"] if "eval" in a["action"]] == [len(suspend)]  # type: ignore[union-attr]


def _export_with_rule(project: Project, folder: Path, rule: str) -> Path:
    import copy

    from studio.exporters import get_exporter
    from studio.jobs import null_progress

    course = copy.deepcopy(project.course)
    course.tracking.completion = rule  # type: ignore[assignment]
    spec = get_exporter("scorm2004")
    out = folder / f"rule-{rule}.zip"
    spec.export(course, project.media_dir, out, spec.default_options(), null_progress())
    return out


def test_completion_rules_video_share_and_quiz_passed(project: Project, tmp_path: Path) -> None:
    lessons = [lesson for _, lesson in project.course.lessons()]
    # video_share: watching the lecture video to its end completes the course on its own.
    video_pkg = _export_with_rule(project, tmp_path, "video_share")
    actions = [
        *course_run(project.course, quiz_right=None, lessons=[lessons[1].id]),
        {"click": "button.chapter >> nth=0"},
        {"wait_for": "video.player-media[data-block]"},
        {
            "eval": "new Promise(function(r){var v=document.querySelector('video');if(v.ended){r(v.currentTime)}v.addEventListener('ended',function(){setTimeout(function(){r(v.currentTime)},300)})})"
        },
    ]
    watched = play(HARNESS, video_pkg, actions, tmp_path)
    _ok(watched)
    assert watched["cmi"]["cmi.completion_status"] == "completed"
    assert watched["cmi"]["cmi.suspend_data"].split("~")[3] == "2s"  # 100 % of the one video
    # quiz_passed: every lesson seen but the quiz failed: not complete.
    quiz_pkg = _export_with_rule(project, tmp_path, "quiz_passed")
    failed = play(HARNESS, quiz_pkg, course_run(project.course, quiz_right=False), tmp_path)
    _ok(failed)
    assert failed["cmi"]["cmi.completion_status"] == "incomplete"
    assert failed["cmi"]["cmi.success_status"] == "failed"
    assert failed["cmi"]["cmi.exit"] == "suspend"
