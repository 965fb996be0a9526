"""Every caption operation is one undo step: do, undo, redo round trips."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from studio.captions import commands as cc
from studio.commands import CommandStack
from studio.errors import StudioError
from studio.model.blocks import VideoBlock
from studio.model.captions import CaptionTrack, Cue
from studio.model.serialize import to_data


def _block() -> VideoBlock:
    en = CaptionTrack(
        language="en",
        cues=[
            Cue(0.0, 2.0, "Welcome to the colour lecture."),
            Cue(2.5, 5.0, "Colour is light,\nand light is energy."),
            Cue(6.0, 9.0, "We start with the colour wheel today."),
        ],
    )
    fr = CaptionTrack(
        language="fr",
        label="Français",
        kind="subtitles",
        review="reviewed",
        cues=[Cue(0.0, 2.0, "Bienvenue au cours sur la colour.")],
    )
    return VideoBlock(asset="a" * 64, title="Colour", tracks=[en, fr])


def round_trip(block: VideoBlock, edit: Callable[[CommandStack], Any]) -> Any:
    """Apply ``edit`` as one step; undo restores the block exactly, redo re-applies it."""
    stack = CommandStack()
    before = to_data(block)
    result = edit(stack)
    after = to_data(block)
    assert after != before, "the edit changed nothing"
    assert stack.can_undo
    stack.undo()
    assert to_data(block) == before
    assert not stack.can_undo
    stack.redo()
    assert to_data(block) == after
    return result


def test_edit_text() -> None:
    block = _block()
    track = block.tracks[0]

    def edit(stack: CommandStack) -> None:
        cc.edit_text(stack, track, 0, "Welcome")
        cc.edit_text(stack, track, 0, "Welcome to the lecture.")  # typing merges

    round_trip(block, edit)
    assert track.cues[0].text == "Welcome to the lecture."


def test_edit_timing() -> None:
    block = _block()
    round_trip(block, lambda s: cc.edit_timing(s, block.tracks[0], 1, 2.2, 5.5))
    assert (block.tracks[0].cues[1].start, block.tracks[0].cues[1].end) == (2.2, 5.5)
    with pytest.raises(StudioError):
        cc.edit_timing(CommandStack(), block.tracks[0], 1, 3.0, 2.0)
    with pytest.raises(StudioError):
        cc.edit_timing(CommandStack(), block.tracks[0], 7, 1.0, 2.0)


def test_shift_range() -> None:
    block = _block()
    round_trip(block, lambda s: cc.shift_range(s, block.tracks[0], 1, 2, 0.75))
    assert [c.start for c in block.tracks[0].cues] == [0.0, 3.25, 6.75]
    with pytest.raises(StudioError, match="before 0 s"):
        cc.shift_range(CommandStack(), block.tracks[0], 0, 2, -1.0)


def test_stretch_range() -> None:
    block = _block()
    round_trip(block, lambda s: cc.stretch_range(s, block.tracks[0], 0, 2, 25 / 24, anchor=0.0))
    assert block.tracks[0].cues[2].end == pytest.approx(9.375)
    with pytest.raises(StudioError):
        cc.stretch_range(CommandStack(), block.tracks[0], 0, 2, 0.0)


def test_split_cue() -> None:
    block = _block()
    round_trip(block, lambda s: cc.split_cue(s, block.tracks[0], 2))
    a, b = block.tracks[0].cues[2:4]
    assert (a.text, b.text) == ("We start with the", "colour wheel today.")
    assert a.start == 6.0 and a.end == b.start and b.end == 9.0
    with pytest.raises(StudioError, match="one word"):
        cc.split_cue(CommandStack(), CaptionTrack(cues=[Cue(0, 1, "Hi")]), 0)


def test_merge_cues() -> None:
    block = _block()
    round_trip(block, lambda s: cc.merge_cues(s, block.tracks[0], 0))
    merged = block.tracks[0].cues[0]
    assert (merged.start, merged.end) == (0.0, 5.0)
    assert merged.text.replace("\n", " ") == (
        "Welcome to the colour lecture. Colour is light, and light is energy."
    )
    assert all(len(line) <= 42 for line in merged.text.split("\n"))
    with pytest.raises(StudioError, match="nothing after it"):
        cc.merge_cues(CommandStack(), block.tracks[0], len(block.tracks[0].cues) - 1)


def test_reflow_track() -> None:
    block = _block()
    block.tracks[0].cues = [Cue(0.0, 12.0, " ".join(c.text for c in _block().tracks[0].cues))]
    round_trip(block, lambda s: cc.reflow_track(s, block.tracks[0], "dcmp"))
    assert len(block.tracks[0].cues) >= 3
    assert all(len(line) <= 32 for c in block.tracks[0].cues for line in c.text.split("\n"))


def test_find_replace_across_tracks() -> None:
    block = _block()
    count = round_trip(
        block, lambda s: cc.find_replace(s, block.tracks, "colour", "color", whole_word=True)
    )
    assert count == 4
    assert block.tracks[0].cues[1].text.startswith("color is light")  # case-insensitive
    assert block.tracks[1].cues[0].text.endswith("la color.")
    assert cc.find_replace(CommandStack(), block.tracks, "zebra", "x") == 0
    block2 = _block()
    n = round_trip(
        block2, lambda s: cc.find_replace(s, block2.tracks, r"(\w+) is", r"\1 was", regex=True)
    )
    assert n == 2 and block2.tracks[0].cues[1].text == "Colour was light,\nand light was energy."
    with pytest.raises(StudioError, match="not a valid pattern"):
        cc.find_replace(CommandStack(), block2.tracks, "(", "x", regex=True)


def test_mark_reviewed() -> None:
    block = _block()
    round_trip(block, lambda s: cc.mark_reviewed(s, block.tracks[0]))
    assert block.tracks[0].reviewed
    round_trip(block, lambda s: cc.mark_reviewed(s, block.tracks[0], reviewed=False))
    assert block.tracks[0].review == "auto-generated"


def test_add_and_replace_track() -> None:
    block = _block()
    new_en = CaptionTrack(language="en", cues=[Cue(0.0, 1.0, "Fresh.")])
    round_trip(block, lambda s: cc.replace_track(s, block, new_en))
    assert block.tracks[0] is new_en and len(block.tracks) == 2
    # a reviewed track is never overwritten: the new French track is added beside it
    new_fr = CaptionTrack(language="fr", kind="subtitles", cues=[Cue(0.0, 1.0, "Neuf.")])
    round_trip(block, lambda s: cc.replace_track(s, block, new_fr))
    assert len(block.tracks) == 3 and block.tracks[1].reviewed
    de = CaptionTrack(language="de", label="Deutsch", cues=[Cue(0.0, 1.0, "Hallo.")])
    round_trip(block, lambda s: cc.add_track(s, block, de))
    assert block.tracks[-1] is de


def test_set_chapters_from_the_track() -> None:
    from studio.captions.transcript import chapters_from_pauses

    block = _block()
    chapters = chapters_from_pauses(block.tracks[0], min_pause=0.9, min_length=1.0)
    round_trip(block, lambda s: cc.set_chapters(s, block, chapters))
    assert [c.start for c in block.chapters] == [0.0, 6.0]
    assert block.chapters[1].title == "We start with the colour wheel…"
