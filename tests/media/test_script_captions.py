"""Script-timed captions end to end: a python-pptx deck whose speaker notes are the script,
narrated by espeak-ng (which also says when each word was spoken), composed into a video
and captioned with the real Whisper model through the command line."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from studio.cli import main
from studio.media.compose import compose_lesson
from studio.media.pptx_import import import_pptx
from studio.model.blocks import VideoBlock
from studio.model.captions import CaptionTrack
from studio.project import Project
from tests.media.espeak_words import speak
from tests.media.pptx_decks import narrated_deck
from tests.media.whisper_fixtures import models_dir  # noqa: F401

pytestmark = [pytest.mark.whisper, pytest.mark.slow, pytest.mark.usefixtures("models_dir")]

TOLERANCE = 0.3  # seconds: every cue boundary this close to the speech
SLIDES = [
    [
        "Welcome to the second lecture on the water cycle.",
        "Today we follow a single drop of water from the ocean to the mountains and back again.",
    ],
    [
        "The sun warms the surface of the sea, and the water rises as vapour.",
        "High in the air it cools, and tiny droplets gather into clouds.",
        "Some clouds travel for thousands of kilometres before they break.",
    ],
    [
        "When the droplets grow heavy, they fall as rain or snow.",
        "Rivers carry the water back to the sea, where the journey begins once more.",
    ],
]
SKIPPED = SLIDES[1][1]
AD_LIB = "You have all been caught in a storm like that, I am sure."


@dataclass
class Timed:
    text: str
    start: float
    end: float


@dataclass
class Lecture:
    block_id: str
    notes: str
    truth: list[Timed | None]  # one per word of the notes; None: not spoken


def _narrate(
    project: Project, folder: Path, name: str, spoken: list[list[str]], skip: str, ad_lib: str
) -> Lecture:
    """Import the deck, speak each slide (leaving out ``skip``, adding ``ad_lib`` after
    the first sentence of the last slide), compose, and keep the true word times."""
    notes = [" ".join(sentences) for sentences in SLIDES]
    report = import_pptx(project, narrated_deck(folder / f"{name}.pptx", notes), renderer="generated")
    lesson_id = report.lesson_ids[0]
    files, heard = [], []
    for n, sentences in enumerate(spoken):
        wav = folder / f"{name}-{n}.wav"
        heard.append(speak(" ".join(sentences), wav))
        files.append(wav)
    block = compose_lesson(project, lesson_id, audio_files=files)
    truth: list[Timed | None] = []
    for n, sentences in enumerate(spoken):
        offset = block.chapters[n].start
        words = iter(heard[n])
        for sentence in sentences:
            timed = [next(words) for _ in sentence.split()]
            if sentence == ad_lib:
                continue
            truth.extend(Timed(w.text, w.start + offset, w.end + offset) for w in timed)
        if n == 1 and skip:
            at = sum(len(s.split()) for s in SLIDES[0]) + len(SLIDES[1][0].split())
            truth[at:at] = [None] * len(skip.split())
    return Lecture(block.id, block.transcript, truth)


@pytest.fixture(scope="module")
def lectures(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Lecture, Lecture]:
    folder = tmp_path_factory.mktemp("narrated")
    with Project.create(folder / "course.studio", title="Water") as project:
        full = _narrate(project, folder, "full", SLIDES, "", "")
        departed = [
            SLIDES[0],
            [s for s in SLIDES[1] if s != SKIPPED],
            [SLIDES[2][0], AD_LIB, SLIDES[2][1]],
        ]
        changed = _narrate(project, folder, "departed", departed, SKIPPED, AD_LIB)
        project.save()
    return folder / "course.studio", full, changed


def _caption(project_path: Path, block_id: str, report: Path) -> None:
    """``studio caption PROJECT --block ID --report REPORT``, as an instructor runs it."""
    args = ["caption", str(project_path), "--block", block_id, "--report", str(report)]
    assert main([*args, "--quiet"]) == 0


def _track(project_path: Path, block_id: str) -> CaptionTrack:
    with Project.open(project_path) as project:
        found = project.course.find_block(block_id)
        assert found is not None and isinstance(found[1], VideoBlock)
        (track,) = found[1].tracks
        return track


def _flat(track: CaptionTrack) -> str:
    return " ".join(" ".join(c.text.split()) for c in track.cues)


def _check_boundaries(track: CaptionTrack, truth: list[Timed | None]) -> int:
    """Every cue made of spoken script words starts within TOLERANCE of its first word,
    lasts at least until its last word ends (less TOLERANCE) and does not run into the
    next cue's speech. Returns how many cues were checked."""
    k, checked = 0, 0
    for cue in track.cues:
        n = len(cue.text.split())
        words = truth[k : k + n]
        k += n
        if any(w is None for w in words):
            continue  # words the speaker skipped: reported as a departure instead
        first, last = words[0], words[-1]
        assert first is not None and last is not None
        following = next((w for w in truth[k:] if w is not None), None)
        assert abs(cue.start - first.start) <= TOLERANCE, (cue, first)
        assert cue.end >= last.end - TOLERANCE, (cue, last)
        if following is not None:
            assert cue.end <= following.start + TOLERANCE, (cue, following)
        checked += 1
    assert k == len(truth)
    return checked


