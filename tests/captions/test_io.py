"""WebVTT/SRT round trips and the awkward files people actually have."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.captions.io import (
    format_timestamp,
    parse_srt,
    parse_timestamp,
    parse_vtt,
    read_caption_file,
    write_srt,
    write_vtt,
)
from studio.errors import ImportFormatError
from studio.model.captions import CaptionTrack, Cue


def _track() -> CaptionTrack:
    return CaptionTrack(
        cues=[
            Cue(0.0, 2.5, "Hello & welcome\nto <the> course"),
            Cue(3661.25, 3663.0, "One hour --> later"),
        ]
    )


def test_vtt_round_trip_keeps_text_and_times() -> None:
    text = write_vtt(_track())
    assert text.startswith("WEBVTT\n\n00:00:00.000 --> 00:00:02.500\n")
    assert "&amp;" in text and "&lt;the&gt;" in text and "01:01:01.250" in text
    cues = parse_vtt(text)
    assert [(c.start, c.end, c.text) for c in cues] == [
        (0.0, 2.5, "Hello & welcome\nto <the> course"),
        (3661.25, 3663.0, "One hour --> later"),
    ]


def test_srt_round_trip() -> None:
    text = write_srt(_track())
    assert text.startswith("1\n00:00:00,000 --> 00:00:02,500\nHello & welcome\n")
    cues = parse_srt(text)
    assert [(c.start, c.end) for c in cues] == [(0.0, 2.5), (3661.25, 3663.0)]
    # SRT has no escaping: "<the>" reads back as a formatting tag and is dropped
    assert cues[0].text == "Hello & welcome\nto course"


def test_timestamps() -> None:
    assert format_timestamp(59.9996) == "00:01:00.000"
    assert format_timestamp(1.5, ",") == "00:00:01,500"
    assert parse_timestamp("01:02.5") == 62.5
    assert parse_timestamp("1:00:00,250") == 3600.25
    assert parse_timestamp("xx:00") is None


def test_vtt_with_bom_crlf_settings_notes_and_styles(tmp_path: Path) -> None:
    raw = (
        "\ufeffWEBVTT - lecture one\r\nKind: captions\r\n\r\n"
        "NOTE made by hand\r\nspanning lines\r\n\r\n"
        "STYLE\r\n::cue { color: yellow }\r\n\r\n"
        "intro\r\n00:01.000 --> 00:03.000 align:start line:90%\r\n<v Ann>Hi <i>there</i>\r\n\r\n"
        "00:00:04.000 --> 00:00:05.000\r\nSecond &amp; last\r\n"
    )
    path = tmp_path / "a.vtt"
    path.write_bytes(raw.encode("utf-8"))
    cues = read_caption_file(path)
    assert [(c.start, c.end, c.text) for c in cues] == [
        (1.0, 3.0, "Hi there"),
        (4.0, 5.0, "Second & last"),
    ]


def test_srt_windows_1252_and_tags(tmp_path: Path) -> None:
    raw = "1\r\n00:00:01,000 --> 00:00:02,000\r\n{\\an8}<i>Caf\xe9</i>\r\n\r\n"
    path = tmp_path / "b.srt"
    path.write_bytes(raw.encode("cp1252"))
    cues = read_caption_file(path)
    assert [(c.start, c.end, c.text) for c in cues] == [(1.0, 2.0, "Café")]
    # an SRT is converted: writing the same cues gives WebVTT for packages
    assert write_vtt(CaptionTrack(cues=cues)).startswith("WEBVTT")


def test_bad_timestamp_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.srt"
    path.write_text(
        "1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n00:00:0x,000 --> 00:00:03,000\nno\n"
    )
    with pytest.raises(ImportFormatError) as info:
        read_caption_file(path)
    assert info.value.path == str(path)
    assert "line 6" in info.value.message


def test_vtt_end_before_start_and_not_a_caption_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="line 3"):
        parse_vtt("WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nx\n", "x.vtt")
    other = tmp_path / "notes.txt"
    other.write_text("just some notes\n")
    with pytest.raises(ImportFormatError, match="not a WebVTT or SRT"):
        read_caption_file(other)
    empty = tmp_path / "empty.vtt"
    empty.write_text("")
    with pytest.raises(ImportFormatError, match="empty"):
        read_caption_file(empty)
    with pytest.raises(ImportFormatError, match="cannot read"):
        read_caption_file(tmp_path / "missing.vtt")


def test_vtt_missing_blank_line_after_header() -> None:
    cues = parse_vtt("WEBVTT\n00:00:01.000 --> 00:00:02.000\nHi\n")
    assert [(c.start, c.text) for c in cues] == [(1.0, "Hi")]
