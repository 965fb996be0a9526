"""Read exported QTI back (1.2 CC profile, Canvas 1.2, 2.1) into plain dicts for the tests.

Written independently of the exporters' builders: it walks the XML the way an
LMS importer does (right answer = the condition that sets SCORE, feedback =
itemfeedback/modalFeedback text by ident).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from studio.model.quiz import (
    EssayQuestion,
    FillBlankQuestion,
    MatchingQuestion,
    MultipleResponseQuestion,
    NumericQuestion,
    OrderingQuestion,
    Quiz,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)

Q12 = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
Q21 = "{http://www.imsglobal.org/xsd/imsqti_v2p1}"


@dataclass
class ReadItem:
    ident: str
    kind: str  # cc_profile or Canvas question_type or 2.1 interaction
    points: float
    correct: list[str] = field(default_factory=list)  # choice texts / accepted strings
    feedback: dict[str, str] = field(default_factory=dict)  # feedback ident -> text
    ranges: list[tuple[float, float]] = field(default_factory=list)  # numeric bounds
    pairs: dict[str, str] = field(default_factory=dict)  # matching: left -> right


def _meta(item: etree._Element) -> dict[str, str]:
    out = {}
    for f in item.iter(f"{Q12}qtimetadatafield"):
        out[(f.findtext(f"{Q12}fieldlabel") or "").strip()] = (
            f.findtext(f"{Q12}fieldentry") or "").strip()
    return out


def assessment_meta(root: etree._Element) -> dict[str, str]:
    meta = root.find(f"{Q12}assessment/{Q12}qtimetadata")
    out = {}
    if meta is not None:
        for f in meta.iter(f"{Q12}qtimetadatafield"):
            out[f.findtext(f"{Q12}fieldlabel") or ""] = f.findtext(f"{Q12}fieldentry") or ""
    return out


def _labels(item: etree._Element) -> dict[str, str]:
    return {
        lab.get("ident", ""): lab.findtext(f"{Q12}material/{Q12}mattext") or ""
        for lab in item.iter(f"{Q12}response_label")
    }


def read_qti12(data: bytes) -> list[ReadItem]:
    root = etree.fromstring(data)
    items = []
    for item in root.iter(f"{Q12}item"):
        meta = _meta(item)
        kind = meta.get("cc_profile") or meta.get("question_type", "")
        points = float(meta.get("cc_weighting") or meta.get("points_possible") or 0)
        read = ReadItem(item.get("ident", ""), kind, points)
        labels = _labels(item)
        for cond in item.iter(f"{Q12}respcondition"):
            setvars = [s for s in cond.findall(f"{Q12}setvar")]
            scores = [s for s in setvars if (s.text or "").strip() not in ("", "0")]
            if not scores:
                continue
            var = cond.find(f"{Q12}conditionvar")
            assert var is not None
            if kind in ("matching_question",):
                for eq in var.findall(f"{Q12}varequal"):
                    lid = next(r for r in item.iter(f"{Q12}response_lid")
                               if r.get("ident") == eq.get("respident"))
                    left = lid.findtext(f"{Q12}material/{Q12}mattext") or ""
                    read.pairs[left] = labels[(eq.text or "").strip()]
                continue
            gte = [float(v.text or 0) for v in var.iter(f"{Q12}vargte")]
            lte = [float(v.text or 0) for v in var.iter(f"{Q12}varlte")]
            if gte and lte:
                read.ranges.append((gte[0], lte[0]))
            for eq in var.iter(f"{Q12}varequal"):
                if eq.getparent() is not None and eq.getparent().tag == f"{Q12}not":
                    continue
                value = (eq.text or "").strip()
                read.correct.append(labels.get(value, value))
        for fb in item.iter(f"{Q12}itemfeedback"):
            text = " ".join((t.text or "") for t in fb.iter(f"{Q12}mattext"))
            ident = fb.get("ident", "")
            # Per-choice feedback is reported under the choice's text.
            if ident.endswith("_fb") and ident[:-3] in labels:
                ident = f"choice:{labels[ident[:-3]]}"
            read.feedback[ident] = text
        items.append(read)
    return items


def read_qti21_item(data: bytes) -> ReadItem:
    item = etree.fromstring(data)
    body = item.find(f"{Q21}itemBody")
    assert body is not None
    interaction = next(el for el in body.iter() if isinstance(el.tag, str)
                       and el.tag.endswith("Interaction"))
    kind = etree.QName(interaction).localname
    maxscore = item.find(f"{Q21}outcomeDeclaration[@identifier='MAXSCORE']")
    assert maxscore is not None
    read = ReadItem(item.get("identifier", ""), kind,
                    float(maxscore.findtext(f"{Q21}defaultValue/{Q21}value") or 0))
    texts = {c.get("identifier", ""): (c.text or "").strip()
             for c in interaction.iter(f"{Q21}simpleChoice", f"{Q21}simpleAssociableChoice")}
    decl = item.find(f"{Q21}responseDeclaration")
    assert decl is not None
    for value in decl.iterfind(f"{Q21}correctResponse/{Q21}value"):
        raw = (value.text or "").strip()
        if kind == "matchInteraction":
            left, right = raw.split()
            read.pairs[texts[left]] = texts[right]
        else:
            read.correct.append(texts.get(raw, raw))
    mapping = decl.find(f"{Q21}mapping")
    if mapping is not None:
        read.correct = [e.get("mapKey", "") for e in mapping.iter(f"{Q21}mapEntry")]
    gte = item.find(f".//{Q21}gte/{Q21}baseValue")
    lte = item.find(f".//{Q21}lte/{Q21}baseValue")
    if gte is not None and lte is not None:
        read.ranges.append((float(gte.text or 0), float(lte.text or 0)))
    for fb in item.iter(f"{Q21}modalFeedback"):
        ident = fb.get("identifier", "")
        if ident in texts:
            ident = f"choice:{texts[ident]}"
        read.feedback[ident] = " ".join(t.strip() for t in fb.itertext() if t.strip())
    return read


def _plain(text: str) -> str:
    from studio.sanitize import plain_text

    return plain_text(text) if "<" in text else " ".join(text.split())


def _fb(read: ReadItem, ident: str) -> str:
    return _plain(read.feedback.get(ident, ""))


def assert_cc_items_match(quiz: Quiz, items: list[ReadItem]) -> None:
    """Each question's right answer, points and feedback survived into the CC-profile file."""
    by_ident = {i.ident: i for i in items}
    for q in quiz.questions:
        parts = [i for i in items if i.ident == q.id or i.ident.startswith(q.id + "-")]
        assert parts, f"{q.KIND} question {q.id} is missing"
        first = parts[0]
        assert sum(p.points for p in parts) == q.points, q.KIND
        if not isinstance(q, EssayQuestion):
            assert _fb(first, "general_fb") == _plain(q.feedback.general), q.KIND
            assert _fb(first, "correct_fb") == _plain(q.feedback.correct), q.KIND
            assert _fb(first, "general_incorrect_fb") == _plain(q.feedback.incorrect), q.KIND
        if isinstance(q, SingleChoiceQuestion | MultipleResponseQuestion):
            assert sorted(first.correct) == sorted(c.text for c in q.choices if c.correct)
            for c in q.choices:
                assert _fb(first, f"choice:{c.text}") == _plain(c.feedback)
        elif isinstance(q, TrueFalseQuestion):
            assert first.kind == "cc.true_false.v0p1"
            assert first.correct == ["True" if q.answer else "False"]
            assert _fb(first, "choice:True") == q.true_feedback
            assert _fb(first, "choice:False") == q.false_feedback
        elif isinstance(q, FillBlankQuestion):
            assert first.kind == "cc.fib.v0p1" and first.correct == q.accepted
        elif isinstance(q, NumericQuestion):
            assert first.kind == "cc.fib.v0p1" and first.correct
            assert all(q.accepts(float(x)) for x in first.correct)
            inside = q.value if q.mode == "exact" else q.low
            assert any(float(x) == inside for x in first.correct)
        elif isinstance(q, MatchingQuestion):
            assert len(parts) == len(q.pairs)
            for part, pair in zip(parts, q.pairs, strict=True):
                assert part.kind == "cc.multiple_choice.v0p1"
                assert part.correct == [pair.answer]
        elif isinstance(q, OrderingQuestion):
            assert first.kind == "cc.multiple_choice.v0p1"
            assert first.correct == [" \u2192 ".join(i.text for i in q.items)]
        elif isinstance(q, EssayQuestion):
            assert first.kind == "cc.essay.v0p1" and not first.correct
            assert _fb(first, "solution") == q.guidance
            assert _fb(first, "general_fb") == _plain(q.feedback.general)
    assert len(by_ident) == len(items), "duplicate item idents"


