"""Aiken questions (Moodle's simplest format) -> single-choice questions.

    What is the capital of France?
    A. Paris
    B) London
    ANSWER: A

The question may span several lines; options are a capital letter followed by
``.`` or ``)``; ``ANSWER:`` names the correct letter and ends the question.
"""

from __future__ import annotations

import re

from studio.errors import ImportFormatError
from studio.importers.report import ImportReport
from studio.importers.spec import ImporterSpec, Probe, question_file
from studio.importers.textutil import prompt_html
from studio.model.quiz import Choice, Question, SingleChoiceQuestion

_OPTION = re.compile(r"^([A-Z])[.)]\s+(.*)$")
_ANSWER = re.compile(r"^ANSWER\s*:\s*([A-Z])\s*$", re.IGNORECASE)


def looks_like_aiken(text: str) -> bool:
    return any(_ANSWER.match(line.strip()) for line in text.splitlines())


def parse_aiken(text: str, where: str, report: ImportReport) -> list[Question]:
    questions: list[Question] = []
    prompt: list[str] = []
    options: list[tuple[str, str]] = []
    start = 0
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            continue
        if not prompt and not options:
            start = number
        answer = _ANSWER.match(line)
        if answer:
            letter = answer.group(1).upper()
            letters = [key for key, _ in options]
            if not prompt or len(options) < 2:
                report.skipped(f"line {start}", "question without a prompt or with fewer than two options")
            elif letter not in letters:
                report.skipped(f"line {number}", f"ANSWER names {letter}, which is not an option")
            elif len(set(letters)) != len(letters):
                twice = sorted({key for key in letters if letters.count(key) > 1})
                report.skipped(f"line {start}", f"option letter {', '.join(twice)} appears twice: "
                               "give every option its own letter")
            else:
                questions.append(
                    SingleChoiceQuestion(
                        prompt=prompt_html("\n".join(prompt), "plain"),
                        choices=[Choice(t, key == letter) for key, t in options],
                    )
                )
            prompt, options = [], []
            continue
        option = _OPTION.match(line)
        if option and prompt:
            options.append((option.group(1), option.group(2).strip()))
        elif options:
            report.skipped(f"line {start}", "question without an ANSWER: line")
            prompt, options, start = [line], [], number
        else:
            prompt.append(line)
    if prompt or options:
        report.skipped(f"line {start}", "question without an ANSWER: line")
    if not questions and not report.skipped_entries:
        raise ImportFormatError(
            "no Aiken questions found",
            path=where,
            hint="Aiken questions end with a line such as 'ANSWER: B'.",
        )
    return questions


def _sniff(probe: Probe) -> int:
    if probe.archive is not None or probe.xml_like:
        return 0
    return 50 if looks_like_aiken(probe.text) else 0


SPEC = ImporterSpec(
    name="aiken", label="Aiken", description="single-choice questions in Moodle's Aiken format",
    extensions=(".txt",), kind="questions", sniff=_sniff,
    read=question_file(parse_aiken),
)
