"""Caption shaping and the quality report on hand-made word timelines."""

from __future__ import annotations

import pytest

from studio.captions.profiles import PROFILES, get_profile
from studio.captions.quality import check_cues
from studio.captions.shaping import (
    Word,
    layout_text,
    reflow_cues,
    shape_cues,
    words_from_segments,
)
from studio.errors import StudioError
from studio.model.captions import Cue

LECTURE = (
    "Good morning everyone, and welcome to the second lecture of our course on the history "
    "of computing. Today we will talk about Charles Babbage and Ada Lovelace, who designed "
    "the analytical engine in London. Their machine was never finished, but the ideas "
    "behind it shaped every computer that came after it. We will look at three of them "
    "today: the store, the mill and the punched cards that told the mill what to do."
)


def timeline(
    text: str,
    chars_per_second: float = 13.0,
    pauses: dict[int, float] | None = None,
    spaced: bool = True,
) -> list[Word]:
    """Words spoken at a steady pace; ``pauses`` adds silence after word index k."""
    words: list[Word] = []
    t = 0.0
    tokens = text.split() if spaced else list(text)
    for k, token in enumerate(tokens):
        duration = (len(token) + 1) / chars_per_second
        words.append(Word(t, t + duration * 0.9, (" " if spaced else "") + token))
        t += duration + (pauses or {}).get(k, 0.0)
    return words


def flat(cues: list[Cue], sep: str = " ") -> str:
    return (
        sep.join(" ".join(c.text.split()) for c in cues)
        if sep
        else "".join(c.text.replace("\n", "") for c in cues)
    )


def test_normal_lecture_passes_the_profile_and_keeps_every_word() -> None:
    words = timeline(LECTURE)
    cues = shape_cues(words)
    assert flat(cues) == LECTURE
    assert check_cues(cues) == []
    for cue in cues:
        lines = cue.text.split("\n")
        assert len(lines) <= 2 and all(len(line) <= 42 for line in lines)
    # sentence ends are preferred cue ends
    assert sum(c.text.endswith((".", ",", ":")) for c in cues) >= len(cues) - 2
    # a name is never split across lines or cues here
    for cue in cues:
        assert not cue.text.endswith(("Charles", "Ada")), cue.text
        assert "Charles\nBabbage" not in cue.text and "Ada\nLovelace" not in cue.text
    # two-frame gaps, no overlap
    for a, b in zip(cues, cues[1:], strict=False):
        assert b.start - a.end >= 2 / 24 - 1e-6


def test_punctuation_free_speech_still_fits() -> None:
    text = LECTURE.replace(",", "").replace(".", "").replace(":", "").lower()
    cues = shape_cues(timeline(text))
    assert flat(cues) == text
    assert check_cues(cues) == []
    # breaks prefer to come before conjunctions/prepositions rather than after articles
    for cue in cues:
        for line in cue.text.split("\n"):
            assert line.split()[-1] not in ("the", "a", "an"), cue.text


def test_fast_talker_is_reported_with_a_fix() -> None:
    words = timeline(LECTURE, chars_per_second=26.0)
    cues = shape_cues(words)
    assert flat(cues) == LECTURE
    issues = check_cues(cues)
    assert issues and {i.kind for i in issues} == {"too-fast"}
    assert all(i.fix for i in issues)
    # shape limits still hold: lines and durations
    for cue in cues:
        assert all(len(line) <= 42 for line in cue.text.split("\n"))
        assert cue.end - cue.start <= 7.0 + 1e-6


def test_long_silences_end_cues_and_cues_do_not_linger() -> None:
    text = "First point here. Second point after a long pause. Third one."
    words = timeline(text, pauses={2: 6.0, 8: 3.0})
    cues = shape_cues(words)
    assert [c.text for c in cues] == [
        "First point here.",
        "Second point after a long pause.",
        "Third one.",
    ]
    # the first cue does not stay on screen through the 6 s silence
    assert cues[0].end <= words[2].end + 1.0 + 1e-6
    assert cues[1].start == pytest.approx(words[3].start, abs=1e-3)
    assert check_cues(cues) == []


def test_slow_speech_never_exceeds_max_duration() -> None:
    words = timeline("so we wait and we think and we wait some more", chars_per_second=2.0)
    cues = shape_cues(words)
    assert all(c.end - c.start <= 7.0 + 1e-6 for c in cues)
    assert flat(cues) == "so we wait and we think and we wait some more"


def test_long_words_get_their_own_line_and_are_reported() -> None:
    url = "https://example.org/courses/history-of-computing/lecture-two/notes"
    text = f"The notes are at {url} and in the course pack."
    cues = shape_cues(timeline(text))
    assert flat(cues) == text
    holder = next(c for c in cues if url in c.text)
    assert url in holder.text.split("\n")
    kinds = {i.kind for i in check_cues(cues)}
    assert "line-too-long" in kinds
    german = "Donaudampfschifffahrtsgesellschaftskapitänsmütze"
    cues = shape_cues(timeline(f"Das ist die {german} von gestern.", 12.0))
    assert flat(cues) == f"Das ist die {german} von gestern."
    issues = check_cues(cues, "netflix")  # 48 characters: longer than any line
    assert [i.kind for i in issues] == ["line-too-long"]
    assert "hyphenate" in issues[0].fix


