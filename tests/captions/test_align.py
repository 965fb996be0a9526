"""Script alignment on hand-made word timelines: the script wins, departures are found,
both sides are kept, and the instructor's choice is one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.captions.align import align_script, script_words, similarity
from studio.captions.departures import choose_departure
from studio.captions.script import read_script
from studio.captions.shaping import Word, shape_track
from studio.commands import CommandStack
from studio.errors import ImportFormatError, StudioError
from studio.model.captions import CaptionTrack

SCRIPT = (
    "Welcome back. Today we look at the e-learning tools Ada Lovelace never had. "
    "First, the slides. Second, the quiz at the end of the lesson."
)


def spoken(text: str, start: float = 0.0, pace: float = 0.4, prob: float = 0.9) -> list[Word]:
    words = []
    t = start
    for token in text.split():
        words.append(Word(round(t, 3), round(t + pace * 0.8, 3), " " + token, prob))
        t += pace
    return words


def flat(words: list[Word]) -> str:
    return "".join(w.text for w in words).strip()


def test_exact_speech_gives_the_script_with_whisper_times() -> None:
    heard = spoken(SCRIPT.lower().replace(".", "").replace(",", ""))
    result = align_script(SCRIPT, heard)
    assert flat(result.words) == SCRIPT
    assert result.matched == 1.0 and not result.departures
    assert [(w.start, w.end) for w in result.words] == [(w.start, w.end) for w in heard]
    assert all(w.confidence == pytest.approx(0.9) for w in result.words)


def test_recognition_slips_keep_the_script_and_lower_the_confidence() -> None:
    text = "Welcome back today we look at the e learning tools Add a Lovelace never had"
    heard = spoken(text.replace("look", "luck").replace("had", "hat"))
    script = "Welcome back. Today we look at the e-learning tools Ada Lovelace never had."
    result = align_script(script, heard)
    assert flat(result.words) == script  # the script wins
    assert not result.departures  # one or two words are slips, not departures
    by_text = {w.text.strip(" .,"): w for w in result.words}
    assert by_text["e-learning"].start == heard[7].start  # one word heard as two
    assert by_text["e-learning"].end == heard[8].end
    assert by_text["look"].confidence < 0.9 and by_text["we"].confidence == pytest.approx(0.9)
    # "Add a": one script word heard as two, a little less sure
    assert (by_text["Ada"].start, by_text["Ada"].end) == (heard[10].start, heard[11].end)
    assert by_text["Ada"].confidence < 0.9


def test_skipped_sentence_ad_lib_and_changed_words_are_departures() -> None:
    said = (
        "welcome back today we look at the e-learning tools Ada Lovelace never had "
        "by the way this is recorded on a Friday "  # ad lib
        "second the quiz at the end of the lesson"  # "First, the slides." skipped
    )
    heard = spoken(said)
    result = align_script(SCRIPT, heard)
    assert flat(result.words) == SCRIPT
    departures = result.departures
    assert len(departures) == 1 and departures[0].kind == "changed"
    (changed,) = departures
    assert changed.text_of(changed.script) == "First, the slides."
    assert changed.text_of(changed.speech) == "by the way this is recorded on a Friday"
    assert all(w.span == changed.id for w in result.words if w.text.strip() in ("First,", "slides."))
    assert 5.0 < changed.start < changed.end < 9.0


def test_a_skipped_sentence_alone_sits_in_the_pause() -> None:
    said = "welcome back today we look at the e-learning tools Ada Lovelace never had"
    heard = spoken(said) + spoken("second the quiz at the end of the lesson", start=6.0)
    result = align_script(SCRIPT, heard)
    (skipped,) = result.departures
    assert skipped.kind == "skipped" and skipped.text_of(skipped.script) == "First, the slides."
    last_before = heard[12].end
    assert all(last_before <= w.start <= w.end <= 6.0 for w in skipped.script)
    assert all(w.confidence == 0.0 for w in skipped.script)


def test_script_words_cjk_and_punctuation() -> None:
    words = script_words("大家好，今天讲 Python 的历史。 Hello — world")
    assert [w.text for w in words][:4] == ["大", "家", "好，", "今"]
    assert " Python" in [w.text for w in words] and " Hello —" in [w.text for w in words]
    heard = [Word(i * 0.3, i * 0.3 + 0.25, ch) for i, ch in enumerate("大家好今天讲")]
    result = align_script("大家好，今天讲。", heard)
    assert flat(result.words) == "大家好，今天讲。" and result.matched == 1.0
    assert similarity("quilters", "quilter") > 0.8 and similarity("mister", "mr") < 0.6


def test_long_repetitive_scripts_align_in_order() -> None:
    sentence = "the cycle starts again and the water goes back to the sea "
    script = sentence * 300  # no word occurs once: no anchors, windowed alignment
    heard = spoken(script)
    del heard[1000:1004]
    result = align_script(script, heard)
    assert result.matched > 0.99
    times = [w.start for w in result.words]
    assert times == sorted(times)
    assert len(result.departures) == 1 and result.departures[0].kind == "skipped"


def _script_track() -> tuple[CaptionTrack, list[Word]]:
    said = "welcome back today we look at the e-learning tools Ada Lovelace never had"
    heard = spoken(said) + spoken("so um let me see where was I", start=5.6) + spoken(
        "second the quiz at the end of the lesson", start=9.0
    )
    result = align_script(SCRIPT, heard)
    shaped = shape_track(result.words, "netflix")
    track = CaptionTrack(cues=shaped.cues, from_script=True, departures=result.departures)
    return track, heard


def test_choosing_speech_or_script_is_one_undo_step() -> None:
    track, _heard = _script_track()
    (departure,) = track.departures
    assert departure.kind == "changed"
    stack = CommandStack()
    before = [(c.start, c.end, c.text) for c in track.cues]
    choose_departure(stack, track, departure.id, "speech")
    text = " ".join(c.text.replace("\n", " ") for c in track.cues)
    assert "so um let me see where was I" in text and "First, the slides." not in text
    assert departure.choice == "speech"
    assert text.startswith("Welcome back.") and text.endswith("end of the lesson.")
    stack.undo()
    assert [(c.start, c.end, c.text) for c in track.cues] == before
    assert departure.choice == "script"
    stack.redo()
    assert "so um let me see" in " ".join(c.text for c in track.cues)
    choose_departure(stack, track, departure.id, "script")
    assert " ".join(c.text.replace("\n", " ") for c in track.cues) == SCRIPT
    with pytest.raises(StudioError, match="no departure 'd9'"):
        choose_departure(stack, track, "d9", "speech")
    with pytest.raises(StudioError, match="'script' or 'speech'"):
        choose_departure(stack, track, departure.id, "both")


def test_script_files(tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_text("\ufeffHello there.\n\nSecond\x0bline.", encoding="utf-8")
    assert read_script(tmp_path / "s.txt") == "Hello there.\n\nSecond\nline."
    (tmp_path / "s.srt").write_text(
        "1\n00:00:00,000 --> 00:00:00,000\nUntimed one.\n\n2\n00:00:00,000 --> 00:00:00,000\n"
        "Untimed two.\n",
        encoding="utf-8",
    )
    assert read_script(tmp_path / "s.srt") == "Untimed one.\nUntimed two."
    for name, data, message in [
        ("none.txt", None, "cannot read the script"),
        ("s.docx", b"PK", "cannot read a script from a .docx"),
        ("empty.txt", b"  \n", "no words"),
        ("bin.txt", b"\x00\x01\x02binary", "not a text file"),
    ]:
        if data is not None:
            (tmp_path / name).write_bytes(data)
        with pytest.raises(ImportFormatError, match=message) as info:
            read_script(tmp_path / name)
        assert info.value.path == str(tmp_path / name) and info.value.hint
