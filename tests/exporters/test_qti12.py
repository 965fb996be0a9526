"""QTI 1.2.1 in the Common Cartridge profile: schema-valid, and nothing lost on the way."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from studio.exporters.qti.convert import QtiPolicy, accepted_numbers, to_profile
from studio.exporters.qti.qti12 import cc_assessment, quiz_files
from studio.model.quiz import (
    Choice,
    FillBlankQuestion,
    MatchingQuestion,
    MatchPair,
    MultipleResponseQuestion,
    NumericQuestion,
    OrderingQuestion,
    OrderItem,
    Quiz,
    SingleChoiceQuestion,
)
from studio.sample_content import full_quiz
from tests.exporters.qti_readback import (
    assert_cc_items_match,
    assert_full_items_match,
    assessment_meta,
    read_qti12,
)


@pytest.fixture(scope="module")
def cc11_qti_schema(shared: Path) -> etree.XMLSchema:
    return etree.XMLSchema(
        etree.parse(str(shared / "validators/schemas/cc11/ccv1p1_qtiasiv1p2p1_v1p0.xsd"))
    )


@pytest.fixture(scope="module")
def shared() -> Path:
    from tests.conftest import SHARED

    return SHARED


def test_full_quiz_is_valid_against_the_cc11_qti_profile(cc11_qti_schema: etree.XMLSchema) -> None:
    data, _, count = cc_assessment(full_quiz(), "quiz-1")
    doc = etree.fromstring(data)
    assert cc11_qti_schema.validate(doc), cc11_qti_schema.error_log
    assert count == 11  # 9 questions, matching split into 3


def test_every_answer_points_and_feedback_survive_in_the_cc_file() -> None:
    quiz = full_quiz()
    data, _, _ = cc_assessment(quiz, "quiz-1")
    assert_cc_items_match(quiz, read_qti12(data))


def test_assessment_carries_attempts_pass_mark_and_exam_profile() -> None:
    quiz = full_quiz()
    meta = assessment_meta(etree.fromstring(cc_assessment(quiz, "quiz-1")[0]))
    assert meta["cc_profile"] == "cc.exam.v0p1"
    assert meta["cc_maxattempts"] == "3"
    assert meta["studio_passing_score"] == "70"
    quiz.attempts = 0
    meta = assessment_meta(etree.fromstring(cc_assessment(quiz, "quiz-1")[0]))
    assert meta["cc_maxattempts"] == "unlimited"


def test_canvas_extension_keeps_every_kind() -> None:
    quiz = full_quiz()
    files = quiz_files(quiz, "quiz-1", canvas=True)
    assert files.canvas_xml is not None and files.canvas_meta is not None
    items = read_qti12(files.canvas_xml)
    assert [i.kind for i in items] == [
        "multiple_choice_question",
        "multiple_answers_question",
        "true_false_question",
        "short_answer_question",
        "numerical_question",
        "numerical_question",
        "matching_question",
        "matching_question",
        "essay_question",
    ]
    assert_full_items_match(quiz, items)
    meta = etree.fromstring(files.canvas_meta)
    ns = {"c": "http://canvas.instructure.com/xsd/cccv1p0"}
    assert meta.findtext("c:allowed_attempts", namespaces=ns) == "3"
    assert meta.findtext("c:points_possible", namespaces=ns) == "14"


def test_numeric_answers_list_every_accepted_form() -> None:
    assert accepted_numbers(NumericQuestion(value=97, tolerance=1)) == [
        "96",
        "96.0",
        "97",
        "97.0",
        "98",
        "98.0",
    ]
    assert accepted_numbers(NumericQuestion(value=3.14, tolerance=0.01)) == ["3.13", "3.14", "3.15"]
    assert accepted_numbers(NumericQuestion(mode="range", low=0.5, high=0.7)) == [
        "0.5",
        "0.6",
        "0.7",
    ]
    assert accepted_numbers(NumericQuestion(value=0, tolerance=1000)) is None


def test_a_wide_numeric_range_becomes_an_essay_with_a_marking_note() -> None:
    quiz = Quiz(
        questions=[
            NumericQuestion(
                prompt="<p>Any big number</p>", mode="range", low=0, high=10000, points=2
            )
        ]
    )
    entries, notes = to_profile(quiz, QtiPolicy())
    assert entries[0].question.KIND == "essay"
    assert "from 0 to 10000" in entries[0].question.guidance  # type: ignore[union-attr]
    assert "essay" in notes[0]


def test_drop_policy_leaves_kinds_out_and_says_so() -> None:
    quiz = full_quiz()
    policy = QtiPolicy(numeric="drop", matching="drop", ordering="drop")
    entries, notes = to_profile(quiz, policy)
    kinds = {e.source.KIND for e in entries}
    assert kinds == {"single_choice", "multiple_response", "true_false", "fill_blank", "essay"}
    assert sum("dropped" in n for n in notes) == 4


def test_fractional_points_are_reported_for_moodle() -> None:
    quiz = Quiz(
        questions=[
            MatchingQuestion(
                prompt="<p>Match</p>",
                points=1,
                pairs=[MatchPair("a", "1"), MatchPair("b", "2"), MatchPair("c", "3")],
            )
        ]
    )
    _, notes, _ = cc_assessment(quiz, "quiz-1")
    assert any("whole points" in n for n in notes)


def test_ordering_becomes_one_question_with_the_right_order_among_near_misses() -> None:
    q = OrderingQuestion(prompt="<p>Order</p>", items=[OrderItem(t) for t in "ABCD"], points=2)
    entries, _ = to_profile(Quiz(questions=[q]), QtiPolicy())
    choices = entries[0].question.choices  # type: ignore[union-attr]
    assert [c.text for c in choices if c.correct] == ["A \u2192 B \u2192 C \u2192 D"]
    assert len(choices) == 4 and len({c.text for c in choices}) == 4
    assert entries[0].question.points == 2


def test_empty_quiz_still_gives_a_valid_profile_file(cc11_qti_schema: etree.XMLSchema) -> None:
    quiz = Quiz(title="Nothing yet", questions=[OrderingQuestion(items=[OrderItem("only")])])
    data, notes, count = cc_assessment(quiz, "quiz-1")
    assert count == 0 and any("no question" in n for n in notes)
    assert cc11_qti_schema.validate(etree.fromstring(data)), cc11_qti_schema.error_log


def test_html_in_prompts_is_escaped_text_and_the_course_is_untouched() -> None:
    q = SingleChoiceQuestion(
        prompt="<p>Is <em>x</em> &lt; 3?</p>", choices=[Choice("yes", True), Choice("no", False)]
    )
    quiz = Quiz(questions=[q])
    before = repr(quiz)
    data, _, _ = cc_assessment(quiz, "quiz-1")
    assert b"&lt;em&gt;x&lt;/em&gt;" in data
    assert repr(quiz) == before


def test_moodle_importer_queries_find_answers_points_and_feedback() -> None:
    """The XPath queries of Moodle's CC 1.1 importer (entity11.quiz) find what they need."""
    quiz = full_quiz()
    root = etree.fromstring(cc_assessment(quiz, "quiz-1")[0])
    ns = {"x": "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"}
    mr = quiz.questions[1]
    assert isinstance(mr, MultipleResponseQuestion)
    right = root.xpath(
        f"//x:item[@ident='{mr.id}']//x:setvar[@varname='SCORE'][.=100]/../x:conditionvar"
        "//x:varequal[@case='Yes'][not(parent::x:not)]", namespaces=ns)
    assert {e.text for e in right} == {c.id for c in mr.choices if c.correct}
    tf = quiz.questions[2]
    idents = root.xpath(f"//x:item[@ident='{tf.id}']//x:response_label/@ident", namespaces=ns)
    assert idents == ["true", "false"]
    sc = quiz.questions[0]
    general = root.xpath(
        f"//x:item[@ident='{sc.id}']/x:resprocessing/x:respcondition[@continue='Yes']"
        "/x:displayfeedback/@linkrefid", namespaces=ns)
    assert general == ["general_fb"]
    fib = quiz.questions[3]
    assert isinstance(fib, FillBlankQuestion)
    accepted = root.xpath(
        f"//x:item[@ident='{fib.id}']/x:resprocessing/x:respcondition/x:setvar[text()='100']"
        "/../x:conditionvar/x:varequal/text()", namespaces=ns)
    assert accepted == fib.accepted
    for q in quiz.questions[:4]:
        weight = root.xpath(f"//x:item[@ident='{q.id}']//x:qtimetadatafield[x:fieldlabel="
                            "'cc_weighting']/x:fieldentry/text()", namespaces=ns)
        assert weight == [str(int(q.points))]