def test_non_english_text() -> None:
    french = (
        "Bonjour à tous, et bienvenue dans ce cours sur le cycle de l'eau. L'eau s'évapore "
        "des océans, forme des nuages, puis retombe sous forme de pluie ou de neige."
    )
    cues = shape_cues(timeline(french))
    assert flat(cues) == french
    assert check_cues(cues) == []
    japanese = (
        "今日は水の循環について話します。水は海から蒸発して雲になり、雨や雪として地上に戻ります。"
    )
    cues = shape_cues(timeline(japanese, chars_per_second=6.0, spaced=False))
    assert flat(cues, "") == japanese  # no spaces invented between characters
    assert all(" " not in c.text for c in cues)
    assert check_cues(cues) == []


def test_profiles_shape_differently() -> None:
    words = timeline(LECTURE, chars_per_second=11.0)
    for name in PROFILES:
        profile = get_profile(name)
        cues = shape_cues(words, profile)
        assert flat(cues) == LECTURE
        assert all(
            len(line) <= profile.max_chars_per_line for c in cues for line in c.text.split("\n")
        )
    assert shape_cues(words, "dcmp") != shape_cues(words, "netflix")
    custom = get_profile("custom:max_chars_per_line=20,max_lines=1")
    assert custom.max_chars_per_line == 20 and custom.max_lines == 1
    assert all(len(c.text) <= 20 and "\n" not in c.text for c in shape_cues(words, custom))
    with pytest.raises(StudioError, match="unknown caption profile"):
        get_profile("youtube")
    with pytest.raises(StudioError, match="unknown caption profile setting"):
        get_profile("netflix:chars=3")
    with pytest.raises(StudioError, match="needs a number"):
        get_profile("netflix:max_cps=fast")


def test_quality_report_names_every_problem_with_a_fix() -> None:
    cues = [
        Cue(0.0, 0.3, "Hi."),  # too short
        Cue(0.32, 9.0, "This cue stays on screen for far too long, longer than allowed."),
        Cue(8.5, 10.0, "It overlaps, and it is read very fast by everyone here, too fast."),
        Cue(10.02, 12.0, "One\ntwo\nthree lines"),  # gap too small before it; 3 lines
        Cue(13.0, 19.0, "A single line that is much longer than forty-two characters"),
        Cue(20.0, 21.0, "  "),
    ]
    issues = check_cues(cues)
    by_kind = {(i.index, i.kind): i for i in issues}
    assert (0, "too-short") in by_kind and "merge" in by_kind[(0, "too-short")].fix
    assert (1, "too-long") in by_kind and "split the cue after" in by_kind[(1, "too-long")].fix
    assert (1, "overlap") in by_kind and "end this cue at 8.417" in by_kind[(1, "overlap")].fix
    assert (2, "too-fast") in by_kind
    assert (2, "gap-too-small") in by_kind
    assert (3, "too-many-lines") in by_kind
    assert "re-flow the lines" in by_kind[(3, "too-many-lines")].fix
    assert (4, "line-too-long") in by_kind
    assert "/" in by_kind[(4, "line-too-long")].fix
    assert (5, "empty") in by_kind
    assert check_cues([Cue(0.0, 2.0, "Fine.")]) == []
    alone = check_cues([Cue(0.0, 0.4, "Yes."), Cue(5.0, 6.0, "Next.")])
    assert [(i.kind, i.fix) for i in alone] == [("too-short", "extend the end to 0.833 s")]


def test_reflow_turns_a_whisper_segment_into_captions() -> None:
    segment = Cue(3.0, 30.0, LECTURE)  # what raw Whisper segments look like
    cues = reflow_cues([segment])
    assert len(cues) >= 6
    assert flat(cues) == LECTURE
    assert cues[0].start == pytest.approx(3.0) and cues[-1].end <= 30.0 + 1.0
    assert check_cues(cues) == []


def test_layout_and_segments_helpers() -> None:
    found = layout_text(
        "Every living thing that you have ever seen is made of cells,", get_profile()
    )
    assert found is not None and found[1] == [
        "Every living thing",
        "that you have ever seen is made of cells,",
    ]
    words = words_from_segments([{"words": [[0.0, 0.5, " Hi", 0.9], [0.5, 1.0, " there.", 0.8]]}])
    assert [(w.start, w.text) for w in words] == [(0.0, " Hi"), (0.5, " there.")]
    assert shape_cues([]) == []


def test_a_sentence_opener_is_not_stranded_at_the_end_of_a_cue() -> None:
    text = (
        "Welcome to this short lecture about the water cycle. Water is always moving between "
        "the oceans, the air and the land. First, the sun warms the oceans and lakes, and "
        "water evaporates into the air as vapour."
    )
    tokens = text.split()
    pauses = {tokens.index("cycle."): 0.5, tokens.index("land."): 0.6, tokens.index("First,"): 0.35}
    cues = shape_cues(timeline(text, 13.0, pauses))
    assert flat(cues) == text
    for cue in cues:  # "... the land. First," would leave the new sentence's opener behind
        assert not cue.text.split("\n")[-1].endswith("First,"), cue.text
