"""H5P question content types (their ``content.json`` parameters) -> Studio questions.

Multiple Choice, True/False, Fill in the Blanks (one question per blank), Drag the Words
(a matching question: each gap with its word, the distractors as extra answers), Mark the
Words (multiple response over the words of the text), Single Choice Set and Essay. The
parameters are untrusted data: every value is type-checked before use (``jsonish``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from studio.exporters.render.quiz_data import stable_shuffle
from studio.importers.jsonish import as_bool, as_dict, as_list, as_str
from studio.importers.report import ImportReport
from studio.importers.textutil import prompt_html, to_plain
from studio.model.quiz import (
    Choice,
    EssayQuestion,
    Feedback,
    FillBlankQuestion,
    MatchingQuestion,
    MatchPair,
    MultipleResponseQuestion,
    Question,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)

# H5P marks answers in text with asterisks: *answer*, *one/other*, *answer:tip*; "\*" is a star.
_STAR = re.compile(r"(?<!\\)\*(.+?)(?<!\\)\*", re.DOTALL)
_WORD = re.compile(r"[\w'’-]+", re.UNICODE)
GAP = "___"
OTHER_GAP = "[…]"

# An image (or other media) to show with the question: returns HTML placed before the prompt.
MediaHtml = Callable[[Any, str], str]


def _answers(marked: str) -> list[str]:
    """The accepted answers of one ``*...*`` mark: alternatives split on "/", tips dropped."""
    text = re.split(r"(?<!\\):|\\\+|\\-", marked, maxsplit=1)[0]
    return [a for a in (to_plain(x.replace("\\:", ":").replace("\\*", "*")) for x in text.split("/")) if a]


def _gapped(text: str, keep: int) -> str:
    """``text`` with mark ``keep`` as the gap and the other marks as "[…]"."""
    count = -1

    def swap(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return GAP if count == keep else OTHER_GAP

    return _STAR.sub(swap, text).replace("\\*", "*")


def _prompt(params: dict[str, Any], field: str, media: MediaHtml, where: str) -> str:
    """The question's text (HTML) from ``field``, after the image its ``media`` shows."""
    text = prompt_html(as_str(params.get(field)), "html")
    return media(params.get("media"), where) + text if text else ""


def multi_choice(params: dict[str, Any], media: MediaHtml, where: str, report: ImportReport) -> list[Question]:
    prompt = _prompt(params, "question", media, where)
    choices = []
    for raw in as_list(params.get("answers")):
        answer = as_dict(raw)
        tips = as_dict(answer.get("tipsAndFeedback"))
        text = to_plain(as_str(answer.get("text")))
        if text:
            choices.append(Choice(text=text, correct=as_bool(answer.get("correct")),
                                  feedback=to_plain(as_str(tips.get("chosenFeedback")))))
    right = sum(1 for c in choices if c.correct)
    if not prompt or len(choices) < 2 or not right:
        report.skipped(where, "a multiple choice question without text, choices or a right answer")
        return []
    behaviour = as_dict(params.get("behaviour"))
    single = behaviour.get("type") == "single" or (right == 1 and behaviour.get("type") != "multi"
                                                    and as_bool(behaviour.get("singleAnswer"), True))
    if single and right == 1:
        return [SingleChoiceQuestion(prompt=prompt, choices=choices)]
    return [MultipleResponseQuestion(prompt=prompt, choices=choices)]


def true_false(params: dict[str, Any], media: MediaHtml, where: str, report: ImportReport) -> list[Question]:
    prompt = _prompt(params, "question", media, where)
    if not prompt:
        report.skipped(where, "a true/false question without text")
        return []
    behaviour = as_dict(params.get("behaviour"))
    feedback = Feedback(correct=to_plain(as_str(behaviour.get("feedbackOnCorrect"))),
                        incorrect=to_plain(as_str(behaviour.get("feedbackOnWrong"))))
    answer = as_str(params.get("correct")).strip().lower() == "true" or params.get("correct") is True
    return [TrueFalseQuestion(prompt=prompt, answer=answer, feedback=feedback)]


def blanks(params: dict[str, Any], media: MediaHtml, where: str, report: ImportReport) -> list[Question]:
    """Each blank of each text becomes one fill-in-the-blank question."""
    task = _prompt(params, "text", media, where)
    case = as_bool(as_dict(params.get("behaviour")).get("caseSensitive"), True)
    out: list[Question] = []
    for text in (as_str(t) for t in as_list(params.get("questions"))):
        for index, match in enumerate(_STAR.finditer(text)):
            accepted = _answers(match.group(1))
            if accepted:
                out.append(FillBlankQuestion(prompt=task + prompt_html(_gapped(text, index), "html"),
                                             accepted=accepted, case_sensitive=case))
    if not out:
        report.skipped(where, "fill in the blanks without any *marked* answer")
    return out


