"""GIFT (as Moodle exports it), Aiken, Studio's quiz text and CSV: every kind each can express."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.errors import ImportFormatError
from studio.importers import detect_format, import_into
from studio.importers.aiken import parse_aiken
from studio.importers.csv_questions import parse_csv_questions
from studio.importers.gift import parse_gift
from studio.importers.quiztext import parse_quiztext
from studio.importers.report import ImportReport
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
from studio.model.serialize import course_to_data
from studio.project import Project

# What Moodle 4's "Export questions > GIFT" writes: comments with the question id,
# a category line, [html] text, tab-indented answers, escaped specials.
MOODLE_GIFT = """// question: 0  name: Switch category to $course$/top/Water
$CATEGORY: $course$/top/Water


// question: 101  name: Evaporation
::Evaporation::[html]<p>What makes water <strong>evaporate</strong>?</p>{
\t=<p>The heat of the sun</p>#<p>Yes\\: the sun provides the energy.</p>
\t~<p>The wind alone</p>#<p>Wind helps, but the energy comes from the sun.</p>
\t~<p>The moon's gravity</p>
\t####<p>Solar energy turns liquid water into vapour.</p>
}


// question: 102  name: Precipitation
::Precipitation::[html]<p>Which are forms of precipitation?</p>{
\t~%50%Rain
\t~%50%Snow
\t~%-100%Clouds#Clouds are droplets.
}


// question: 103  name: Fresh water
::Fresh water::[html]<p>Most of the Earth's water is fresh water.</p>{FALSE#No\\: about 97 % is salt water.#Right.}


// question: 104  name: Condensation
::Condensation::[html]<p>Water vapour cools into droplets. This is called</p>{
\t=%100%condensation#Correct
\t=%100%condensing
}


// question: 105  name: Oceans
::Oceans::[html]<p>What percentage of water is in the oceans?</p>{#
\t=%100%97:1#About 97 %.
}


// question: 106  name: Boiling
::Boiling::[html]<p>Water boils between what values?</p>{#99..101}


// question: 107  name: Stages
::Stages::[html]<p>Match each stage.</p>{
\t=<p>Evaporation</p> -> Liquid becomes vapour
\t=<p>Condensation</p> -> Vapour becomes droplets
\t=<p>Precipitation</p> -> Water falls
}


// question: 108  name: Farming
::Farming::[html]<p>Explain why the water cycle matters \\{in two sentences\\}.</p>{}


// question: 109  name: Missing word
::Missing word::The sun {=heats ~cools} the ocean.


// question: 110  name: Intro
::Intro::[html]<p>This is a description, not a question.</p>
"""


def test_moodle_gift_export_every_kind() -> None:
    report = ImportReport()
    qs = parse_gift(MOODLE_GIFT, "bank.gift", report)
    kinds = [q.KIND for q in qs]
    assert kinds == ["single_choice", "multiple_response", "true_false", "fill_blank", "numeric",
                     "numeric", "matching", "essay", "single_choice"]
    sc = qs[0]
    assert isinstance(sc, SingleChoiceQuestion)
    assert sc.prompt == "<p>What makes water <strong>evaporate</strong>?</p>"
    assert [(c.text, c.correct) for c in sc.choices] == [
        ("The heat of the sun", True), ("The wind alone", False), ("The moon's gravity", False)]
    assert sc.choices[0].feedback == "Yes: the sun provides the energy."
    assert sc.feedback.general == "Solar energy turns liquid water into vapour."
    mr = qs[1]
    assert isinstance(mr, MultipleResponseQuestion)
    assert [c.correct for c in mr.choices] == [True, True, False]
    assert mr.choices[2].feedback == "Clouds are droplets."
    tf = qs[2]
    assert isinstance(tf, TrueFalseQuestion) and tf.answer is False
    assert tf.true_feedback == "No: about 97 % is salt water." and tf.false_feedback == "Right."
    fib = qs[3]
    assert isinstance(fib, FillBlankQuestion) and fib.accepted == ["condensation", "condensing"]
    num = qs[4]
    assert isinstance(num, NumericQuestion) and (num.mode, num.value, num.tolerance) == ("exact", 97, 1)
    rng = qs[5]
    assert isinstance(rng, NumericQuestion) and (rng.mode, rng.low, rng.high) == ("range", 99, 101)
    match = qs[6]
    assert isinstance(match, MatchingQuestion)
    assert [(p.prompt, p.answer) for p in match.pairs][0] == ("Evaporation", "Liquid becomes vapour")
    essay = qs[7]
    assert isinstance(essay, EssayQuestion) and "{in two sentences}" in essay.prompt
    missing = qs[8]
    assert missing.prompt == "<p>The sun ___ the ocean.</p>"
    # The description is reported with its line, never silently dropped.
    skipped = report.skipped_entries
    assert len(skipped) == 1 and skipped[0].where.startswith("line ") and "Intro" in skipped[0].where


def test_gift_without_questions_is_a_clear_error() -> None:
    with pytest.raises(ImportFormatError) as info:
        parse_gift("// only a comment\n", "empty.gift", ImportReport())
    assert "empty.gift" in str(info.value) and "What to do" in str(info.value)


def test_gift_unmappable_items_are_reported_with_their_line() -> None:
    report = ImportReport()
    qs = parse_gift("Q1 {=a ~b}\n\nQ2 {~a ~b}\n\nQ3 {#abc}\n", "x.gift", report)
    assert len(qs) == 1
    assert [e.where for e in report.skipped_entries] == ["line 3", "line 5"]


AIKEN = """What is the capital of France?
A. Paris
B. London
C) Berlin
ANSWER: A