def assert_full_items_match(quiz: Quiz, items: list[ReadItem]) -> None:
    """Every kind kept (Canvas 1.2 or QTI 2.1): answers, points, feedback."""
    assert [i.ident for i in items] == [q.id for q in quiz.questions]
    for q, read in zip(quiz.questions, items, strict=True):
        assert read.points == q.points, q.KIND
        if isinstance(q, SingleChoiceQuestion | MultipleResponseQuestion):
            assert sorted(read.correct) == sorted(c.text for c in q.choices if c.correct)
            for c in q.choices:
                assert _plain(read.feedback.get(f"choice:{c.text}", "")) == _plain(c.feedback)
        elif isinstance(q, TrueFalseQuestion):
            assert read.correct == ["True" if q.answer else "False"]
        elif isinstance(q, FillBlankQuestion):
            assert sorted(read.correct) == sorted(q.accepted)
        elif isinstance(q, NumericQuestion):
            low, high = (q.low, q.high) if q.mode == "range" else (
                q.value - q.tolerance, q.value + q.tolerance)
            assert read.ranges == [(low, high)], read.ranges
        elif isinstance(q, MatchingQuestion):
            assert read.pairs == {p.prompt: p.answer for p in q.pairs}
        elif isinstance(q, OrderingQuestion):
            order = [i.text for i in q.items]
            got = read.correct or [read.pairs[f"Position {k}"] for k in
                                   range(1, len(order) + 1)]
            assert got == order
        elif isinstance(q, EssayQuestion):
            assert not read.correct
        texts = {k: _plain(v) for k, v in read.feedback.items()}
        for expected in (q.feedback.general, q.feedback.correct, q.feedback.incorrect):
            if expected:
                assert _plain(expected) in texts.values(), (q.KIND, expected)