def drag_text(params: dict[str, Any], media: MediaHtml, where: str, report: ImportReport) -> list[Question]:
    """Drag the Words: each gap (shown in its sentence) is matched with its word."""
    text = as_str(params.get("textField"))
    task = prompt_html(as_str(params.get("taskDescription")), "html")
    gaps = [(_answers(m.group(1)), i) for i, m in enumerate(_STAR.finditer(text))]
    gaps = [(a, i) for a, i in gaps if a]
    distractors = [a for m in _STAR.finditer(as_str(params.get("distractors"))) for a in _answers(m.group(1))]
    words = [a[0] for a, _ in gaps]
    if len(gaps) >= 2 and len(set(words + distractors)) == len(words) + len(distractors):
        pairs = [MatchPair(prompt=_sentence(text, i), answer=a[0]) for a, i in gaps]
        return [MatchingQuestion(prompt=task or "<p>Match each gap with its word.</p>", pairs=pairs,
                                 distractors=distractors)]
    if not gaps:
        report.skipped(where, "drag the words without any *marked* word")
        return []
    # One gap, or the same word in two gaps: a matching question could not tell them apart.
    return [FillBlankQuestion(prompt=task + prompt_html(_gapped(text, i), "html"), accepted=a) for a, i in gaps]


def _sentence(text: str, keep: int) -> str:
    """The plain sentence holding gap ``keep`` (the gap as ___, other gaps as […])."""
    plain = to_plain(_gapped(text, keep))
    sentences = re.split(r"(?<=[.!?])\s+", plain)
    return next((s for s in sentences if GAP in s), plain)[:300]


def mark_the_words(params: dict[str, Any], media: MediaHtml, where: str, report: ImportReport) -> list[Question]:
    """Mark the Words as multiple response: every word of the text is a choice."""
    text = as_str(params.get("textField"))
    marked = {to_plain(m.group(1)).casefold() for m in _STAR.finditer(text)}
    shown = to_plain(_STAR.sub(lambda m: m.group(1), text))
    words: dict[str, Choice] = {}
    for word in _WORD.findall(shown):
        key = word.casefold()
        if key not in words:
            words[key] = Choice(text=word, correct=key in marked)
    if not marked or not words:
        report.skipped(where, "mark the words without any *marked* word")
        return []
    prompt = prompt_html(as_str(params.get("taskDescription")), "html") + prompt_html(shown, "plain")
    return [MultipleResponseQuestion(prompt=prompt, choices=list(words.values()))]


def single_choice_set(params: dict[str, Any], media: MediaHtml, where: str, report: ImportReport) -> list[Question]:
    """Each item's first answer is the right one (H5P shuffles them when it plays)."""
    out: list[Question] = []
    for number, raw in enumerate(as_list(params.get("choices")), 1):
        item = as_dict(raw)
        prompt = prompt_html(as_str(item.get("question")), "html")
        texts = [to_plain(as_str(a)) for a in as_list(item.get("answers"))]
        choices = [Choice(text=t, correct=i == 0) for i, t in enumerate(texts) if t]
        if not prompt or len(choices) < 2 or not choices[0].correct:
            report.skipped(f"{where} item {number}", "a single choice without text or two answers")
            continue
        out.append(SingleChoiceQuestion(prompt=prompt, choices=stable_shuffle(choices, prompt)))
    return out


def essay(params: dict[str, Any], media: MediaHtml, where: str, report: ImportReport) -> list[Question]:
    prompt = _prompt(params, "taskDescription", media, where)
    if not prompt:
        report.skipped(where, "an essay without a task")
        return []
    solution = as_dict(params.get("solution"))
    keywords = [as_str(as_dict(k).get("keyword")).strip() for k in as_list(params.get("keywords"))]
    notes = [to_plain(as_str(solution.get("introduction"))), to_plain(as_str(solution.get("sample")))]
    if any(keywords):
        notes.append("Keywords: " + ", ".join(k for k in keywords if k))
    return [EssayQuestion(prompt=prompt, guidance="\n\n".join(n for n in notes if n))]


QUESTION_TYPES: dict[str, Callable[[dict[str, Any], MediaHtml, str, ImportReport], list[Question]]] = {
    "H5P.MultiChoice": multi_choice,
    "H5P.TrueFalse": true_false,
    "H5P.Blanks": blanks,
    "H5P.DragText": drag_text,
    "H5P.MarkTheWords": mark_the_words,
    "H5P.SingleChoiceSet": single_choice_set,
    "H5P.Essay": essay,
}

