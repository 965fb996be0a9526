"""Save and open a big course (500 lessons, 2,000 questions) vs bare json.dumps/json.loads.

Prints the times and the ratios; the baseline is a plain ``json.dumps`` +
write and ``read`` + ``json.loads`` of the same data in the same process.
Aim: both ratios under 3x.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from studio.model import (  # noqa: E402
    Choice,
    Course,
    Feedback,
    Lesson,
    Module,
    Quiz,
    QuizBlock,
    SingleChoiceQuestion,
    TextBlock,
)
from studio.model.serialize import course_to_data  # noqa: E402
from studio.project import Project  # noqa: E402

ROUNDS = 7


def big_course() -> Course:
    modules = []
    for m in range(25):
        lessons = []
        for i in range(20):  # 500 lessons
            questions = [
                SingleChoiceQuestion(
                    prompt=f"<p>Question {q} of lesson {m}.{i}: which answer is right?</p>",
                    choices=[Choice(f"Answer {c}", c == 0, f"Feedback for {c}") for c in range(4)],
                    feedback=Feedback("Right.", "Not quite.", "Because."),
                )
                for q in range(4)  # 2,000 questions
            ]
            lessons.append(
                Lesson(
                    title=f"Lesson {m}.{i}",
                    blocks=[
                        TextBlock(html=f"<p>Reading for lesson {m}.{i}. " + "Text. " * 80 + "</p>"),
                        QuizBlock(Quiz(title=f"Quiz {m}.{i}", questions=list(questions))),
                    ],
                )
            )
        modules.append(Module(title=f"Module {m}", lessons=lessons))
    return Course(title="Big course", modules=modules)


def best(samples: list[float]) -> float:
    return statistics.median(samples)


def main() -> None:
    course = big_course()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "big.studio"
        project = Project.create(folder, title="Big course")
        project.course = course
        save_t, open_t, dump_t, load_t = [], [], [], []
        raw_file = Path(tmp) / "bare.json"
        for _ in range(ROUNDS):
            t = time.perf_counter()
            project.save()
            save_t.append(time.perf_counter() - t)

            t = time.perf_counter()
            reopened = Project.open(folder, read_only=True)
            open_t.append(time.perf_counter() - t)
            reopened.close()

            data = course_to_data(course)
            t = time.perf_counter()
            raw_file.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
            dump_t.append(time.perf_counter() - t)

            t = time.perf_counter()
            json.loads(raw_file.read_text())
            load_t.append(time.perf_counter() - t)
        project.close()
        size = (folder / "project.json").stat().st_size
    print(f"course: 500 lessons, 2000 questions; project.json {size / 1024**2:.1f} MB")
    print(f"save (atomic, fsync, backup): {best(save_t) * 1000:7.1f} ms   "
          f"bare json.dumps+write: {best(dump_t) * 1000:7.1f} ms   ratio {best(save_t) / best(dump_t):.2f}x")
    print(f"open (parse, type-check):     {best(open_t) * 1000:7.1f} ms   "
          f"bare read+json.loads:  {best(load_t) * 1000:7.1f} ms   ratio {best(open_t) / best(load_t):.2f}x")


if __name__ == "__main__":
    main()
