"""QTI 2.1 items and tests -> questions and quizzes.

Interactions mapped: ``choiceInteraction`` (single / multiple response,
true/false), ``textEntryInteraction`` (fill in the blank; numeric when the
response is a number, with ``equal tolerance`` or ``gte``/``lte`` range
processing), ``extendedTextInteraction`` (essay), ``matchInteraction``
(matching) and ``orderInteraction`` (ordering). Other interactions (hotspots,
gap match, inline choice...) are listed in the report. Feedback comes from
``modalFeedback`` and ``feedbackInline``.
"""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy

from lxml import etree

from studio.importers.report import ImportReport
from studio.importers.safe_xml import child, children, descendants, inner_xml, local, text_of
from studio.importers.textutil import prompt_html, to_float, to_plain
from studio.model.ids import new_id
from studio.model.quiz import (
    Choice,
    EssayQuestion,
    Feedback,
    FillBlankQuestion,
    MatchingQuestion,
    MatchPair,
    MultipleResponseQuestion,
    NumericQuestion,
    OrderingQuestion,
    OrderItem,
    Question,
    Quiz,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)

INTERACTIONS = {
    "choiceInteraction", "textEntryInteraction", "extendedTextInteraction", "matchInteraction",
    "orderInteraction", "associateInteraction", "gapMatchInteraction", "inlineChoiceInteraction",
    "hotspotInteraction", "hottextInteraction", "sliderInteraction", "uploadInteraction",
    "graphicOrderInteraction", "selectPointInteraction", "drawingInteraction", "mediaInteraction",
    "customInteraction", "positionObjectInteraction", "graphicGapMatchInteraction",
    "graphicAssociateInteraction", "endAttemptInteraction",
}
SUPPORTED = {"choiceInteraction", "textEntryInteraction", "extendedTextInteraction",
             "matchInteraction", "orderInteraction"}


def _strip(el: etree._Element, drop: set[str]) -> str:
    """Markup of ``el`` without the elements named in ``drop``."""
    copy = deepcopy(el)
    for d in list(copy.iter()):
        if d is not copy and local(d.tag) in drop:
            parent = d.getparent()
            if parent is not None:
                tail = d.tail or ""
                prev = d.getprevious()
                if prev is not None:
                    prev.tail = (prev.tail or "") + tail
                else:
                    parent.text = (parent.text or "") + tail
                parent.remove(d)
    return inner_xml(copy)


def _html(el: etree._Element | None) -> str:
    if el is None:
        return ""
    return prompt_html(_strip(el, {"feedbackInline", "feedbackBlock"}), "html")


def _plain(el: etree._Element | None) -> str:
    return to_plain(_html(el)) if el is not None else ""


def _declarations(item: etree._Element) -> dict[str, etree._Element]:
    return {d.get("identifier", ""): d for d in children(item, "responseDeclaration")}


def _correct(decl: etree._Element | None) -> list[str]:
    """Correct values: ``correctResponse`` first, then mapping keys worth points (no duplicates)."""
    if decl is None:
        return []
    values: list[str] = []
    for cr in children(decl, "correctResponse"):
        values.extend(text_of(v) for v in children(cr, "value"))
    for entry in descendants(decl, "mapEntry"):
        try:
            if to_float(entry.get("mappedValue", "0")) > 0:
                values.append(entry.get("mapKey", ""))
        except ValueError:
            continue
    return list(dict.fromkeys(v for v in values if v))


def _feedback(item: etree._Element) -> tuple[Feedback, dict[str, str]]:
    fb = Feedback()
    per: dict[str, str] = {}
    for modal in children(item, "modalFeedback"):
        ident = modal.get("identifier", "")
        text = _plain(modal)
        key = ident.lower()
        if "incorrect" in key or "wrong" in key:
            fb.incorrect = fb.incorrect or text
        elif "correct" in key or "right" in key:
            fb.correct = fb.correct or text
        elif "general" in key or "solution" in key or key in ("feedback", "explanation"):
            fb.general = fb.general or text
        else:
            per[ident] = text
    return fb, per


