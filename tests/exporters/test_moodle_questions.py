"""Partial credit and Moodle XML, judged by the real Moodle kit and the learner player."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.exporters import get_exporter
from studio.exporters.moodle.moodle_xml import moodle_xml
from studio.exporters.render import RenderOptions, render_site
from studio.importers import import_into
from studio.importers.gift import parse_gift
from studio.importers.report import ImportReport
from studio.jobs import null_progress
from studio.model import Lesson, Module, Quiz, QuizBlock
from studio.model.quiz import MultipleResponseQuestion, NumericQuestion, SingleChoiceQuestion
from studio.model.scoring import choice_weights
from studio.model.serialize import to_data
from studio.project import PROJECT_FILE, Project
from studio.project_file import read_project_file
from tests.exporters.moodle_kit import kit_php, moodle_import, require_kit
from tests.exporters.site_files import write_site_files

GIFT = """::Partial::Which is the best answer? {
=%100%The best
~%50%Half right
~%-25%A guess that costs
~Wrong
}

::Several::Which are prime? {
~%50%Two
~%50%Three
~%-100%Four
}
"""
CHROMIUM = "/usr/bin/chromium"


def _gift_project(tmp_project: Project) -> Quiz:
    questions = parse_gift(GIFT, "partial.gift", ImportReport())
    quiz = Quiz(title="Partial credit", questions=questions, passing_score=50)
    tmp_project.course.modules = [Module("Week 1", [Lesson("Quiz", [QuizBlock(quiz=quiz)])])]
    tmp_project.save()
    return quiz


def test_gift_partial_credit_is_kept_and_round_trips(tmp_project: Project) -> None:
    quiz = _gift_project(tmp_project)
    single, several = quiz.questions
    assert isinstance(single, SingleChoiceQuestion)  # partial credit stays single choice
    assert [c.weight for c in single.choices] == [100, 50, -25, 0]
    assert [c.correct for c in single.choices] == [True, False, False, False]
    assert isinstance(several, MultipleResponseQuestion)
    assert choice_weights(several) == [50, 50, -100]
    saved = read_project_file(tmp_project.folder / PROJECT_FILE)
    assert to_data(saved) == to_data(tmp_project.course)


@pytest.mark.browser
def test_the_player_scores_partial_credit(tmp_project: Project, tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing (apt-get install chromium)")
    quiz = _gift_project(tmp_project)
    site = render_site(tmp_project.course, tmp_project.media_dir, RenderOptions(target="preview"))
    write_site_files(site.files, tmp_path)
    block = next(b for _, _, b in tmp_project.course.quizzes())
    single, several = quiz.questions
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page()
        page.goto((tmp_path / next(iter(site.lesson_pages.values()))).as_uri())
        page.check(f"[id='{block.id}--{single.id}--b']")  # half right: 50 %
        for key in "abc":  # every box: 50 + 50 - 100 = 0
            page.check(f"[id='{block.id}--{several.id}--{key}']")
        page.click(f"[id='{block.id}-submit']")
        result = page.locator(f"[id='{block.id}-result']").inner_text()
        assert result.startswith("Your score: 25 % (0.5 of 2 points)"), result
        assert "Partly correct." in page.locator(f"[id='{block.id}--{single.id}-feedback']").inner_text()
        page.click(f"[id='{block.id}-retry']")
        page.check(f"[id='{block.id}--{single.id}--c']")  # a penalty: -25 %
        page.check(f"[id='{block.id}--{several.id}--a']")  # one of two primes: 50 %
        page.click(f"[id='{block.id}-submit']")
        result = page.locator(f"[id='{block.id}-result']").inner_text()
        assert result.startswith("Your score: 13 % (0.25 of 2 points)"), result
        browser.close()


@pytest.mark.moodle
def test_moodle_backup_carries_the_gift_fractions(tmp_project: Project, tmp_path: Path) -> None:
    require_kit()
    _gift_project(tmp_project)
    spec = get_exporter("moodle")
    out = tmp_path / "partial.mbz"
    spec.export(tmp_project.course, tmp_project.media_dir, out, spec.default_options(),
                null_progress())
    verdict = moodle_import(out)
    assert verdict["ok"], verdict["errors"]
    quiz = next(a for a in verdict["activities"] if a["type"] == "quiz")
    assert [q["answers"] for q in quiz["questions"]] == [
        ["The best (1)", "Half right (0.5)", "A guess that costs (-0.25)", "Wrong (0)"],
        ["Two (0.5)", "Three (0.5)", "Four (-1)"],
    ]


@pytest.mark.moodle
def test_moodle_xml_both_ways_with_a_real_moodle(tmp_project: Project, full_project: Project,
                                                 tmp_path: Path) -> None:
    require_kit()
    # 1. Moodle's own export of every kind imports into Studio.
    xml, _ = kit_php("question_bank.php")
    exported = tmp_path / "moodle-export.xml"
    exported.write_text(xml, encoding="utf-8")
    report = import_into(tmp_project, exported)
    quizzes = [b.quiz for _, _, b in tmp_project.course.quizzes()]
    kinds = sorted(q.KIND for quiz in quizzes for q in quiz.questions)
    assert kinds == sorted(["single_choice", "multiple_response", "true_false", "fill_blank",
                            "numeric", "matching", "ordering", "essay"]), report
    single = next(q for quiz in quizzes for q in quiz.questions if q.KIND == "single_choice")
    assert [c.weight for c in single.choices] == [100, 50, -25, 0]  # type: ignore[union-attr]
    # 2. Studio's export of the every-kind course imports into that Moodle, natively.
    ours = tmp_path / "studio.xml"
    ours.write_bytes(moodle_xml(full_project.course, full_project.media_dir))
    out, _ = kit_php("import_questions.php", str(ours))
    result = json.loads(out)
    assert result["ok"], result["messages"]
    assert [q["qtype"] for q in result["questions"]] == [
        "multichoice", "multichoice", "truefalse", "shortanswer", "numerical", "numerical",
        "match", "ddwtos", "essay"]
    assert result["questions"][1]["answers"] == [["Rain", 0.5], ["Snow", 0.5], ["Clouds", -0.5],
                                                 ["Vapour", -0.5]]
    # 3. Round trip: Studio -> Moodle XML -> Studio gives the same questions.
    back = Project.create(tmp_path / "back.studio", title="Back")
    try:
        import_into(back, ours)
        before = [q for _, _, b in full_project.course.quizzes() for q in b.quiz.questions]
        after = [q for _, _, b in back.course.quizzes() for q in b.quiz.questions]
        assert [_comparable(q) for q in after] == [_comparable(q) for q in before]
    finally:
        back.close()


def _comparable(q: object) -> dict[str, object]:
    """A question's data without ids (new on import) and with default weights made explicit."""
    data = to_data(q)

    def strip(value: object) -> object:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("id", "weight")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    out = strip(data)
    assert isinstance(out, dict)
    if isinstance(q, NumericQuestion):  # Moodle has value +- tolerance only: same interval
        low, high = (q.low, q.high) if q.mode == "range" else (q.value - q.tolerance,
                                                               q.value + q.tolerance)
        for key in ("mode", "value", "tolerance", "low", "high"):
            out.pop(key)
        out["accepts"] = (round(low, 9), round(high, 9))
    if isinstance(q, SingleChoiceQuestion | MultipleResponseQuestion):
        out["weights"] = [round(w, 4) for w in choice_weights(q)]
    return out
