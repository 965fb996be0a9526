"""QTI 1.2.1 items in the Common Cartridge profile, built with lxml.

Only the five item shapes the CC profile carries are built here
(``cc.multiple_choice``, ``cc.multiple_response``, ``cc.true_false``,
``cc.fib``, ``cc.essay``); ``qti.convert`` first turns every other kind into
one of them. Element order follows ``ccv1p1_qtiasiv1p2p1_v1p0.xsd``:
item = itemmetadata, presentation, resprocessing, itemfeedback*.

The response processing is ordered for the importers we target:

- a general-feedback condition first (``<other/>``, ``continue="Yes"``), which
  Moodle reads as the question's general feedback;
- the correct condition next (``continue="No"``, ``setvar`` 100), so Open edX's
  cc2olx, which marks every choice met before the first ``continue="No"`` as
  correct, marks exactly the right ones;
- per-choice feedback conditions with ``continue="No"`` (Moodle adds every
  ``continue="Yes"`` feedback to the general feedback, so these must not be Yes);
- a final ``<other/>`` condition for the overall "incorrect" feedback.

Moodle's importer (``backup/cc/entity11.quiz.class.php``) also needs: true/false
choices with the idents ``true`` and ``false``; the right choices of a multiple
response marked ``case="Yes"`` inside the ``and``; scores of ``100``; points
in ``cc_weighting`` as whole numbers.

Feedback idents follow Canvas' names (``general_fb``, ``correct_fb``,
``general_incorrect_fb``, ``<choice>_fb``) so its importer maps them too.
"""

from __future__ import annotations

import html

from lxml import etree

