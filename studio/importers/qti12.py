"""QTI 1.2 (``questestinterop``) -> quizzes: the Common Cartridge profile, Canvas, others.

Kinds are read from item metadata when present (``cc_profile`` such as
``cc.multiple_choice.v0p1``, Canvas' ``question_type``), otherwise from the
shape of the presentation: one ``response_lid`` (single / multiple / ordered),
several (matching), ``response_num`` (numeric), ``response_str`` (fill in the
blank, or essay when nothing is scored). Right answers come from the
``respcondition``s that set a positive score; feedback from ``itemfeedback``
(Canvas' ``general_fb``/``correct_fb``/``general_incorrect_fb``/``<choice>_fb``
idents, or by the condition that displays it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from studio.importers.report import ImportReport
from studio.importers.safe_xml import child, children, descendants, local, text_of
from studio.importers.textutil import prompt_html, to_float, to_plain
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

KIND_BY_TYPE = {
    "cc.multiple_choice": "single_choice",
    "cc.true_false": "true_false",
    "cc.multiple_response": "multiple_response",
    "cc.fib": "fill_blank",
    "cc.pattern_match": "fill_blank",
    "cc.essay": "essay",
    "multiple_choice_question": "single_choice",
    "true_false_question": "true_false",
    "multiple_answers_question": "multiple_response",
    "short_answer_question": "fill_blank",
    "essay_question": "essay",
    "numerical_question": "numeric",
    "matching_question": "matching",
    "ordering_question": "ordering",
    # Blackboard Learn pools and tests (bbmd_questiontype)
    "Multiple Choice": "single_choice",
    "Either/Or": "single_choice",
    "True/False": "true_false",
    "Multiple Answer": "multiple_response",
    "Fill in the Blank": "fill_blank",
    "Short Response": "essay",
    "Essay": "essay",
    "Numeric": "numeric",
    "Matching": "matching",
    "Ordering": "ordering",
}
UNSUPPORTED_TYPES = {
    "fill_in_multiple_blanks_question": "several blanks in one question",
    "multiple_dropdowns_question": "drop-down menus",
    "calculated_question": "calculated (formula) questions",
    "file_upload_question": "file upload questions",
    "text_only_question": "a text-only item (no question)",
    "Fill in the Blank Plus": "several blanks in one question",
    "Hot Spot": "hot spot questions",
    "Jumbled Sentence": "jumbled sentences",
    "Calculated": "calculated (formula) questions",
    "File Upload": "file upload questions",
    "Quiz Bowl": "quiz bowl questions",
    "Opinion Scale": "opinion scale (Likert) questions",
}
OVERALL_IDS = {"general_fb", "correct_fb", "general_incorrect_fb", "solution"}


def material_html(el: etree._Element | None) -> str:
    """The HTML of every ``mattext`` below ``el`` (escaped HTML or plain text)."""
    if el is None:
        return ""
    parts = []
    for mat in descendants(el, "mattext") if local(el.tag) != "mattext" else [el]:
        text = mat.text or ""
        kind = (mat.get("texttype") or "text/plain").lower()
        parts.append(prompt_html(text, "html" if "html" in kind else "auto"))
    return "".join(p for p in parts if p)


def _material_plain(el: etree._Element | None) -> str:
    return to_plain(material_html(el))


@dataclass
class _Condition:
    equals: list[tuple[str, str, bool]]  # (respident, value, case sensitive), outside <not>
    negated: list[str]
    bounds: dict[str, float]
    score: float | None
    feedback: list[str]
    other: bool
    ordered_values: list[str] = field(default_factory=list)


def _condition(cond: etree._Element) -> _Condition:
    var = child(cond, "conditionvar")
    equals: list[tuple[str, str, bool]] = []
    negated: list[str] = []
    bounds: dict[str, float] = {}
    other = False
    if var is not None:
        for el in var.iter():
            name = local(el.tag)
            inside_not = any(local(a.tag) == "not" for a in el.iterancestors() if a is not var)
            if name == "varequal":
                value = (el.text or "").strip()
                if inside_not:
                    negated.append(value)
                else:
                    equals.append((el.get("respident", ""), value, el.get("case", "No") == "Yes"))
            elif name in ("vargte", "vargt", "varlte", "varlt") and not inside_not:
                try:
                    bounds[name] = to_float((el.text or "").strip())
                except ValueError:
                    continue
            elif name == "other":
                other = True
    score = None
    for setvar in children(cond, "setvar"):
        try:
            value = to_float((setvar.text or "0").strip())
        except ValueError:
            continue
        score = (score or 0.0) + value if setvar.get("action", "Set") == "Add" else value
    feedback = [d.get("linkrefid", "") for d in children(cond, "displayfeedback")]
    title = (cond.get("title") or "").lower()
    if score is None and title == "correct":
        score = 100.0
    return _Condition(equals, negated, bounds, score, feedback, other,
                      [v for _, v, _ in equals])


class _Item:
    def __init__(self, item: etree._Element) -> None:
        self.el = item
        self.ident = item.get("ident") or item.get("title") or "?"
        self.meta: dict[str, str] = {}
        for f in descendants(item, "qtimetadatafield"):
            self.meta[text_of(child(f, "fieldlabel")).lower()] = text_of(child(f, "fieldentry"))
        meta_el = child(item, "itemmetadata")
        for el in meta_el.iter() if meta_el is not None else []:
            if local(el.tag).startswith("bbmd_"):  # Blackboard writes its metadata as elements
                self.meta[local(el.tag)] = text_of(el)
        self.presentation = child(item, "presentation")
        pres = self.presentation
        self.lids = descendants(pres, "response_lid") if pres is not None else []
        self.strs = descendants(pres, "response_str") if pres is not None else []
        self.nums = descendants(pres, "response_num") if pres is not None else []
        self.grps = descendants(pres, "response_grp") if pres is not None else []
        rp = child(item, "resprocessing")
        self.conditions = [_condition(c) for c in descendants(rp, "respcondition")] if rp is not None else []
        self.feedback: dict[str, str] = {}
        for fb in children(item, "itemfeedback"):
            ident = fb.get("ident", "")
            self.feedback[ident] = material_html(fb)

    def prompt(self) -> str:
        pres = self.presentation
        if pres is None:
            return ""
        skip = {"response_lid", "response_str", "response_num", "response_grp", "response_xy"}
        parts = []
        for mat in descendants(pres, "material"):
            if any(local(a.tag) in skip for a in mat.iterancestors()):
                continue
            parts.append(material_html(mat))
        return "".join(parts)

    def points(self) -> float:
        for key in ("cc_weighting", "points_possible", "qmd_weighting"):
            if key in self.meta:
                try:
                    return max(0.0, to_float(self.meta[key]))
                except ValueError:
                    continue
        return 1.0

    def kind(self) -> str | None:
        qtype = (self.meta.get("cc_profile") or self.meta.get("question_type")
                 or self.meta.get("bbmd_questiontype") or "").strip()
        base = qtype.rsplit(".v", 1)[0] if qtype.startswith("cc.") else qtype
        if base in KIND_BY_TYPE:
            return KIND_BY_TYPE[base]
        if base in UNSUPPORTED_TYPES:
            return None
        if len(self.lids) > 1:
            return "matching"
        if len(self.lids) == 1:
            card = (self.lids[0].get("rcardinality") or "Single").lower()
            if card == "ordered":
                return "ordering"
            if card == "multiple":
                return "multiple_response"
            labels = [_material_plain(lab).lower() for lab in descendants(self.lids[0], "response_label")]
            return "true_false" if sorted(labels) == ["false", "true"] else "single_choice"
        if self.nums:
            return "numeric"
        if self.strs:
            scored = any(c.score and c.equals for c in self.conditions)
            return "fill_blank" if scored else "essay"
        return None

    def overall(self) -> Feedback:
        fb = self.feedback
        general = fb.get("general_fb", "")
        correct = fb.get("correct_fb", "")
        incorrect = fb.get("general_incorrect_fb", "")
        for cond in self.conditions:
            for ref in cond.feedback:
                if ref in OVERALL_IDS or ref not in fb:
                    continue
                if cond.other and cond.score is None and not general and not cond.equals:
                    general = general or fb[ref]
                elif cond.score and cond.score > 0 and not correct and not ref.endswith("_fb"):
                    correct = fb[ref]
        return Feedback(correct=to_plain(correct), incorrect=to_plain(incorrect), general=to_plain(general))

    def scoring(self) -> list[_Condition]:
        return [c for c in self.conditions if c.score is not None and c.score > 0]

    def labels(self, lid: etree._Element) -> list[tuple[str, str]]:
        return [(lab.get("ident", ""), _material_plain(lab)) for lab in descendants(lid, "response_label")]

    def choice_feedback(self, ident: str) -> str:
        if f"{ident}_fb" in self.feedback:
            return to_plain(self.feedback[f"{ident}_fb"])
        for cond in self.conditions:
            if len(cond.equals) == 1 and cond.equals[0][1] == ident:
                for ref in cond.feedback:
                    if ref not in OVERALL_IDS and ref in self.feedback:
                        return to_plain(self.feedback[ref])
        return ""


def read_item(item_el: etree._Element, report: ImportReport) -> Question | None:
    item = _Item(item_el)
    where = f"item {item.ident}"
    qtype = item.meta.get("question_type") or item.meta.get("bbmd_questiontype") or ""
    if qtype in UNSUPPORTED_TYPES:
        report.skipped(where, f"{UNSUPPORTED_TYPES[qtype]} are not supported")
        return None
    kind = item.kind()
    if kind is None:
        report.skipped(where, "item kind not recognised (no choice, text or number response)")
        return None
    prompt = item.prompt()
    points = item.points()
    fb = item.overall()
    try:
        question = _build(item, kind, prompt, points, fb, where, report)
    except (ValueError, IndexError, KeyError, OverflowError) as exc:
        report.skipped(where, f"answers not understood ({exc})")
        return None
    return question


def _build(item: _Item, kind: str, prompt: str, points: float, fb: Feedback, where: str,
           report: ImportReport) -> Question | None:
    scoring = item.scoring()
    right = {v for c in scoring for _, v, _ in c.equals}
    if kind in ("single_choice", "true_false", "multiple_response"):
        if not item.lids:
            report.skipped(where, "choice question without choices")
            return None
        labels = item.labels(item.lids[0])
        choices = [Choice(text, ident in right, item.choice_feedback(ident), id=_cid(ident))
                   for ident, text in labels]
        if kind == "true_false" and len(choices) == 2:
            truth = next((c for c in choices if c.text.strip().lower() in ("true", "vrai", "yes")), None)
            if truth is not None:
                lie = choices[1] if choices[0] is truth else choices[0]
                return TrueFalseQuestion(prompt=prompt, answer=truth.correct, true_feedback=truth.feedback,
                                         false_feedback=lie.feedback, points=points, feedback=fb)
        n = sum(c.correct for c in choices)
        if kind == "multiple_response" or n > 1:
            return MultipleResponseQuestion(prompt=prompt, choices=choices, points=points, feedback=fb)
        if n == 0:
            report.skipped(where, "no choice is scored as correct")
            return None
        return SingleChoiceQuestion(prompt=prompt, choices=choices, points=points, feedback=fb)
    if kind == "fill_blank":
        accepted = [v for c in scoring for _, v, _ in c.equals if v]
        case = any(cs for c in scoring for _, _, cs in c.equals)
        if not accepted:
            report.skipped(where, "fill-in-the-blank without an accepted answer")
            return None
        return FillBlankQuestion(prompt=prompt, accepted=list(dict.fromkeys(accepted)), case_sensitive=case,
                                 points=points, feedback=fb)
    if kind == "essay":
        guidance = to_plain(item.feedback.get("solution", ""))
        if not fb.general and item.feedback.get("general_fb"):
            fb.general = to_plain(item.feedback["general_fb"])
        return EssayQuestion(prompt=prompt, guidance=guidance, points=points, feedback=fb)
    if kind == "numeric":
        return _numeric(scoring, prompt, points, fb, where, report)
    if kind == "matching":
        return _matching(item, scoring, prompt, points, fb, where, report)
    if kind == "ordering":
        texts = dict(item.labels(item.lids[0])) if item.lids else {}
        order = next((c.ordered_values for c in scoring if c.ordered_values), [])
        if not order or any(v not in texts for v in order):
            report.skipped(where, "ordering without a correct order")
            return None
        return OrderingQuestion(prompt=prompt, items=[OrderItem(texts[v]) for v in order],
                                points=points, feedback=fb)
    return None


def _cid(ident: str) -> str:
    from studio.model.ids import new_id

    return ident if ident.startswith("ch-") else new_id("ch")


def _numeric(scoring: list[_Condition], prompt: str, points: float, fb: Feedback, where: str,
             report: ImportReport) -> Question | None:
    for cond in scoring:
        low = cond.bounds.get("vargte", cond.bounds.get("vargt"))
        high = cond.bounds.get("varlte", cond.bounds.get("varlt"))
        exact = None
        for _, value, _ in cond.equals:
            try:
                exact = to_float(value)
                break
            except ValueError:
                continue
        if exact is not None:
            tol = 0.0
            if low is not None and high is not None:
                tol = max(exact - low, high - exact, 0.0)
            return NumericQuestion(prompt=prompt, value=exact, tolerance=tol, points=points, feedback=fb)
        if low is not None and high is not None:
            return NumericQuestion(prompt=prompt, mode="range", low=low, high=high, points=points, feedback=fb)
    report.skipped(where, "numeric question without a readable answer")
    return None


def _matching(item: _Item, scoring: list[_Condition], prompt: str, points: float, fb: Feedback,
              where: str, report: ImportReport) -> Question | None:
    answers: dict[str, str] = {}
    for cond in scoring:
        for respident, value, _ in cond.equals:
            answers.setdefault(respident, value)
    pairs: list[MatchPair] = []
    used: set[str] = set()
    all_labels: dict[str, str] = {}
    for lid in item.lids:
        labels = dict(item.labels(lid))
        all_labels.update(labels)
        left = _material_plain(child(lid, "material")) or text_of(lid)
        wanted = answers.get(lid.get("ident", ""))
        if wanted is None or wanted not in labels:
            continue
        used.add(labels[wanted])
        pairs.append(MatchPair(left, labels[wanted]))
    if not pairs:
        report.skipped(where, "matching question without correct pairs")
        return None
    distractors = [t for t in dict.fromkeys(all_labels.values()) if t not in used]
    return MatchingQuestion(prompt=prompt, pairs=pairs, distractors=distractors, points=points, feedback=fb)


def _assessment_quiz(el: etree._Element, report: ImportReport) -> Quiz:
    quiz = Quiz(title=el.get("title") or "Quiz", questions=[])
    meta: dict[str, str] = {}
    holder = child(el, "qtimetadata")
    for f in children(holder if holder is not None else el, "qtimetadatafield"):
        meta[text_of(child(f, "fieldlabel")).lower()] = text_of(child(f, "fieldentry"))
    attempts = meta.get("cc_maxattempts", "")
    if attempts.isdigit():
        quiz.attempts = int(attempts)
    for item in descendants(el, "item"):
        question = read_item(item, report)
        if question is not None:
            quiz.questions.append(question)
    return quiz


def read_qti12(root: etree._Element, report: ImportReport, default_title: str = "Quiz") -> list[Quiz]:
    """Every assessment / object bank in a ``questestinterop`` document, as quizzes."""
    quizzes: list[Quiz] = []
    for el in root:
        name = local(el.tag)
        if name in ("assessment", "objectbank", "section"):
            quiz = _assessment_quiz(el, report)
            if name == "objectbank" and not el.get("title"):
                quiz.title = default_title
            quizzes.append(quiz)
    loose = [el for el in root if local(el.tag) == "item"]
    if loose:
        quiz = Quiz(title=default_title, questions=[])
        for item in loose:
            question = read_item(item, report)
            if question is not None:
                quiz.questions.append(question)
        quizzes.append(quiz)
    return quizzes