def read_item21(item: etree._Element, report: ImportReport) -> Question | None:
    ident = item.get("identifier") or item.get("title") or "?"
    where = f"item {ident}"
    body = child(item, "itemBody")
    if body is None:
        report.skipped(where, "item without a body")
        return None
    found = [d for d in body.iter() if local(d.tag) in INTERACTIONS]
    if not found:
        report.skipped(where, "item without an interaction (text only)")
        return None
    kinds = {local(d.tag) for d in found}
    if len(found) > 1 or not kinds <= SUPPORTED:
        names = ", ".join(sorted(kinds))
        report.skipped(where, f"interaction(s) not supported: {names}" if not kinds <= SUPPORTED
                       else "several interactions in one item are not supported")
        return None
    inter = found[0]
    decl = _declarations(item).get(inter.get("responseIdentifier", ""))
    prompt_parts = [_strip(body, INTERACTIONS)]
    inner_prompt = child(inter, "prompt")
    if inner_prompt is not None:
        prompt_parts.append(inner_xml(inner_prompt))
    prompt = prompt_html("".join(prompt_parts), "html")
    fb, per = _feedback(item)
    points = _points(item)
    name = local(inter.tag)
    try:
        return _build(item, inter, name, decl, prompt, fb, per, points, where, report)
    except (ValueError, KeyError, IndexError, OverflowError) as exc:
        report.skipped(where, f"answers not understood ({exc})")
        return None


def _points(item: etree._Element) -> float:
    for decl in children(item, "outcomeDeclaration"):
        if decl.get("identifier") == "MAXSCORE":
            try:
                return max(0.0, to_float(text_of(first_value(decl))))
            except ValueError:
                return 1.0
    for decl in children(item, "responseDeclaration"):
        mapping = child(decl, "mapping")
        if mapping is not None and mapping.get("upperBound"):
            try:
                return max(0.0, to_float(mapping.get("upperBound", "1")))
            except ValueError:
                return 1.0
    return 1.0


def first_value(el: etree._Element) -> etree._Element | None:
    values = descendants(el, "value")
    return values[0] if values else None


def _choice_id(ident: str) -> str:
    return ident if ident.startswith("ch-") else new_id("ch")