def test_cc2olx_reading_marks_exactly_the_right_answers() -> None:
    """Open edX's cc2olx (content_parsers/qti.py) marks every choice met before the first
    ``continue="No"`` condition as correct, and reads fill-in answers the same way."""
    quiz = full_quiz()
    root = etree.fromstring(cc_assessment(quiz, "quiz-1")[0])
    q = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
    items = root.findall(f".//{q}section[@ident='root_section']/{q}item")
    assert items and all(item.get("title") for item in items)
    by_ident = {item.get("ident"): item for item in items}
    for question in quiz.questions:
        item = by_ident.get(question.id)
        if item is None:
            continue  # split matching parts have their own idents
        marked: list[str] = []
        for cond in item.iterfind(f"{q}resprocessing/{q}respcondition"):
            var = cond.find(f"{q}conditionvar")
            assert var is not None
            found = var.findall(f"{q}varequal") or var.findall(f"{q}and/{q}varequal")
            marked += [(v.text or "") for v in found]
            if cond.get("continue", "No") == "No":
                break
        if isinstance(question, SingleChoiceQuestion | MultipleResponseQuestion):
            assert sorted(marked) == sorted(c.id for c in question.choices if c.correct)
        elif isinstance(question, FillBlankQuestion):
            assert marked == question.accepted