def test_narrated_slides_are_captioned_with_the_notes_timed_to_the_speech(
    lectures: tuple[Path, Lecture, Lecture], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project_path, full, _ = lectures
    report_path = tmp_path / "report.json"
    _caption(project_path, full.block_id, report_path)
    out = capsys.readouterr().out
    assert "from script" in out and "departures" not in out
    track = _track(project_path, full.block_id)
    assert track.from_script and track.review == "auto-generated"
    assert track.source == "script timed by faster-whisper tiny.en"
    assert _flat(track) == " ".join(full.notes.split())  # the notes, exactly
    assert _check_boundaries(track, full.truth) == len(track.cues) >= 6
    report = json.loads(report_path.read_text(encoding="utf-8"))
    (entry,) = report["tracks"]
    assert entry["from_script"] and entry["departures"] == [] and entry["block"] == full.block_id
    assert entry["exceptions"] == []
    words = [w for cue in entry["cues"] for w in cue["words"]]
    assert [w["text"] for w in words] == full.notes.split()
    assert all(0.0 <= w["confidence"] <= 1.0 for w in words)
    assert [w["text"] for w in entry["low_confidence_words"]] == [
        w["text"] for w in sorted(words, key=lambda w: (w["confidence"], w["start"])) if w["low"]
    ]


def test_departures_are_reported_and_the_instructor_chooses(
    lectures: tuple[Path, Lecture, Lecture], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project_path, _, lecture = lectures
    report_path = tmp_path / "report.json"
    _caption(project_path, lecture.block_id, report_path)
    assert "2 departures from the script" in capsys.readouterr().out
    track = _track(project_path, lecture.block_id)
    assert _flat(track) == " ".join(lecture.notes.split())  # the script wins by default
    assert _check_boundaries(track, lecture.truth) >= 5
    entry = json.loads(report_path.read_text(encoding="utf-8"))["tracks"][0]
    by_kind = {d["kind"]: d for d in entry["departures"]}
    assert set(by_kind) == {"skipped", "ad lib"}
    skipped, ad_lib = by_kind["skipped"], by_kind["ad lib"]
    assert skipped["script"] == SKIPPED and skipped["speech"] == "" and skipped["choice"] == "script"
    assert ad_lib["script"] == "" and ad_lib["choice"] == "script"
    heard = ad_lib["speech"].lower()
    assert sum(word in heard for word in ("caught", "storm", "sure")) >= 2, heard
    # The ad lib was spoken between the two sentences of the last slide.
    rain = next(w for w in lecture.truth if w is not None and w.text == "snow.")
    rivers = next(w for w in lecture.truth if w is not None and w.text == "Rivers")
    assert rain.end - TOLERANCE <= ad_lib["start"] < ad_lib["end"] <= rivers.start + TOLERANCE
    # Choose speech for both: the skipped sentence goes, the ad lib appears.
    choose = f"{skipped['id']}=speech,{ad_lib['id']}=speech"
    assert main(["caption", str(project_path), "--block", lecture.block_id, "--choose", choose]) == 0
    track = _track(project_path, lecture.block_id)
    text = _flat(track)
    assert SKIPPED not in text and ad_lib["speech"] in text
    assert [d.choice for d in track.departures] == ["speech", "speech"]
    # And back to the script for the skipped sentence.
    assert main(["caption", str(project_path), "--block", lecture.block_id, "--choose",
                 f"{skipped['id']}=script"]) == 0  # fmt: skip
    assert SKIPPED in _flat(_track(project_path, lecture.block_id))
    assert main(["caption", str(project_path), "--block", lecture.block_id, "--choose", "d9=x"]) == 1
    assert "ID=script or ID=speech" in capsys.readouterr().err