def _build(item: etree._Element, inter: etree._Element, name: str, decl: etree._Element | None,
           prompt: str, fb: Feedback, per: dict[str, str], points: float, where: str,
           report: ImportReport) -> Question | None:
    correct = _correct(decl)
    cardinality = decl.get("cardinality", "single") if decl is not None else "single"
    if name == "choiceInteraction":
        choices = []
        for sc in children(inter, "simpleChoice"):
            cid = sc.get("identifier", "")
            inline = child(sc, "feedbackInline")
            feedback = _plain(inline) if inline is not None else per.get(cid, "")
            choices.append(Choice(_plain(sc), cid in correct, feedback, id=_choice_id(cid)))
        texts = sorted(c.text.lower() for c in choices)
        if texts == ["false", "true"] and cardinality == "single":
            truth = next(c for c in choices if c.text.lower() == "true")
            lie = next(c for c in choices if c.text.lower() == "false")
            return TrueFalseQuestion(prompt=prompt, answer=truth.correct, true_feedback=truth.feedback,
                                     false_feedback=lie.feedback, points=points, feedback=fb)
        if cardinality == "multiple":
            return MultipleResponseQuestion(prompt=prompt, choices=choices, points=points, feedback=fb)
        if sum(c.correct for c in choices) != 1:
            report.skipped(where, "single choice without exactly one correct answer")
            return None
        return SingleChoiceQuestion(prompt=prompt, choices=choices, points=points, feedback=fb)
    if name == "textEntryInteraction":
        base = decl.get("baseType", "string") if decl is not None else "string"
        if base in ("float", "integer"):
            return _numeric(item, correct, prompt, fb, points, where, report)
        case = any(e.get("caseSensitive") == "true" for e in descendants(decl, "mapEntry")) if decl is not None else False
        if not correct:
            report.skipped(where, "text entry without an accepted answer")
            return None
        return FillBlankQuestion(prompt=prompt, accepted=correct, case_sensitive=case, points=points, feedback=fb)
    if name == "extendedTextInteraction":
        guidance = per.get("guidance") or per.get("solution") or " ".join(correct)
        return EssayQuestion(prompt=prompt, guidance=guidance, points=points, feedback=fb)
    if name == "matchInteraction":
        sets = children(inter, "simpleMatchSet")
        if len(sets) != 2:
            report.skipped(where, "match interaction without two sets")
            return None
        left = {c.get("identifier", ""): _plain(c) for c in children(sets[0], "simpleAssociableChoice")}
        right = {c.get("identifier", ""): _plain(c) for c in children(sets[1], "simpleAssociableChoice")}
        pairs, used = [], set()
        for value in correct:
            a, _, b = value.partition(" ")
            if a in left and b.strip() in right:
                pairs.append(MatchPair(left[a], right[b.strip()]))
                used.add(b.strip())
        if not pairs:
            report.skipped(where, "match interaction without correct pairs")
            return None
        distractors = [t for k, t in right.items() if k not in used]
        return MatchingQuestion(prompt=prompt, pairs=pairs, distractors=distractors, points=points, feedback=fb)
    choices_by_id = {c.get("identifier", ""): _plain(c) for c in children(inter, "simpleChoice")}
    if not correct or any(v not in choices_by_id for v in correct):
        report.skipped(where, "order interaction without a correct order")
        return None
    return OrderingQuestion(prompt=prompt, items=[OrderItem(choices_by_id[v]) for v in correct],
                            points=points, feedback=fb)


def _numeric(item: etree._Element, correct: list[str], prompt: str, fb: Feedback, points: float,
             where: str, report: ImportReport) -> Question | None:
    rp = child(item, "responseProcessing")
    low = high = None
    tolerance = 0.0
    if rp is not None:
        for eq in descendants(rp, "equal"):
            tol = (eq.get("tolerance") or "").split()
            if tol:
                tolerance = abs(to_float(tol[-1]))
        for op in descendants(rp, "gte"):
            for base in descendants(op, "baseValue"):
                low = to_float(text_of(base))
        for op in descendants(rp, "lte"):
            for base in descendants(op, "baseValue"):
                high = to_float(text_of(base))
    if correct:
        value = to_float(correct[0])
        if low is not None and high is not None and not tolerance and low <= value <= high:
            if abs((low + high) / 2 - value) <= 1e-9 * max(1.0, abs(value)):
                return NumericQuestion(prompt=prompt, value=value, tolerance=(high - low) / 2,
                                       points=points, feedback=fb)
            return NumericQuestion(prompt=prompt, mode="range", low=low, high=high, points=points, feedback=fb)
        return NumericQuestion(prompt=prompt, value=value, tolerance=tolerance, points=points, feedback=fb)
    if low is not None and high is not None:
        return NumericQuestion(prompt=prompt, mode="range", low=low, high=high, points=points, feedback=fb)
    report.skipped(where, "numeric entry without a correct value")
    return None


def read_test21(
    test: etree._Element,
    load: Callable[[str], etree._Element | None],
    report: ImportReport,
) -> Quiz:
    """A quiz from an ``assessmentTest``; ``load(href)`` returns the referenced item's root."""
    quiz = Quiz(title=test.get("title") or "Quiz", questions=[])
    for ref in descendants(test, "assessmentItemRef"):
        href = ref.get("href", "")
        root = load(href)
        if root is None:
            report.skipped(f"item {ref.get('identifier', href)}", f"referenced file {href!r} is missing")
            continue
        question = read_item21(root, report)
        if question is not None:
            quiz.questions.append(question)
    return quiz
