"""Canvas-flavoured QTI 1.2 (every question kind) and Canvas' ``assessment_meta.xml``.

Canvas' importer reads plain QTI 1.2 with a ``question_type`` metadata field
per item (the shape Canvas itself exports in ``non_cc_assessments/*.xml.qti``
and that text2qti writes for QTI zips). Kinds outside the CC profile keep their
meaning here: numeric -> ``numerical_question`` (exact +/- margin, or a range),
matching -> ``matching_question``, ordering -> ``matching_question`` of
positions ("Position 1" -> which item), the rest one to one. Matching options
use numeric idents: Canvas takes a match id from the first digit run.
"""

from __future__ import annotations

from lxml import etree

from studio.exporters.qti.items12 import (
    format_points,
    material_html,
    material_text,
    meta_field,
    sub,
)
from studio.exporters.qti.qti12 import (
    PLAIN_QTI_XSD,
    instructions_html,
    max_attempts,
    questestinterop,
)
from studio.exporters.xml import to_bytes
from studio.model.quiz import (
    Choice,
    EssayQuestion,
    FillBlankQuestion,
    MatchingQuestion,
    MultipleResponseQuestion,
    NumericQuestion,
    OrderingQuestion,
    Question,
    Quiz,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from studio.sanitize import plain_text, sanitize_html

CANVAS_NS = "http://canvas.instructure.com/xsd/cccv1p0"
CANVAS_XSD = "https://canvas.instructure.com/xsd/cccv1p0.xsd"

CANVAS_TYPE = {
    "single_choice": "multiple_choice_question",
    "multiple_response": "multiple_answers_question",
    "true_false": "true_false_question",
    "fill_blank": "short_answer_question",
    "numeric": "numerical_question",
    "matching": "matching_question",
    "ordering": "matching_question",
    "essay": "essay_question",
}


def _num(x: float) -> str:
    return format_points(x)


def _cond(rp: etree._Element, continue_: str | None = None) -> tuple[etree._Element, etree._Element]:
    attrs = {"continue": continue_} if continue_ else {}
    cond = sub(rp, "respcondition", **attrs)
    return cond, sub(cond, "conditionvar")


def _show(cond: etree._Element, fid: str) -> None:
    sub(cond, "displayfeedback", feedbacktype="Response", linkrefid=fid)


def _choices(q: Question) -> list[Choice]:
    if isinstance(q, TrueFalseQuestion):
        return [Choice("True", q.answer, q.true_feedback, id="true"),
                Choice("False", not q.answer, q.false_feedback, id="false")]
    if isinstance(q, SingleChoiceQuestion | MultipleResponseQuestion):
        return q.choices
    return []


def _pairs(q: MatchingQuestion | OrderingQuestion) -> tuple[list[str], list[str], list[int]]:
    """(left prompts, right options, index of the right option for each prompt)."""
    if isinstance(q, OrderingQuestion):
        options = [plain_text(i.text) or i.text for i in q.items]
        return [f"Position {k}" for k in range(1, len(options) + 1)], options, list(
            range(len(options)))
    options = []
    for a in [p.answer for p in q.pairs] + list(q.distractors):
        if a not in options:
            options.append(a)
    return [p.prompt for p in q.pairs], options, [options.index(p.answer) for p in q.pairs]


def _presentation(item: etree._Element, q: Question, shuffle: bool) -> None:
    pres = sub(item, "presentation")
    material_html(pres, q.prompt)
    if isinstance(q, SingleChoiceQuestion | TrueFalseQuestion | MultipleResponseQuestion):
        card = "Multiple" if isinstance(q, MultipleResponseQuestion) else "Single"
        lid = sub(pres, "response_lid", ident="response1", rcardinality=card)
        render = sub(lid, "render_choice", shuffle="Yes" if shuffle else "No")
        for c in _choices(q):
            material_text(sub(render, "response_label", ident=c.id), c.text)
    elif isinstance(q, MatchingQuestion | OrderingQuestion):
        lefts, options, _ = _pairs(q)
        for k, left in enumerate(lefts, start=1):
            lid = sub(pres, "response_lid", ident=f"response_{k}", rcardinality="Single")
            material_text(lid, left)
            render = sub(lid, "render_choice")
            for j, option in enumerate(options, start=1):
                label = sub(render, "response_label", ident=str(1000 + j))
                material_text(label, plain_text(option) or option)
    else:
        rs = sub(pres, "response_str", ident="response1", rcardinality="Single")
        attrs = {"fibtype": "Decimal"} if isinstance(q, NumericQuestion) else {}
        sub(sub(rs, "render_fib", **attrs), "response_label", ident="answer1", rshuffle="No")


def _resprocessing(item: etree._Element, q: Question) -> None:
    rp = sub(item, "resprocessing")
    sub(sub(rp, "outcomes"), "decvar", maxvalue="100", minvalue="0", varname="SCORE",
        vartype="Decimal")
    fb = q.feedback
    if fb.general.strip():
        cond, var = _cond(rp, "Yes")
        sub(var, "other")
        _show(cond, "general_fb")
    if isinstance(q, SingleChoiceQuestion | TrueFalseQuestion | MultipleResponseQuestion):
        for c in _choices(q):
            if c.feedback.strip():
                cond, var = _cond(rp, "Yes")
                sub(var, "varequal", c.id, respident="response1")
                _show(cond, f"{c.id}_fb")
        cond, var = _cond(rp, "No")
        if isinstance(q, MultipleResponseQuestion):
            both = sub(var, "and")
            for c in q.choices:
                target = both if c.correct else sub(both, "not")
                sub(target, "varequal", c.id, respident="response1")
        else:
            right = next(c for c in _choices(q) if c.correct)
            sub(var, "varequal", right.id, respident="response1")
        sub(cond, "setvar", "100", action="Set", varname="SCORE")
        if fb.correct.strip():
            _show(cond, "correct_fb")
    elif isinstance(q, FillBlankQuestion):
        cond, var = _cond(rp, "No")
        for answer in q.accepted:
            sub(var, "varequal", answer, respident="response1")
        sub(cond, "setvar", "100", action="Set", varname="SCORE")
        if fb.correct.strip():
            _show(cond, "correct_fb")
    elif isinstance(q, NumericQuestion):
        cond, var = _cond(rp, "No")
        if q.mode == "range":
            sub(var, "vargte", _num(q.low), respident="response1")
            sub(var, "varlte", _num(q.high), respident="response1")
        else:
            either = sub(var, "or")
            sub(either, "varequal", _num(q.value), respident="response1")
            both = sub(either, "and")
            sub(both, "vargte", _num(q.value - q.tolerance), respident="response1")
            sub(both, "varlte", _num(q.value + q.tolerance), respident="response1")
        sub(cond, "setvar", "100", action="Set", varname="SCORE")
        if fb.correct.strip():
            _show(cond, "correct_fb")
    elif isinstance(q, MatchingQuestion | OrderingQuestion):
        lefts, _, answers = _pairs(q)
        share = f"{100.0 / max(1, len(lefts)):.2f}"
        for k, index in enumerate(answers, start=1):
            cond, var = _cond(rp)
            sub(var, "varequal", str(1001 + index), respident=f"response_{k}")
            sub(cond, "setvar", share, action="Add", varname="SCORE")
    else:  # essay
        cond, var = _cond(rp, "No")
        sub(var, "other")
    if fb.incorrect.strip() and not isinstance(q, EssayQuestion):
        cond, var = _cond(rp, "Yes")
        sub(var, "other")
        _show(cond, "general_incorrect_fb")


def _feedback(item: etree._Element, ident: str, html: str) -> None:
    if html.strip():
        material_text(sub(sub(item, "itemfeedback", ident=ident), "flow_mat"), html)


def canvas_item(section: etree._Element, n: int, q: Question, shuffle: bool) -> None:
    title = f"Q{n}: {(plain_text(q.prompt) or 'Question')[:57]}"
    item = sub(section, "item", ident=q.id, title=title)
    meta = sub(sub(item, "itemmetadata"), "qtimetadata")
    meta_field(meta, "question_type", CANVAS_TYPE[q.KIND])
    meta_field(meta, "points_possible", format_points(q.points))
    meta_field(meta, "original_answer_ids", ",".join(c.id for c in _choices(q)))
    meta_field(meta, "assessment_question_identifierref", f"{q.id}-aq")
    _presentation(item, q, shuffle)
    _resprocessing(item, q)
    _feedback(item, "general_fb", q.feedback.general)
    _feedback(item, "correct_fb", q.feedback.correct)
    _feedback(item, "general_incorrect_fb", q.feedback.incorrect)
    for c in _choices(q):
        _feedback(item, f"{c.id}_fb", c.feedback)
    if isinstance(q, EssayQuestion) and q.guidance.strip():
        sol = sub(sub(sub(item, "itemfeedback", ident="solution"), "solution"),
                  "solutionmaterial")
        material_text(sol, q.guidance)


def canvas_assessment(quiz: Quiz, ident: str) -> tuple[bytes, list[str]]:
    """Every question in Canvas' own QTI dialect, and notes on what changes in Canvas."""
    root = questestinterop(PLAIN_QTI_XSD)
    assessment = sub(root, "assessment", ident=ident, title=quiz.title)
    meta = sub(assessment, "qtimetadata")
    meta_field(meta, "cc_maxattempts", max_attempts(quiz))
    section = sub(assessment, "section", ident="root_section")
    notes = []
    for n, q in enumerate(quiz.questions, start=1):
        canvas_item(section, n, q, quiz.shuffle_choices)
        if isinstance(q, OrderingQuestion):
            notes.append(f"quiz {quiz.title!r}, question {n} (ordering): Canvas classic "
                         "quizzes have no ordering type; the extension file asks it as "
                         "matching items to positions")
    return to_bytes(root), notes


def canvas_quiz_meta(quiz: Quiz, ident: str) -> bytes:
    """``assessment_meta.xml``: the quiz settings Canvas keeps outside QTI."""
    root = etree.Element(f"{{{CANVAS_NS}}}quiz", nsmap={None: CANVAS_NS, "xsi": XSI})
    root.set("identifier", ident)
    root.set(f"{{{XSI}}}schemaLocation", f"{CANVAS_NS} {CANVAS_XSD}")
    points = format_points(sum(q.points for q in quiz.questions))

    def add(parent: etree._Element, tag: str, text: str) -> etree._Element:
        el = etree.SubElement(parent, f"{{{CANVAS_NS}}}{tag}")
        el.text = text
        return el

    add(root, "title", quiz.title)
    add(root, "description", sanitize_html(instructions_html(quiz)))
    add(root, "shuffle_answers", "true" if quiz.shuffle_choices else "false")
    add(root, "scoring_policy", "keep_highest")
    add(root, "hide_results", "")
    add(root, "quiz_type", "assignment")
    add(root, "points_possible", points)
    add(root, "show_correct_answers", "true")
    add(root, "allowed_attempts", str(quiz.attempts) if quiz.attempts > 0 else "-1")
    add(root, "one_question_at_a_time", "false")
    add(root, "cant_go_back", "false")
    add(root, "available", "false")
    assignment = etree.SubElement(root, f"{{{CANVAS_NS}}}assignment")
    assignment.set("identifier", f"{ident}-assignment")
    add(assignment, "title", quiz.title)
    add(assignment, "workflow_state", "unpublished")
    add(assignment, "quiz_identifierref", ident)
    add(assignment, "points_possible", points)
    add(assignment, "grading_type", "points")
    add(assignment, "submission_types", "online_quiz")
    return to_bytes(root)


XSI = "http://www.w3.org/2001/XMLSchema-instance"
