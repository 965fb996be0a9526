"""Spell check of captions with the offline dictionaries, and the course dictionary."""

from __future__ import annotations

from studio.captions.spelling import add_to_dictionary, speller_for
from studio.commands import CommandStack
from studio.model import Course
from studio.model.captions import Cue


def _words(found: list[tuple[int, int, str]]) -> list[str]:
    return [w for _, _, w in found]


def test_english_flags_the_misspelled_word_only() -> None:
    speller = speller_for("en-GB")
    assert speller is not None
    assert _words(speller.misspelled("The watter cycle moves water around the world.")) == [
        "watter"]
    assert speller.misspelled("Water evaporates, rises, cools and falls as rain.") == []
    assert "water" in speller.suggestions("watter")
    assert speller.suggestions("Watter")[0][0].isupper()  # the word's own case


def test_spanish_flags_the_misspelled_word_only() -> None:
    speller = speller_for("es")
    assert speller is not None
    text = "El agua del mar es muy importante para la vida."
    assert speller.misspelled(text) == []
    assert _words(speller.misspelled("El aguaa del mar es muy importante.")) == ["aguaa"]
    assert "agua" in speller.suggestions("aguaa")


def test_languages_without_a_dictionary_are_not_checked() -> None:
    assert speller_for("sw") is None
    assert speller_for("ar") is not None and speller_for("de") is not None


def test_the_course_dictionary_is_one_undo_step_and_used_by_every_track() -> None:
    course = Course()
    stack = CommandStack()
    speller = speller_for("en", course.dictionary)
    assert speller is not None
    cues = [Cue(0, 1, "Professor Okonkwo explains."), Cue(1, 2, "Rain falls.")]
    assert speller.misspelled_rows(cues) == [0]
    assert add_to_dictionary(stack, course, "Okonkwo")
    assert not add_to_dictionary(stack, course, "okonkwo")  # already there
    speller.set_extra(course.dictionary)
    assert speller.misspelled_rows(cues) == []
    stack.undo()
    assert course.dictionary == []
