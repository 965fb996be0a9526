"""Scripted learner actions for the SCORM harness, built from the course model.

The actions drive the real player in the harness's browser: open every lesson
through the course navigation, answer the quiz (right or wrong), submit.
Ordering questions are solved with the player's own Up buttons.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from studio.exporters.render.quiz_data import choice_key, dom_id, quiz_key
from studio.model import (
    Course,
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

Action = dict[str, Any]


def sel(dom: str) -> str:
    return f"[id='{dom}']"


def open_lesson(lesson_id: str) -> list[Action]:
    return [
        {"click": f".course-nav a[data-lesson='{lesson_id}']"},
        {"wait_for": f"[id='lesson-{lesson_id}']:not([hidden])"},
    ]


def answer_quiz(block: QuizBlock, right: bool) -> list[Action]:
    """Answers for every question of ``block`` (all right, or none answered when not ``right``)."""
    actions: list[Action] = []
    key = quiz_key(block.id, block.quiz)
    if not right:
        actions += _wrong_answers(block)
    else:
        for q, qk in zip(block.quiz.questions, key["questions"], strict=True):
            prefix = dom_id(block.id, q.id)
            if isinstance(q, SingleChoiceQuestion | MultipleResponseQuestion):
                for i, c in enumerate(q.choices):
                    if c.correct:
                        actions.append({"check": sel(dom_id(prefix, choice_key(i)))})
            elif isinstance(q, TrueFalseQuestion):
                actions.append({"check": sel(dom_id(prefix, "true" if q.answer else "false"))})
            elif isinstance(q, FillBlankQuestion):
                actions.append({"fill": [sel(dom_id(prefix, "answer")), q.accepted[0].upper()]})
            elif isinstance(q, NumericQuestion):
                value = (q.low + q.high) / 2 if q.mode == "range" else q.value
                actions.append({"fill": [sel(dom_id(prefix, "answer")), f"{value:g}"]})
            elif isinstance(q, MatchingQuestion):
                for pair in qk["pairs"]:
                    actions.append({"select": [sel(dom_id(prefix, pair["key"])), pair["answer"]]})
            elif isinstance(q, OrderingQuestion):
                actions.append({"eval": _solve_ordering_js(prefix, qk["order"])})
            elif isinstance(q, EssayQuestion):
                actions.append({"fill": [sel(dom_id(prefix, "answer")), "Rain fills the wells."]})
    actions.append({"click": sel(f"{block.id}-submit")})
    actions.append({"wait_for": f"[id='{block.id}-result']:not(:empty)"})
    actions.append({"eval": f"document.getElementById('{block.id}-result').textContent"})
    return actions


def _wrong_answers(block: QuizBlock) -> list[Action]:
    actions: list[Action] = []
    for q in block.quiz.questions:
        prefix = dom_id(block.id, q.id)
        if isinstance(q, SingleChoiceQuestion | MultipleResponseQuestion):
            wrong = next(i for i, c in enumerate(q.choices) if not c.correct)
            actions.append({"check": sel(dom_id(prefix, choice_key(wrong)))})
        elif isinstance(q, TrueFalseQuestion):
            actions.append({"check": sel(dom_id(prefix, "false" if q.answer else "true"))})
        elif isinstance(q, FillBlankQuestion):
            actions.append({"fill": [sel(dom_id(prefix, "answer")), "evaporation?"]})
        elif isinstance(q, NumericQuestion):
            actions.append({"fill": [sel(dom_id(prefix, "answer")), "-12.5"]})
        elif isinstance(q, OrderingQuestion):
            # Every item one place off (a rotation): no item in its place, no partial credit.
            order = [choice_key(i) for i in range(len(q.items))]
            actions.append({"eval": _solve_ordering_js(prefix, order[1:] + order[:1])})
    return actions


def _solve_ordering_js(prefix: str, order: list[str]) -> str:
    # Press the item's "Up" button until it reaches its place: the keyboard path a learner uses.
    return (
        (
            "(function(){var li=document.getElementById(PREFIX);var ol=li.querySelector('ol.order-list');"
            'var order=ORDER;for(var i=0;i<order.length;i++){var it=ol.querySelector("[data-key=\'"+order[i]+"\']");'
            "while(Array.prototype.indexOf.call(ol.children,it)>i){it.querySelector('.move-up').click();}}"
            "return Array.prototype.map.call(ol.children,function(x){return x.getAttribute('data-key');}).join();})()"
        )
        .replace("PREFIX", json.dumps(prefix))
        .replace("ORDER", json.dumps(order))
    )


def course_run(
    course: Course, *, quiz_right: bool | None, lessons: list[str] | None = None
) -> list[Action]:
    """Open ``lessons`` (default: all), and answer every quiz (unless ``quiz_right`` is None)."""
    wanted = lessons if lessons is not None else [lesson.id for _, lesson in course.lessons()]
    actions: list[Action] = []
    for _, lesson in course.lessons():
        if lesson.id not in wanted:
            continue
        actions += open_lesson(lesson.id)
        if quiz_right is None:
            continue
        for block in lesson.blocks:
            if isinstance(block, QuizBlock):
                actions += answer_quiz(block, quiz_right)
    return actions


def play(
    harness: Path, package: Path, actions: list[Action], tmp: Path, *extra: str
) -> dict[str, Any]:
    """Run ``scorm_play.py``; returns its JSON verdict (with the full log)."""
    actions_file = tmp / f"actions-{package.stem}-{len(list(tmp.iterdir()))}.json"
    actions_file.write_text(json.dumps(actions), encoding="utf-8")
    out = tmp / f"{actions_file.stem}.out.json"
    proc = subprocess.run(
        [sys.executable, str(harness / "scorm_play.py"), str(package), "--actions", str(actions_file),
         "--json", str(out), "--timeout", "90", *extra],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    if not out.exists():
        raise AssertionError(f"harness failed: {proc.stdout}\n{proc.stderr}")
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    result["_stderr"] = proc.stderr
    return result


def interactions(cmi: dict[str, str]) -> dict[int, dict[str, str]]:
    """``cmi.interactions.N.field`` values grouped by N."""
    found: dict[int, dict[str, str]] = {}
    for name, value in cmi.items():
        parts = name.split(".")
        if len(parts) >= 4 and parts[1] == "interactions" and parts[2].isdigit():
            found.setdefault(int(parts[2]), {})[".".join(parts[3:])] = value
    return found
