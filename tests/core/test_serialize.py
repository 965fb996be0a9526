"""Course <-> JSON data: every kind round-trips; bad data names the field."""

from __future__ import annotations

import json

import pytest

from studio.model import BLOCK_TYPES, QUESTION_TYPES, Course
from studio.model.serialize import SchemaError, clone, course_from_data, course_to_data


def test_full_course_round_trips(full_project) -> None:
    data = course_to_data(full_project.course)
    kinds = {b["kind"] for m in data["modules"] for les in m["lessons"] for b in les["blocks"]}
    assert kinds == set(BLOCK_TYPES)
    questions = {
        q["kind"]
        for m in data["modules"]
        for les in m["lessons"]
        for b in les["blocks"]
        if b["kind"] == "quiz"
        for q in b["quiz"]["questions"]
    }
    assert questions == set(QUESTION_TYPES)
    again = course_to_data(course_from_data(json.loads(json.dumps(data))))
    assert again == data
    assert course_to_data(clone(full_project.course)) == data


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda d: d.update(title=None), "course.title"),
        (lambda d: d.update(authors="Ada"), "course.authors"),
        (lambda d: d.update(modules=[{"title": "M", "lessons": [{"blocks": [{"kind": "image", "decorative": "yes"}]}]}]),
         "course.modules[0].lessons[0].blocks[0].decorative"),
        (lambda d: d.update(tracking={"completion": "never"}), "course.tracking.completion"),
        (lambda d: d.update(media={"x": {"id": "x", "filename": "a", "mime": "b", "size": 1.5}}), "course.media.x.size"),
    ],
)  # fmt: skip
def test_wrong_types_name_the_field(mutate, where) -> None:
    data = course_to_data(Course(title="T"))
    mutate(data)
    with pytest.raises(SchemaError) as info:
        course_from_data(data)
    assert info.value.where == where


def test_numbers_accept_integers_but_not_booleans() -> None:
    data = course_to_data(Course())
    data["tracking"]["passing_score"] = 70
    assert course_from_data(data).tracking.passing_score == 70.0
    data["tracking"]["passing_score"] = True
    with pytest.raises(SchemaError):
        course_from_data(data)
