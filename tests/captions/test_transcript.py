"""Transcripts (text and HTML, paragraphs at pauses) and chapters from a caption track."""

from __future__ import annotations

from studio.captions.transcript import (
    chapters_from_pauses,
    chapters_from_times,
    clock,
    paragraphs,
    transcript_html,
    transcript_text,
)
from studio.model.captions import CaptionTrack, Chapter, Cue

TRACK = CaptionTrack(
    cues=[
        Cue(0.0, 2.0, "Welcome to the course."),
        Cue(2.1, 4.0, "Today: water\n& <ice>."),
        Cue(40.0, 43.0, "Part two starts after a long pause. It is about steam."),
        Cue(43.1, 45.0, "Steam is hot."),
        Cue(3700.0, 3702.0, "After an hour, a last word."),
    ]
)


def test_paragraphs_break_at_pauses() -> None:
    paras = paragraphs(TRACK)
    assert [(p.start, p.text) for p in paras] == [
        (0.0, "Welcome to the course. Today: water & <ice>."),
        (40.0, "Part two starts after a long pause. It is about steam. Steam is hot."),
        (3700.0, "After an hour, a last word."),
    ]
    # long monologues break at a sentence end once they are long enough
    many = [Cue(i * 2.0, i * 2.0 + 1.9, "One two three four five.") for i in range(60)]
    assert len(paragraphs(many, max_words=50)) == 6


def test_plain_text_and_html() -> None:
    text = transcript_text(TRACK)
    assert text.startswith("[0:00] Welcome to the course. Today: water & <ice>.\n\n[0:40] Part")
    assert "[1:01:40] After an hour" in text
    assert transcript_text(TRACK, timestamps=False).startswith("Welcome")
    html = transcript_html(TRACK)
    assert html.splitlines()[0] == (
        "<p><strong>[0:00]</strong> Welcome to the course. Today: water &amp; &lt;ice&gt;.</p>"
    )
    assert html.count("<p>") == 3
    assert transcript_text([]) == "" and transcript_html([]) == ""


def test_chapters_from_pauses_and_slides() -> None:
    assert chapters_from_pauses(TRACK) == [
        Chapter(0.0, "Welcome to the course"),
        Chapter(40.0, "Part two starts after a long…"),
        Chapter(3700.0, "After an hour, a last word"),
    ]
    # chapters closer than min_length are not made
    assert len(chapters_from_pauses(TRACK, min_length=4000)) == 1
    slides = chapters_from_times(TRACK, [0.0, 42.9, 100.0, 99999.0])
    assert slides == [
        Chapter(0.0, "Welcome to the course"),
        Chapter(42.9, "Steam is hot"),
        Chapter(100.0, "After an hour, a last word"),
        Chapter(99999.0, "Slide 4"),
    ]
    assert clock(59.9) == "0:59" and clock(3600) == "1:00:00"
