"""QTI 1.2 as Canvas exports it, and QTI 2.1 packages; our own QTI without the embedded course."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.exporters import EXPORTERS, get_exporter
from studio.importers import detect_format, import_into
from studio.importers.qti12 import read_qti12
from studio.importers.report import ImportReport
from studio.importers.safe_xml import parse_xml
from studio.jobs import null_progress
from studio.model import (
    EssayQuestion,
    FillBlankQuestion,
    MatchingQuestion,
    MultipleResponseQuestion,
    NumericQuestion,
    OrderingQuestion,
    QuizBlock,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from studio.model.serialize import to_data
from studio.project import Project
from tests.importers.builders import write_zip
from tests.importers.qti_samples import (
    ASSESSMENT_META,
    CANVAS_MANIFEST,
    CANVAS_QTI,
    QTI21_ITEMS,
    QTI21_MANIFEST,
    QTI21_TEST,
)


def _quizzes(project: Project) -> list[QuizBlock]:
    return [b for _, _, b in project.course.blocks() if isinstance(b, QuizBlock)]


def test_canvas_qti12_every_kind() -> None:
    report = ImportReport()
    quizzes = read_qti12(parse_xml(CANVAS_QTI.encode(), "g0a1.xml"), report)
    assert len(quizzes) == 1
    quiz = quizzes[0]
    assert quiz.title == "Water quiz" and quiz.attempts == 2
    qs = quiz.questions
    assert [q.KIND for q in qs] == ["single_choice", "true_false", "multiple_response", "fill_blank",
                                    "numeric", "numeric", "matching", "essay"]
    sc = qs[0]
    assert isinstance(sc, SingleChoiceQuestion)
    assert sc.prompt == "<p>What makes water evaporate?</p>"
    assert [c.correct for c in sc.choices] == [True, False, False]
    assert sc.choices[1].feedback == "Wind helps, but no."
    assert (sc.feedback.general, sc.feedback.correct, sc.feedback.incorrect) == (
        "Solar energy.", "Well done.", "Look again.")
    tf = qs[1]
    assert isinstance(tf, TrueFalseQuestion) and tf.answer is False
    mr = qs[2]
    assert isinstance(mr, MultipleResponseQuestion) and [c.correct for c in mr.choices] == [True, True, False]
    assert mr.points == 2
    fib = qs[3]
    assert isinstance(fib, FillBlankQuestion) and fib.accepted == ["condensation", "condensing"]
    num = qs[4]
    assert isinstance(num, NumericQuestion) and (num.mode, num.value, num.tolerance) == ("exact", 97, 1)
    rng = qs[5]
    assert isinstance(rng, NumericQuestion) and (rng.mode, rng.low, rng.high) == ("range", 99, 101)
    match = qs[6]
    assert isinstance(match, MatchingQuestion)
    assert [(p.prompt, p.answer) for p in match.pairs] == [("Evaporation", "vapour"), ("Condensation", "droplets")]
    assert match.distractors == ["salt"]
    assert isinstance(qs[7], EssayQuestion)
    assert [(e.where, "blanks" in e.message) for e in report.skipped_entries] == [("item i9", True)]


def test_canvas_qti_zip_export_imports_as_a_quiz(tmp_project: Project, tmp_path: Path) -> None:
    package = write_zip(tmp_path / "water-quiz-export.zip", {
        "imsmanifest.xml": CANVAS_MANIFEST,
        "g0a1/g0a1.xml": CANVAS_QTI,
        "g0a1/assessment_meta.xml": ASSESSMENT_META,
    })
    assert detect_format(package) == "qti12"
    report = import_into(tmp_project, package, null_progress())
    assert report.questions == 8 and len(report.skipped_entries) == 1
    (block,) = _quizzes(tmp_project)
    assert block.quiz.title == "Water quiz"


def test_qti21_package_every_interaction(tmp_project: Project, tmp_path: Path) -> None:
    entries: dict[str, bytes | str] = {"imsmanifest.xml": QTI21_MANIFEST, "tests/test.xml": QTI21_TEST}
    entries.update({f"items/{name}": text for name, text in QTI21_ITEMS.items()})
    package = write_zip(tmp_path / "qti21.zip", entries)
    assert detect_format(package) == "qti21"
    report = import_into(tmp_project, package, null_progress())
    (block,) = _quizzes(tmp_project)
    quiz = block.quiz
    assert quiz.title == "Water test"
    qs = quiz.questions
    assert [q.KIND for q in qs] == ["single_choice", "multiple_response", "true_false", "fill_blank",
                                    "numeric", "essay", "matching", "ordering"]
    sc = qs[0]
    assert isinstance(sc, SingleChoiceQuestion) and sc.choices[0].feedback == "Yes."
    assert sc.feedback.correct == "Well done." and sc.prompt == "<p>What makes water evaporate?</p>"
    assert isinstance(qs[1], MultipleResponseQuestion) and "precipitation" in qs[1].prompt
    assert isinstance(qs[2], TrueFalseQuestion) and qs[2].answer is False
    assert isinstance(qs[3], FillBlankQuestion) and qs[3].accepted == ["condensation"]
    assert isinstance(qs[4], NumericQuestion) and (qs[4].value, qs[4].tolerance) == (97, 1)
    match = qs[6]
    assert isinstance(match, MatchingQuestion) and match.distractors == ["salt"]
    order = qs[7]
    assert isinstance(order, OrderingQuestion) and [i.text for i in order.items] == ["Evaporation", "Condensation"]
    assert [e.where for e in report.skipped_entries] == ["item hotspot"]


def test_single_qti21_item_file(tmp_project: Project, tmp_path: Path) -> None:
    item = tmp_path / "choice.xml"
    item.write_text(QTI21_ITEMS["choice.xml"], encoding="utf-8")
    assert detect_format(item) == "qti21"
    import_into(tmp_project, item, null_progress())
    assert len(_quizzes(tmp_project)[0].quiz.questions) == 1


@pytest.mark.parametrize(("name", "kinds"), [
    ("qti12", ["single_choice", "multiple_response", "true_false", "fill_blank", "numeric", "numeric",
               "matching", "matching", "essay"]),
    ("qti21", ["single_choice", "multiple_response", "true_false", "fill_blank", "numeric", "numeric",
               "matching", "ordering", "essay"]),
])
def test_our_qti_without_the_embedded_course_reads_back(
    full_project: Project, tmp_path: Path, tmp_project: Project, name: str, kinds: list[str]
) -> None:
    """The foreign-package path on our own QTI (embedding off): every kind the format keeps."""
    if name not in EXPORTERS:
        pytest.fail(f"EXPORTER {name!r} IS ABSENT")
    spec = get_exporter(name)
    out = tmp_path / f"quiz{spec.extension}"
    spec.export(full_project.course, full_project.media_dir, out,
                spec.options_from({"embed_project": False}), null_progress())
    assert detect_format(out) == name
    import_into(tmp_project, out, null_progress())
    (block,) = _quizzes(tmp_project)
    assert [q.KIND for q in block.quiz.questions] == kinds
    original = next(b for _, _, b in full_project.course.blocks() if isinstance(b, QuizBlock)).quiz
    for mine, theirs in zip(block.quiz.questions, original.questions, strict=True):
        if mine.KIND != theirs.KIND:  # Canvas QTI has no ordering: it goes out as matching
            assert (name, theirs.KIND) == ("qti12", "ordering")
            continue
        if isinstance(mine, NumericQuestion) and isinstance(theirs, NumericQuestion):
            # 99..101 may come back as 100 +- 1: the same answers are right.
            probes = [theirs.low - 0.5, theirs.low, theirs.value, theirs.high, theirs.high + 0.5,
                      theirs.value - theirs.tolerance - 0.1, theirs.value + theirs.tolerance]
            assert [mine.accepts(x) for x in probes] == [theirs.accepts(x) for x in probes]
            continue
        assert _without_ids(to_data(mine)) == _without_ids(to_data(theirs))


def _without_ids(data: object) -> object:
    if isinstance(data, dict):
        return {k: _without_ids(v) for k, v in data.items() if k != "id"}
    if isinstance(data, list):
        return [_without_ids(v) for v in data]
    return data


BLACKBOARD_POOL = """<?xml version="1.0" encoding="UTF-8"?>
<questestinterop><assessment title="Rivers pool"><section>
<item title="Q1" maxattempts="0"><itemmetadata><bbmd_asi_object_id>_1_1</bbmd_asi_object_id>
  <bbmd_questiontype>Multiple Answer</bbmd_questiontype></itemmetadata>
 <presentation><flow class="Block"><flow class="QUESTION_BLOCK"><flow class="FORMATTED_TEXT_BLOCK">
  <material><mat_extension><mat_formattedtext type="HTML">&lt;p&gt;Which are rivers?&lt;/p&gt;</mat_formattedtext></mat_extension>
  <mattext texttype="text/html">&lt;p&gt;Which are rivers?&lt;/p&gt;</mattext></material></flow></flow>
  <flow class="RESPONSE_BLOCK"><response_lid ident="response" rcardinality="Multiple"><render_choice shuffle="No">
   <flow_label><response_label ident="a"><flow_mat><material><mattext>Nile</mattext></material></flow_mat></response_label></flow_label>
   <flow_label><response_label ident="b"><flow_mat><material><mattext>Alps</mattext></material></flow_mat></response_label></flow_label>
   <flow_label><response_label ident="c"><flow_mat><material><mattext>Amazon</mattext></material></flow_mat></response_label></flow_label>
  </render_choice></response_lid></flow></flow></presentation>
 <resprocessing scoremodel="SumOfScores"><outcomes><decvar varname="SCORE" vartype="Decimal" defaultval="0" minvalue="0" maxvalue="10"/></outcomes>
  <respcondition title="correct"><conditionvar><and><varequal respident="response" case="No">a</varequal>
   <not><varequal respident="response" case="No">b</varequal></not><varequal respident="response" case="No">c</varequal></and></conditionvar>
   <setvar variablename="SCORE" action="Set">SCORE.max</setvar><displayfeedback linkrefid="correct" feedbacktype="Response"/></respcondition>
  <respcondition title="incorrect"><conditionvar><other/></conditionvar><setvar variablename="SCORE" action="Set">0</setvar>
   <displayfeedback linkrefid="incorrect" feedbacktype="Response"/></respcondition></resprocessing>
 <itemfeedback ident="correct" view="All"><flow_mat><flow_mat><material><mattext>Yes.</mattext></material></flow_mat></flow_mat></itemfeedback>
</item></section></assessment></questestinterop>"""


def test_blackboard_pool_item() -> None:
    report = ImportReport()
    (quiz,) = read_qti12(parse_xml(BLACKBOARD_POOL.encode(), "res00001.dat"), report)
    (q,) = quiz.questions
    assert isinstance(q, MultipleResponseQuestion)
    assert q.prompt == "<p>Which are rivers?</p>"
    assert [(c.text, c.correct) for c in q.choices] == [("Nile", True), ("Alps", False), ("Amazon", True)]
