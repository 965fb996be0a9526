"""QTI 2.1 assessment items and tests (one item file per question), built with lxml.

Every Studio kind has a native 2.1 interaction: choice (single, multiple,
true/false), textEntry (fill in the blank, numeric), match (matching), order
(ordering), extendedText (essay). Response processing is written out (not a
template URI) so it can also set feedback: ``FEEDBACK`` is a multiple
identifier outcome holding ``correct``/``incorrect``, ``general`` and the ids of
the chosen choices; each ``modalFeedback`` shows when its identifier is in it.
``SCORE`` is the question's points (``MAXSCORE`` its maximum); essays have no
response processing for the score (a person marks them; ``externalScored`` is
QTI 2.2, so it is not used).
"""

from __future__ import annotations

from lxml import etree

from studio.exporters.qti.items12 import format_points
from studio.exporters.xml import XSI, sub, to_bytes
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

QTI21_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1"
QTI21_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1p1.xsd"
XHTML_WRAP = "div"
N = f"{{{QTI21_NS}}}"


def _e(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    """A QTI 2.1 element (attributes sorted: the same bytes whatever the keyword order)."""
    return sub(parent, N + tag, text, sort=True, **attrs)


def _root(tag: str, **attrs: str) -> etree._Element:
    root = etree.Element(N + tag, nsmap={None: QTI21_NS, "xsi": XSI})
    root.set(f"{{{XSI}}}schemaLocation", f"{QTI21_NS} {QTI21_XSD}")
    for key in sorted(attrs):
        root.set(key, attrs[key])
    return root


def _flow(parent: etree._Element, html: str) -> None:
    """Sanitized HTML (XML-serialised) as QTI XHTML content inside ``parent``."""
    if not html.strip():
        return
    try:
        fragment = etree.fromstring(f"<div xmlns='{QTI21_NS}'>{sanitize_html(html)}</div>")
    except etree.XMLSyntaxError:
        _e(parent, "p", plain_text(html))
        return
    if fragment.text and fragment.text.strip():
        _e(parent, "p", fragment.text.strip())
    for child in fragment:
        child.tail = None
        parent.append(child)


def _choices(q: Question) -> list[Choice]:
    if isinstance(q, TrueFalseQuestion):
        return [Choice("True", q.answer, q.true_feedback, id="true"),
                Choice("False", not q.answer, q.false_feedback, id="false")]
    if isinstance(q, SingleChoiceQuestion | MultipleResponseQuestion):
        return q.choices
    return []


def _declarations(item: etree._Element, q: Question) -> None:
    if isinstance(q, SingleChoiceQuestion | TrueFalseQuestion | MultipleResponseQuestion):
        card = "multiple" if isinstance(q, MultipleResponseQuestion) else "single"
        rd = _e(item, "responseDeclaration", identifier="RESPONSE", cardinality=card,
                baseType="identifier")
        cr = _e(rd, "correctResponse")
        for c in _choices(q):
            if c.correct:
                _e(cr, "value", c.id)
    elif isinstance(q, FillBlankQuestion):
        rd = _e(item, "responseDeclaration", identifier="RESPONSE", cardinality="single",
                baseType="string")
        if q.accepted:
            _e(_e(rd, "correctResponse"), "value", q.accepted[0])
        mapping = _e(rd, "mapping", defaultValue="0")
        for answer in q.accepted:
            _e(mapping, "mapEntry", mapKey=answer, mappedValue="1",
               caseSensitive="true" if q.case_sensitive else "false")
    elif isinstance(q, NumericQuestion):
        rd = _e(item, "responseDeclaration", identifier="RESPONSE", cardinality="single",
                baseType="float")
        value = q.value if q.mode == "exact" else (q.low + q.high) / 2
        _e(_e(rd, "correctResponse"), "value", format_points(value))
    elif isinstance(q, MatchingQuestion):
        rd = _e(item, "responseDeclaration", identifier="RESPONSE", cardinality="multiple",
                baseType="directedPair")
        cr = _e(rd, "correctResponse")
        answers = _match_targets(q)
        for pair in q.pairs:
            _e(cr, "value", f"{pair.id} {answers[pair.answer]}")
    elif isinstance(q, OrderingQuestion):
        rd = _e(item, "responseDeclaration", identifier="RESPONSE", cardinality="ordered",
                baseType="identifier")
        cr = _e(rd, "correctResponse")
        for it in q.items:
            _e(cr, "value", it.id)
    else:
        _e(item, "responseDeclaration", identifier="RESPONSE", cardinality="single",
           baseType="string")
    score = _e(item, "outcomeDeclaration", identifier="SCORE", cardinality="single",
               baseType="float")
    _e(_e(score, "defaultValue"), "value", "0")
    maxscore = _e(item, "outcomeDeclaration", identifier="MAXSCORE", cardinality="single",
                  baseType="float")
    _e(_e(maxscore, "defaultValue"), "value", format_points(q.points))
    _e(item, "outcomeDeclaration", identifier="FEEDBACK", cardinality="multiple",
       baseType="identifier")


def _match_targets(q: MatchingQuestion) -> dict[str, str]:
    """Answer text -> target identifier (answers and distractors, deduplicated)."""
    targets: dict[str, str] = {}
    for text in [p.answer for p in q.pairs] + list(q.distractors):
        if text not in targets:
            targets[text] = f"{q.id}-t{len(targets) + 1}"
    return targets


def _body(item: etree._Element, q: Question, shuffle: bool) -> None:
    body = _e(item, "itemBody")
    _flow(body, q.prompt)
    sh = "true" if shuffle else "false"
    if isinstance(q, SingleChoiceQuestion | TrueFalseQuestion | MultipleResponseQuestion):
        max_choices = "0" if isinstance(q, MultipleResponseQuestion) else "1"
        inter = _e(body, "choiceInteraction", responseIdentifier="RESPONSE",
                   maxChoices=max_choices,
                   shuffle="false" if isinstance(q, TrueFalseQuestion) else sh)
        for c in _choices(q):
            _e(inter, "simpleChoice", c.text, identifier=c.id)
    elif isinstance(q, FillBlankQuestion | NumericQuestion):
        _e(_e(body, "p"), "textEntryInteraction", responseIdentifier="RESPONSE",
           expectedLength="20")
    elif isinstance(q, MatchingQuestion):
        inter = _e(body, "matchInteraction", responseIdentifier="RESPONSE", shuffle=sh,
                   maxAssociations=str(len(q.pairs)))
        sources = _e(inter, "simpleMatchSet")
        for pair in q.pairs:
            _e(sources, "simpleAssociableChoice", plain_text(pair.prompt) or pair.prompt,
               identifier=pair.id, matchMax="1")
        targets = _e(inter, "simpleMatchSet")
        for text, ident in _match_targets(q).items():
            _e(targets, "simpleAssociableChoice", plain_text(text) or text, identifier=ident,
               matchMax=str(len(q.pairs)))
    elif isinstance(q, OrderingQuestion):
        inter = _e(body, "orderInteraction", responseIdentifier="RESPONSE", shuffle="true")
        for it in q.items:
            _e(inter, "simpleChoice", plain_text(it.text) or it.text, identifier=it.id)
    else:
        _e(body, "extendedTextInteraction", responseIdentifier="RESPONSE", expectedLines="8")


def _is_right(q: Question) -> etree._Element:
    """The expression that is true when the response is right."""
    if isinstance(q, FillBlankQuestion):
        gt = etree.Element(N + "gt")
        _e(gt, "mapResponse", identifier="RESPONSE")
        _e(gt, "baseValue", "0", baseType="float")
        return gt
    if isinstance(q, NumericQuestion):
        low, high = (q.low, q.high) if q.mode == "range" else (
            q.value - q.tolerance, q.value + q.tolerance)
        both = etree.Element(N + "and")
        gte = _e(both, "gte")
        _e(gte, "variable", identifier="RESPONSE")
        _e(gte, "baseValue", format_points(low), baseType="float")
        lte = _e(both, "lte")
        _e(lte, "variable", identifier="RESPONSE")
        _e(lte, "baseValue", format_points(high), baseType="float")
        return both
    match = etree.Element(N + "match")
    _e(match, "variable", identifier="RESPONSE")
    _e(match, "correct", identifier="RESPONSE")
    return match


def _set_feedback(parent: etree._Element, verdict: str, q: Question) -> None:
    sov = _e(parent, "setOutcomeValue", identifier="FEEDBACK")
    multiple = _e(sov, "multiple")
    _e(multiple, "baseValue", verdict, baseType="identifier")
    _e(multiple, "baseValue", "general", baseType="identifier")
    if _choices(q):
        _e(multiple, "variable", identifier="RESPONSE")


def _processing(item: etree._Element, q: Question) -> None:
    rp = _e(item, "responseProcessing")
    if isinstance(q, EssayQuestion):
        multiple = _e(_e(rp, "setOutcomeValue", identifier="FEEDBACK"), "multiple")
        _e(multiple, "baseValue", "general", baseType="identifier")
        _e(multiple, "baseValue", "guidance", baseType="identifier")
        return
    cond = _e(rp, "responseCondition")
    right = _e(cond, "responseIf")
    right.append(_is_right(q))
    _e(_e(right, "setOutcomeValue", identifier="SCORE"), "variable", identifier="MAXSCORE")
    _set_feedback(right, "correct", q)
    wrong = _e(cond, "responseElse")
    _e(_e(wrong, "setOutcomeValue", identifier="SCORE"), "baseValue", "0", baseType="float")
    _set_feedback(wrong, "incorrect", q)


def _modal(item: etree._Element, ident: str, html: str, title: str) -> None:
    if html.strip():
        fb = _e(item, "modalFeedback", outcomeIdentifier="FEEDBACK", identifier=ident,
                showHide="show", title=title)
        fb.text = html  # feedback is plain text, as the learner player shows it


def assessment_item(q: Question, number: int, shuffle: bool) -> bytes:
    title = f"Q{number}: {(plain_text(q.prompt) or 'Question')[:57]}"
    item = _root("assessmentItem", identifier=q.id, title=title, adaptive="false",
                 timeDependent="false")
    _declarations(item, q)
    _body(item, q, shuffle)
    _processing(item, q)
    _modal(item, "general", q.feedback.general, "Explanation")
    if isinstance(q, EssayQuestion):
        _modal(item, "guidance", q.guidance, "Marking guidance")
    else:
        _modal(item, "correct", q.feedback.correct, "Correct")
        _modal(item, "incorrect", q.feedback.incorrect, "Incorrect")
    for c in _choices(q):
        _modal(item, c.id, c.feedback, "About your choice")
    return to_bytes(item)


def assessment_test(quiz: Quiz, ident: str, item_hrefs: list[tuple[str, str]]) -> bytes:
    """The test: one part, one section, every item (``draw`` as a selection)."""
    test = _root("assessmentTest", identifier=ident, title=quiz.title)
    score = _e(test, "outcomeDeclaration", identifier="SCORE", cardinality="single",
               baseType="float")
    _e(_e(score, "defaultValue"), "value", "0")
    passing = _e(test, "outcomeDeclaration", identifier="PASS_MARK", cardinality="single",
                 baseType="float")
    _e(_e(passing, "defaultValue"), "value", f"{quiz.passing_score:g}")
    part = _e(test, "testPart", identifier=f"{ident}-part", navigationMode="nonlinear",
              submissionMode="simultaneous")
    if quiz.attempts > 0:
        _e(part, "itemSessionControl", maxAttempts=str(quiz.attempts))
    section = _e(part, "assessmentSection", identifier=f"{ident}-section", title=quiz.title,
                 visible="true")
    if quiz.draw and quiz.draw < len(item_hrefs):
        _e(section, "selection", select=str(quiz.draw))
    if quiz.shuffle_questions:
        _e(section, "ordering", shuffle="true")
    if quiz.instructions.strip():
        block = _e(section, "rubricBlock", view="candidate")
        _flow(block, quiz.instructions)
    for item_id, href in item_hrefs:
        _e(section, "assessmentItemRef", identifier=item_id, href=href)
    processing = _e(test, "outcomeProcessing")
    total = _e(_e(processing, "setOutcomeValue", identifier="SCORE"), "sum")
    _e(total, "testVariables", variableIdentifier="SCORE")
    return to_bytes(test)