from studio.exporters import xml
from studio.model.quiz import (
    Choice,
    EssayQuestion,
    FillBlankQuestion,
    MultipleResponseQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from studio.sanitize import plain_text, sanitize_html

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
XSI_NS = xml.XSI
Q = f"{{{QTI_NS}}}"

PROFILE_BY_KIND = {
    "single_choice": "cc.multiple_choice.v0p1",
    "multiple_response": "cc.multiple_response.v0p1",
    "true_false": "cc.true_false.v0p1",
    "fill_blank": "cc.fib.v0p1",
    "essay": "cc.essay.v0p1",
}

ProfileQuestion = (
    SingleChoiceQuestion
    | MultipleResponseQuestion
    | TrueFalseQuestion
    | FillBlankQuestion
    | EssayQuestion
)

TRUE_IDENT = "true"
FALSE_IDENT = "false"


def sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    """Append a QTI element (attributes written in sorted order: stable bytes)."""
    return xml.sub(parent, Q + tag, text, sort=True, **attrs)


def format_points(points: float) -> str:
    """``1`` for 1.0, ``0.5`` for 0.5: whole points as integers (Moodle reads ints)."""
    if float(points).is_integer():
        return str(int(points))
    return repr(float(points))


def meta_field(parent: etree._Element, label: str, entry: str) -> None:
    field = sub(parent, "qtimetadatafield")
    sub(field, "fieldlabel", label)
    sub(field, "fieldentry", entry)


def material_html(parent: etree._Element, html: str) -> etree._Element:
    """A ``material`` of rich text (prompts, instructions): sanitized, then ``text/html``.

    The LMS renders ``text/html`` as markup, so nothing reaches it without going
    through the one sanitizer, whatever the course file or an import held.
    """
    mat = sub(parent, "material")
    sub(mat, "mattext", sanitize_html(html), texttype="text/html")
    return mat


def material_text(parent: etree._Element, text: str) -> etree._Element:
    """A ``material`` of plain text (choices, feedback), shown as written.

    The learner player shows these fields as text, so ``<b>`` stays three characters.
    Text holding ``<``, ``>`` or ``&`` is written HTML-escaped as ``text/html``: an LMS
    that ignores ``texttype`` and pastes the text into its page still shows it as text,
    and a ``<script>`` typed into a choice never runs anywhere.
    """
    mat = sub(parent, "material")
    if any(c in text for c in "<>&"):
        sub(mat, "mattext", html.escape(text, quote=False), texttype="text/html")
    else:
        sub(mat, "mattext", text, texttype="text/plain")
    return mat


def item_title(index: int, prompt: str) -> str:
    text = plain_text(prompt) or f"Question {index}"
    if len(text) > 60:
        text = text[:57].rstrip() + "..."
    return f"Q{index}: {text}"


def _start_item(
    section: etree._Element, ident: str, title: str, kind: str, points: float
) -> etree._Element:
    item = sub(section, "item", ident=ident, title=title)
    meta = sub(sub(item, "itemmetadata"), "qtimetadata")
    meta_field(meta, "cc_profile", PROFILE_BY_KIND[kind])
    meta_field(meta, "cc_weighting", format_points(points))
    meta_field(meta, "qmd_scoringpermitted", "Yes")
    meta_field(meta, "qmd_computerscored", "No" if kind == "essay" else "Yes")
    return item


def _outcomes(resprocessing: etree._Element) -> None:
    sub(sub(resprocessing, "outcomes"), "decvar", maxvalue="100", minvalue="0",
        varname="SCORE", vartype="Decimal")


def _condition(
    resprocessing: etree._Element, continue_: str
) -> tuple[etree._Element, etree._Element]:
    cond = sub(resprocessing, "respcondition", **{"continue": continue_})
    var = sub(cond, "conditionvar")
    return cond, var


def _finish(cond: etree._Element, score: str | None, feedback_ids: list[str]) -> None:
    # respcondition = conditionvar, setvar*, displayfeedback* (XSD order)
    if score is not None:
        sub(cond, "setvar", score, action="Set", varname="SCORE")
    for fid in feedback_ids:
        sub(cond, "displayfeedback", feedbacktype="Response", linkrefid=fid)


def _general_condition(resprocessing: etree._Element, general: str) -> None:
    if general.strip():
        cond, var = _condition(resprocessing, "Yes")
        sub(var, "other")
        _finish(cond, None, ["general_fb"])


def _incorrect_condition(resprocessing: etree._Element, incorrect: str) -> None:
    if incorrect.strip():
        cond, var = _condition(resprocessing, "No")
        sub(var, "other")
        _finish(cond, None, ["general_incorrect_fb"])


def _feedback(item: etree._Element, ident: str, html: str) -> None:
    if html.strip():
        fb = sub(item, "itemfeedback", ident=ident)
        material_text(sub(fb, "flow_mat"), html)


def _overall_feedback(item: etree._Element, q: ProfileQuestion) -> None:
    _feedback(item, "general_fb", q.feedback.general)
    _feedback(item, "correct_fb", q.feedback.correct)
    _feedback(item, "general_incorrect_fb", q.feedback.incorrect)


def _choices_presentation(
    item: etree._Element, prompt: str, choices: list[tuple[str, str]], cardinality: str,
    shuffle: bool,
) -> None:
    pres = sub(item, "presentation")
    material_html(pres, prompt)
    lid = sub(pres, "response_lid", ident="response1", rcardinality=cardinality)
    render = sub(lid, "render_choice", shuffle="Yes" if shuffle else "No")
    for ident, text in choices:
        material_text(sub(render, "response_label", ident=ident), text)


def choice_item(
    section: etree._Element, ident: str, title: str,
    q: SingleChoiceQuestion | TrueFalseQuestion, shuffle: bool,
) -> etree._Element:
    """``cc.multiple_choice`` / ``cc.true_false``: one right choice."""
    if isinstance(q, TrueFalseQuestion):
        choices = [
            Choice("True", q.answer, q.true_feedback, id=TRUE_IDENT),
            Choice("False", not q.answer, q.false_feedback, id=FALSE_IDENT),
        ]
        shuffle = False
    else:
        choices = q.choices
    item = _start_item(section, ident, title, q.KIND, q.points)
    _choices_presentation(item, q.prompt, [(c.id, c.text) for c in choices], "Single", shuffle)
    rp = sub(item, "resprocessing")
    _outcomes(rp)
    _general_condition(rp, q.feedback.general)
    for c in choices:
        if c.correct:
            cond, var = _condition(rp, "No")
            sub(var, "varequal", c.id, respident="response1")
            fids = (["correct_fb"] if q.feedback.correct.strip() else []) + (
                [f"{c.id}_fb"] if c.feedback.strip() else [])
            _finish(cond, "100", fids)
    for c in choices:
        if not c.correct and c.feedback.strip():
            cond, var = _condition(rp, "No")
            sub(var, "varequal", c.id, respident="response1")
            fids = [f"{c.id}_fb"] + (
                ["general_incorrect_fb"] if q.feedback.incorrect.strip() else [])
            _finish(cond, None, fids)
    _incorrect_condition(rp, q.feedback.incorrect)
    _overall_feedback(item, q)
    for c in choices:
        _feedback(item, f"{c.id}_fb", c.feedback)
    return item


def multiple_response_item(
    section: etree._Element, ident: str, title: str, q: MultipleResponseQuestion, shuffle: bool
) -> etree._Element:
    """``cc.multiple_response``: all-or-nothing, right ones chosen and wrong ones not."""
    item = _start_item(section, ident, title, q.KIND, q.points)
    _choices_presentation(item, q.prompt, [(c.id, c.text) for c in q.choices], "Multiple",
                          shuffle)
    rp = sub(item, "resprocessing")
    _outcomes(rp)
    _general_condition(rp, q.feedback.general)
    cond, var = _condition(rp, "No")
    both = sub(var, "and")
    for c in q.choices:
        # case="Yes" on the right choices: Moodle's importer finds them by it.
        if c.correct:
            sub(both, "varequal", c.id, case="Yes", respident="response1")
        else:
            sub(sub(both, "not"), "varequal", c.id, respident="response1")
    _finish(cond, "100", ["correct_fb"] if q.feedback.correct.strip() else [])
    for c in q.choices:
        if c.feedback.strip():
            cond, var = _condition(rp, "No")
            sub(var, "varequal", c.id, respident="response1")
            _finish(cond, None, [f"{c.id}_fb"] + (
                ["general_incorrect_fb"] if q.feedback.incorrect.strip() else []))
    _incorrect_condition(rp, q.feedback.incorrect)
    _overall_feedback(item, q)
    for c in q.choices:
        _feedback(item, f"{c.id}_fb", c.feedback)
    return item


def fib_item(
    section: etree._Element, ident: str, title: str, q: FillBlankQuestion
) -> etree._Element:
    """``cc.fib``: any accepted answer (each its own ``varequal``) scores 100."""
    item = _start_item(section, ident, title, q.KIND, q.points)
    pres = sub(item, "presentation")
    material_html(pres, q.prompt)
    rs = sub(pres, "response_str", ident="response1", rcardinality="Single")
    sub(sub(rs, "render_fib", prompt="Box", rows="1", columns="30"), "response_label",
        ident="answer1", rshuffle="No")
    rp = sub(item, "resprocessing")
    _outcomes(rp)
    _general_condition(rp, q.feedback.general)
    cond, var = _condition(rp, "No")
    case = "Yes" if q.case_sensitive else "No"
    for answer in q.accepted:
        sub(var, "varequal", answer, case=case, respident="response1")
    _finish(cond, "100", ["correct_fb"] if q.feedback.correct.strip() else [])
    _incorrect_condition(rp, q.feedback.incorrect)
    _overall_feedback(item, q)
    return item


def essay_item(
    section: etree._Element, ident: str, title: str, q: EssayQuestion
) -> etree._Element:
    """``cc.essay``: free text, marked by a person; ``guidance`` becomes the solution."""
    item = _start_item(section, ident, title, q.KIND, q.points)
    pres = sub(item, "presentation")
    material_html(pres, q.prompt)
    rs = sub(pres, "response_str", ident="response1", rcardinality="Single")
    sub(sub(rs, "render_fib", rows="8", columns="60"), "response_label", ident="answer1",
        rshuffle="No")
    rp = sub(item, "resprocessing")
    _outcomes(rp)
    # One condition (cc2olx reads the essay's feedback from the first one).
    cond, var = _condition(rp, "No")
    sub(var, "other")
    _finish(cond, None, ["general_fb"] if q.feedback.general.strip() else [])
    _feedback(item, "general_fb", q.feedback.general)
    if q.guidance.strip():
        fb = sub(item, "itemfeedback", ident="solution")
        sol = sub(sub(fb, "solution"), "solutionmaterial")
        material_text(sol, q.guidance)
    return item


def build_item(
    section: etree._Element, ident: str, title: str, q: ProfileQuestion, shuffle: bool
) -> etree._Element:
    if isinstance(q, SingleChoiceQuestion | TrueFalseQuestion):
        return choice_item(section, ident, title, q, shuffle)
    if isinstance(q, MultipleResponseQuestion):
        return multiple_response_item(section, ident, title, q, shuffle)
    if isinstance(q, FillBlankQuestion):
        return fib_item(section, ident, title, q)
    return essay_item(section, ident, title, q)
