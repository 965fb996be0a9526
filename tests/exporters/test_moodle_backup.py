"""The Moodle course backup judged by a real Moodle 4.1: restore, structure, files,
native questions with Studio's fractions, and the grades learners get."""

from __future__ import annotations

import json
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest

from studio.exporters import get_exporter
from studio.exporters.moodle.question_data import QTYPES, moodle_question
from studio.jobs import null_progress
from studio.model import QuizBlock
from studio.model.quiz import MatchingQuestion, MultipleResponseQuestion
from studio.model.scoring import quiz_score
from studio.project import Project
from tests.exporters.moodle_kit import moodle_attempt, moodle_import, require_kit

pytestmark = [pytest.mark.moodle, pytest.mark.slow]


def export_mbz(project: Project, out: Path) -> Path:
    spec = get_exporter("moodle")
    spec.export(project.course, project.media_dir, out, spec.default_options(), null_progress())
    return out


@pytest.fixture(scope="module")
def restored(full_project_module: Project, tmp_path_factory: pytest.TempPathFactory
             ) -> tuple[Project, dict[str, Any], float]:
    require_kit()
    mbz = export_mbz(full_project_module, tmp_path_factory.mktemp("mbz") / "course.mbz")
    started = time.perf_counter()
    verdict = moodle_import(mbz)
    seconds = time.perf_counter() - started
    assert verdict["ok"], verdict["errors"]
    assert verdict["detected_format"] == "moodle2"
    print(f"restore of {mbz.stat().st_size} bytes: {seconds:.2f} s (Moodle: {verdict['seconds']} s)")
    return full_project_module, verdict, seconds


def test_backup_is_deterministic(full_project_module: Project, tmp_path: Path) -> None:
    a = export_mbz(full_project_module, tmp_path / "a.mbz").read_bytes()
    b = export_mbz(full_project_module, tmp_path / "b.mbz").read_bytes()
    assert a == b
    with zipfile.ZipFile(tmp_path / "a.mbz") as z:
        assert z.namelist()[0] == "moodle_backup.xml"


def test_sections_pages_files_and_activities(restored: tuple[Project, dict[str, Any], float]) -> None:
    project, v, _ = restored
    course = project.course
    assert [s["section"] for s in v["sections"]] == list(range(len(course.modules) + 1))
    assert [s["name"] for s in v["sections"][1:]] == [m.title for m in course.modules]
    assert "Ada Teacher" in v["sections"][0]["summary"]
    pages = [a for a in v["activities"] if a["type"] == "page"]
    lessons = [(m, lesson) for m, lesson in course.lessons()]
    assert [p["name"] for p in pages] == [lesson.title for _, lesson in lessons]
    numbers = {m.id: n for n, m in enumerate(course.modules, start=1)}
    assert [p["section"] for p in pages] == [numbers[m.id] for m, _ in lessons]
    assert v["pluginfile_refs"] > 0
    assert v["pluginfile_refs_missing"] == [] and v["relative_links"] == []
    lecture = next(p for p in pages if p["name"] == "The lecture")
    assert any(f.endswith(".mp4") for f in lecture["files"]), lecture["files"]
    assert sum(f.endswith(".vtt") for f in lecture["files"]) >= 3  # en, fr, chapters
    counts = v["activity_counts"]
    assert counts["resource"] == 1 and counts["url"] == 1 and counts["forum"] == 1
    assert counts["quiz"] == 1
    resource = next(a for a in v["activities"] if a["type"] == "resource")
    asset = next(a for a in course.media.values() if a.filename.endswith(".pdf")
                 or not (a.is_video or a.is_audio or a.is_image))
    assert resource["files"] == [asset.filename]


def test_quiz_questions_are_native_with_studio_fractions(
    restored: tuple[Project, dict[str, Any], float],
) -> None:
    project, v, _ = restored
    block = next(b for _, _, b in project.course.quizzes())
    quiz = next(a for a in v["activities"] if a["type"] == "quiz")
    assert [q["qtype"] for q in quiz["questions"]] == [QTYPES[q.KIND] for q in block.quiz.questions]
    for n, (got, q) in enumerate(zip(quiz["questions"], block.quiz.questions, strict=True), 1):
        expected = moodle_question(n, q, block.quiz.shuffle_choices)
        fractions = [float(a.rsplit("(", 1)[1].rstrip(")")) for a in got["answers"]]
        if expected.answers and expected.qtype != "ddwtos":
            assert fractions == pytest.approx([a.fraction for a in expected.answers], abs=1e-6)
    assert quiz["max_attempts"] == block.quiz.attempts