Which gas do plants take in?
A. Oxygen
B. Carbon dioxide
ANSWER: B

A question that forgot its answer
A. yes
B. no
"""


def test_aiken_single_choice_and_a_broken_question() -> None:
    report = ImportReport()
    qs = parse_aiken(AIKEN, "a.txt", report)
    assert [q.KIND for q in qs] == ["single_choice", "single_choice"]
    assert isinstance(qs[1], SingleChoiceQuestion)
    assert [c.correct for c in qs[1].choices] == [False, True]
    assert [e.where for e in report.skipped_entries] == ["line 12"]


QUIZTEXT = """Title: Check your understanding
Instructions: Answer every question.
Pass: 70
Attempts: 3

1. What makes water **evaporate**?
Points: 2
*a) The heat of the sun
... Yes: the sun provides the energy.
b) The wind alone
... Wind helps, but the energy comes from the sun.
Correct: Well done.
Incorrect: Look again at the evaporation slide.
Explanation: Solar energy turns liquid water into vapour.

2. Which of these are forms of precipitation?
[x] Rain
[x] Snow
[ ] Clouds
... Clouds are condensed droplets.

3. Most of the Earth's water is fresh water.
Answer: false
True feedback: No: about 97 % is salt water.
False feedback: Right: only about 3 % is fresh water.

4. Water vapour turns into droplets. This stage is called ___.
Accept: condensation
Accept: condensing

5. About what percentage of the Earth's water is in the oceans?
Answer: 97 +- 1

6. Water boils between what values (degrees Celsius)?
Answer: 99 .. 101

7. Match each stage with what happens in it.
Match: Evaporation -> Liquid water becomes vapour
Match: Condensation -> Vapour becomes droplets
Distractor: Water turns to salt

8. Put the stages in order.
Order: Evaporation
Order: Condensation
Order: Precipitation

9. Explain why the water cycle matters for farming.

Use two or three sentences.
Essay: Mentions rainfall or irrigation.
Points: 2

