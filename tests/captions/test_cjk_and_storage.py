"""Chinese, Japanese and Korean captions shaped by characters under the profile's CJK rule;
word confidences, departures and "from script" kept in the project file."""

from __future__ import annotations

import json
from pathlib import Path

from studio.captions.profiles import get_profile, profile_for
from studio.captions.quality import check_cues
from studio.captions.shaping import Word, shape_track
from studio.model import Lesson, Module, VideoBlock
from studio.model.captions import CaptionTrack, Cue, CueWord, Departure
from studio.project import Project

CHINESE = (
    "大家好，今天我们来讲水的循环。太阳把海水加热，水变成水蒸气升到空中。"
    "在高空中水蒸气遇冷，凝结成小水滴，形成云。"
)


def whisper_like(text: str, chars_per_word: int = 3, cps: float = 4.5) -> list[Word]:
    """Multi-character words without spaces, as Whisper gives Chinese."""
    words, t = [], 0.0
    for k in range(0, len(text), chars_per_word):
        piece = text[k : k + chars_per_word]
        words.append(Word(round(t, 3), round(t + len(piece) / cps, 3), piece, 0.8))
        t += len(piece) / cps
    return words


def test_chinese_is_shaped_by_characters_under_the_cjk_rule() -> None:
    profile = profile_for("netflix", "zh")
    assert (profile.max_chars_per_line, profile.max_cps) == (16, 9.0)
    shaped = shape_track(whisper_like(CHINESE), profile)
    assert "".join(c.text.replace("\n", "") for c in shaped.cues) == CHINESE  # no spaces added
    for cue in shaped.cues:
        for line in cue.text.split("\n"):
            assert len(line) <= 16 and line[0] not in "，。、"
    assert shaped.exceptions == [] and check_cues(shaped.cues, profile) == []
    # Broken at punctuation where it can be: most lines end a clause or a sentence.
    ends = [line[-1] for cue in shaped.cues for line in cue.text.split("\n")]
    assert sum(e in "，。" for e in ends) >= len(ends) // 2
    # The same cues under the English rule would be judged by the wrong measure.
    long_line = [Cue(0.0, 2.0, "今天我们来讲水的循环太阳把海水加热水变成水蒸")]
    assert [i.kind for i in check_cues(long_line, profile)] == ["line-too-long", "too-fast"]
    assert check_cues(long_line, "netflix") == []


def test_japanese_and_korean_rules() -> None:
    japanese = "今日は水の循環についてお話しします。太陽が海を温めると、水は蒸気になって空に昇ります。"
    profile = get_profile("netflix").for_language("ja")
    shaped = shape_track(whisper_like(japanese, 2, cps=3.5), profile)
    assert "".join(c.text.replace("\n", "") for c in shaped.cues) == japanese
    assert all(len(line) <= 13 for c in shaped.cues for line in c.text.split("\n"))
    assert not any(line[0] in "、。ょっー" for c in shaped.cues for line in c.text.split("\n"))
    korean = "오늘은 물의 순환에 대해 이야기하겠습니다. 태양이 바다를 데우면 물이 수증기가 됩니다."
    words = [Word(k * 0.6, k * 0.6 + 0.5, " " + w) for k, w in enumerate(korean.split())]
    shaped = shape_track(words, profile_for("netflix", "ko"))
    assert " ".join(c.text.replace("\n", " ") for c in shaped.cues) == korean
    assert all(len(line) <= 16 for c in shaped.cues for line in c.text.split("\n"))


def test_words_departures_and_origin_are_saved_and_old_files_still_open(tmp_path: Path) -> None:
    words = [CueWord(0.0, 0.5, "Hello", 0.42), CueWord(0.5, 1.0, " there.", 0.97, "d1")]
    departure = Departure("d1", 0.5, 1.0, [words[1]], [CueWord(0.5, 1.0, " here.", 0.9, "d1")])
    track = CaptionTrack(
        cues=[Cue(0.0, 1.2, "Hello there.", words)], from_script=True, departures=[departure]
    )
    with Project.create(tmp_path / "p.studio", title="Words") as project:
        project.course.modules = [
            Module(lessons=[Lesson(blocks=[VideoBlock(title="V", tracks=[track])])])
        ]
        project.save()
    with Project.open(tmp_path / "p.studio") as project:
        (_m, _l, block) = next(iter(project.course.blocks()))
        (loaded,) = block.tracks
        assert loaded.from_script and loaded.cues[0].words == words
        assert loaded.departures == [departure] and loaded.departures[0].kind == "changed"
    # A project saved before word confidences existed opens with empty ones.
    data = json.loads((tmp_path / "p.studio" / "project.json").read_text(encoding="utf-8"))
    stored = data["course"]["modules"][0]["lessons"][0]["blocks"][0]["tracks"][0]
    for key in ("from_script", "departures"):
        del stored[key]
    del stored["cues"][0]["words"]
    (tmp_path / "p.studio" / "project.json").write_text(json.dumps(data), encoding="utf-8")
    with Project.open(tmp_path / "p.studio") as project:
        (_m, _l, block) = next(iter(project.course.blocks()))
        (old,) = block.tracks
        assert old.cues == [Cue(0.0, 1.2, "Hello there.")] and old.cues[0].words == []
        assert not old.from_script and old.departures == []