def _responses(block: QuizBlock) -> tuple[dict[str, Any], dict[str, Any]]:
    """Known answers, some partly right: (for Moodle by question name, for Studio by id).
    The essay stays blank: Moodle leaves an attempt's total empty until a person marks an
    answered essay, and Studio's player leaves essays out of the score."""
    qs = block.quiz.questions
    names = [moodle_question(n, q, False).name for n, q in enumerate(qs, start=1)]
    mr = qs[1]
    assert isinstance(mr, MultipleResponseQuestion)
    match = qs[6]
    assert isinstance(match, MatchingQuestion)
    wrong = match.distractors[0]
    moodle = {
        names[0]: {"choices": [qs[0].choices[1].text]},  # type: ignore[union-attr]
        names[1]: {"choices": [c.text for c in mr.choices[:3]]},  # two right, one wrong
        names[2]: {"choices": ["False"]},
        names[3]: {"text": "CONDENSING"},
        names[4]: {"text": "97.5"},
        names[5]: {"text": "100.4"},
        names[6]: {"pairs": {match.pairs[0].prompt: match.pairs[0].answer,
                             match.pairs[1].prompt: match.pairs[1].answer,
                             match.pairs[2].prompt: wrong}},
    }
    studio = {qs[0].id: 1, mr.id: {0, 1, 2}, qs[2].id: False, qs[3].id: "CONDENSING",
              qs[4].id: "97.5", qs[5].id: "100.4",
              match.id: {0: match.pairs[0].answer, 1: match.pairs[1].answer, 2: wrong}}
    return moodle, studio


def test_learners_get_the_grades_studio_gives(
    restored: tuple[Project, dict[str, Any], float], tmp_path: Path,
) -> None:
    project, v, _ = restored
    block = next(b for _, _, b in project.course.quizzes())
    quiz = block.quiz
    moodle, studio = _responses(block)
    responses = tmp_path / "responses.json"
    responses.write_text(json.dumps({quiz.title: moodle}), encoding="utf-8")
    result = moodle_attempt(v["courseid"], responses)
    sat = result["quizzes"][0]
    assert sat["sumgrades"] == pytest.approx(sum(q.points for q in quiz.questions))
    assert sat["gradepass"] == pytest.approx(quiz.passing_score)
    assert sat["grade"] == 100
    assert sat["preferredbehaviour"] == "deferredfeedback"
    assert sat["attempts"] == quiz.attempts and sat["shuffleanswers"] == quiz.shuffle_choices
    assert "immediately_after" in sat["review"]["marks"]
    assert "immediately_after" in sat["review"]["specificfeedback"]
    assert [s["maxmark"] for s in sat["slots"]] == [q.points for q in quiz.questions]
    custom = sat["attempts_sat"]["custom"]
    earned, possible = quiz_score(quiz, studio)
    assert earned == pytest.approx(7.0)  # 0 + 1 + 1 + 1 + 1 + 1 + 2 (+ ordering blank, essay)
    assert custom["sum_marks"] == pytest.approx(earned, abs=1e-5)
    marks = [s["mark"] for s in custom["slots"]]
    assert marks[1] == pytest.approx(1.0, abs=1e-5) and marks[6] == pytest.approx(2.0, abs=1e-5)
    correct = sat["attempts_sat"]["correct"]
    scorable = sum(q.points for q in quiz.questions if q.KIND != "essay")
    assert correct["sum_marks"] == pytest.approx(scorable, abs=1e-5)
    # Ticking every box of "choose all that apply" is not full marks.
    ticked = sat["attempts_sat"]["all_choices"]["slots"][1]
    assert ticked["mark"] < ticked["max_mark"]
    print(f"grades compared: custom {custom['sum_marks']} = Studio {earned} of {possible}; "
          f"correct {correct['sum_marks']}; all boxes {ticked['mark']} of {ticked['max_mark']}")


def test_cc11_for_moodle_sections_links_and_report(full_project_module: Project,
                                                   tmp_path: Path) -> None:
    require_kit()
    from studio.exporters.presets import PRESETS

    preset = PRESETS["moodle-cc"]
    spec = get_exporter(preset.format)
    out = tmp_path / "course.imscc"
    report = spec.export(full_project_module.course, full_project_module.media_dir, out,
                         spec.options_from(preset.options), null_progress())
    verdict = moodle_import(out)
    assert verdict["ok"], verdict["errors"]
    first = full_project_module.course.modules[0]
    pages = [a for a in verdict["activities"] if a["type"] == "page"]
    assert next(p["section"] for p in pages if p["name"] == first.lessons[0].title) == 1
    assert verdict["relative_links"] == []
    assert verdict["pluginfile_refs_missing"] == []
    dropped = " ".join(report.dropped)
    for setting in ("marks", "pass mark", "review options", "adaptive mode"):
        assert setting in dropped
    assert "--format moodle" in dropped