10. A question with no answers at all.
"""


def test_quiztext_every_kind_and_settings() -> None:
    report = ImportReport()
    quiz = parse_quiztext(QUIZTEXT, "quiz.md", report)
    assert quiz.title == "Check your understanding"
    assert (quiz.passing_score, quiz.attempts) == (70.0, 3)
    assert [q.KIND for q in quiz.questions] == [
        "single_choice", "multiple_response", "true_false", "fill_blank", "numeric", "numeric",
        "matching", "ordering", "essay"]
    q1 = quiz.questions[0]
    assert isinstance(q1, SingleChoiceQuestion)
    assert q1.prompt == "<p>What makes water <strong>evaporate</strong>?</p>"
    assert q1.points == 2 and q1.feedback.correct == "Well done."
    assert q1.choices[1].feedback == "Wind helps, but the energy comes from the sun."
    q2 = quiz.questions[1]
    assert isinstance(q2, MultipleResponseQuestion) and [c.correct for c in q2.choices] == [True, True, False]
    q3 = quiz.questions[2]
    assert isinstance(q3, TrueFalseQuestion) and not q3.answer and q3.false_feedback.startswith("Right")
    q6 = quiz.questions[5]
    assert isinstance(q6, NumericQuestion) and (q6.low, q6.high) == (99, 101)
    q7 = quiz.questions[6]
    assert isinstance(q7, MatchingQuestion) and q7.distractors == ["Water turns to salt"]
    q8 = quiz.questions[7]
    assert isinstance(q8, OrderingQuestion) and [i.text for i in q8.items][0] == "Evaporation"
    q9 = quiz.questions[8]
    assert isinstance(q9, EssayQuestion) and q9.prompt.count("<p>") == 2 and q9.points == 2
    assert [e.where for e in report.skipped_entries] == ["line 53"]
    assert QUIZTEXT.splitlines()[52].startswith("10.")


CSV = """type,question,points,answer,option 1,option 2,option 3,correct feedback,explanation
single_choice,What makes water evaporate?,1,1,The heat of the sun,The wind,The moon,Well done.,Solar energy.
multiple_response,Forms of precipitation?,2,1|2,Rain,Snow,Clouds,,
true_false,Most water is fresh.,1,false,,,,,
fill_blank,This stage is called ___.,1,condensation|condensing,,,,,
numeric,Percent in the oceans?,1,97 +- 1,,,,,
numeric,Boiling range?,1,99 .. 101,,,,,
matching,Match the stages.,3,,Evaporation -> vapour,Condensation -> droplets,salt,,
ordering,Put in order.,2,,Evaporation,Condensation,Precipitation,,
essay,Why does it matter?,2,Mentions rainfall.,,,,,
hotspot,Click the cloud.,1,,,,,,
"""


def test_csv_every_kind_and_unknown_type() -> None:
    report = ImportReport()
    qs = parse_csv_questions(CSV, "bank.csv", report)
    assert [q.KIND for q in qs] == [
        "single_choice", "multiple_response", "true_false", "fill_blank", "numeric", "numeric",
        "matching", "ordering", "essay"]
    assert isinstance(qs[0], SingleChoiceQuestion) and qs[0].choices[0].correct
    assert qs[0].feedback.general == "Solar energy."
    assert isinstance(qs[6], MatchingQuestion) and qs[6].distractors == ["salt"] and qs[6].points == 3
    assert isinstance(qs[8], EssayQuestion) and qs[8].guidance == "Mentions rainfall."
    assert [e.where for e in report.skipped_entries] == ["line 11"]


def test_csv_semicolon_separated_from_a_european_spreadsheet() -> None:
    text = "Type;Question;Answer;Option 1;Option 2\nmc;Capital of France?;A;Paris;London\n"
    qs = parse_csv_questions(text, "b.csv", ImportReport())
    assert isinstance(qs[0], SingleChoiceQuestion) and qs[0].choices[0].correct


def test_csv_without_header_is_a_clear_error() -> None:
    with pytest.raises(ImportFormatError, match="header"):
        parse_csv_questions("a,b\n1,2\n", "b.csv", ImportReport())


@pytest.mark.parametrize(
    ("name", "text", "fmt"),
    [("bank.gift", MOODLE_GIFT, "gift"), ("bank.txt", AIKEN, "aiken"), ("quiz.txt", QUIZTEXT, "quiztext"),
     ("quiz.md", QUIZTEXT, "quiztext"), ("bank.csv", CSV, "csv"), ("moodle.txt", MOODLE_GIFT, "gift")],
)
def test_detect_text_formats(tmp_path: Path, name: str, text: str, fmt: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert detect_format(path) == fmt


def test_import_into_new_quiz_then_append_with_quiz_id(tmp_project: Project, tmp_path: Path) -> None:
    gift = tmp_path / "bank.gift"
    gift.write_text(MOODLE_GIFT, encoding="utf-8")
    report = import_into(tmp_project, gift, null_progress())
    assert report.questions == 9
    blocks = [b for _, _, b in tmp_project.course.blocks()]
    assert len(blocks) == 1 and isinstance(blocks[0], QuizBlock)
    quiz_block = blocks[0]
    aiken = tmp_path / "more.txt"
    aiken.write_text(AIKEN, encoding="utf-8")
    before = course_to_data(tmp_project.course)
    import_into(tmp_project, aiken, null_progress(), quiz_block_id=quiz_block.id)
    assert len(quiz_block.quiz.questions) == 11
    tmp_project.stack.undo()  # the whole import is one step
    assert course_to_data(tmp_project.course) == before


def _doc_example(heading: str) -> str:
    """The first code block after ``heading`` in docs/import.md."""
    doc = (Path(__file__).resolve().parents[2] / "docs" / "import.md").read_text(encoding="utf-8")
    section = doc[doc.index(heading):]
    start = section.index("```\n") + 4
    return section[start:section.index("```", start)]


def test_the_documented_examples_import() -> None:
    report = ImportReport()
    quiz = parse_quiztext(_doc_example("### Studio quiz text"), "docs", report)
    assert sorted({q.KIND for q in quiz.questions}) == sorted(
        ["single_choice", "multiple_response", "true_false", "fill_blank", "numeric", "matching",
         "ordering", "essay"])
    assert not report.skipped_entries
    qs = parse_csv_questions(_doc_example("### CSV"), "docs", report)
    assert [q.KIND for q in qs] == ["single_choice", "multiple_response", "numeric", "matching"]
    assert not report.skipped_entries
    assert parse_aiken(_doc_example("### Aiken"), "docs", report)
