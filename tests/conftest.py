"""Shared fixtures: a course that uses every block and question kind, with real media."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio.media.media_blocks import add_media
from studio.model import (
    AttachmentBlock,
    AudioBlock,
    CaptionTrack,
    Chapter,
    Course,
    Cue,
    ImageBlock,
    QuizBlock,
    VideoBlock,
)
from studio.project import Project
from studio.sample_content import (
    discussion_block,
    full_quiz,
    intro_block,
    link_block,
    reading_block,
)
from tests.media_fixtures import make_audio, make_image, make_video

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
if not SHARED.is_dir():  # CI lays shared/ beside the clone
    SHARED = Path(os.environ.get("STUDIO_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def media_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Tiny real media files, made once per test session."""
    folder = tmp_path_factory.mktemp("media")
    attachment = folder / "worksheet.txt"
    attachment.write_text("Water cycle worksheet\n1. Draw the cycle.\n", encoding="utf-8")
    return {
        "video": make_video(folder / "lecture.mp4", 3.0),
        "audio": make_audio(folder / "podcast.m4a", 2.0),
        "image": make_image(folder / "diagram.png"),
        "poster": make_image(folder / "poster.png", "Poster", (320, 240)),
        "attachment": attachment,
    }


def build_full_course(project: Project, media: dict[str, Path]) -> Course:
    """Fill ``project`` with every block kind and every question kind."""
    course = project.course
    course.description = "A test course covering every block and question kind."
    course.authors = ["Ada Teacher", "Grace Designer"]
    course.keywords = ["water", "science"]
    video = add_media(project, media["video"])
    audio = add_media(project, media["audio"])
    image = add_media(project, media["image"])
    poster = add_media(project, media["poster"])
    attachment = add_media(project, media["attachment"])
    from studio.model import Lesson, Module

    track_en = CaptionTrack(
        language="en",
        label="English",
        review="reviewed",
        cues=[Cue(0.0, 1.4, "Welcome to the lecture."), Cue(1.5, 2.9, "Water is always moving.")],
    )
    track_fr = CaptionTrack(
        language="fr",
        label="Français",
        kind="subtitles",
        review="reviewed",
        cues=[Cue(0.0, 1.4, "Bienvenue."), Cue(1.5, 2.9, "L'eau bouge toujours.")],
    )
    m1 = Module(
        title="Getting started",
        lessons=[
            Lesson(title="Welcome", blocks=[intro_block(), link_block()]),
            Lesson(
                title="The lecture",
                blocks=[
                    VideoBlock(
                        asset=video.id,
                        title="The water cycle",
                        tracks=[track_en, track_fr],
                        chapters=[Chapter(0.0, "Introduction"), Chapter(1.5, "Movement")],
                        poster=poster.id,
                    ),
                    AudioBlock(
                        asset=audio.id,
                        title="A short podcast",
                        tracks=[
                            CaptionTrack(
                                language="en",
                                label="English",
                                review="reviewed",
                                cues=[Cue(0.0, 1.8, "A tone plays.")],
                            )
                        ],
                    ),
                ],
            ),
        ],
    )
    m2 = Module(
        title="Going further",
        lessons=[
            Lesson(
                title="Reading",
                blocks=[
                    reading_block(),
                    ImageBlock(
                        asset=image.id,
                        alt="Diagram of the water cycle: evaporation, condensation, precipitation",
                        caption="The water cycle",
                    ),
                    AttachmentBlock(
                        asset=attachment.id,
                        title="Worksheet",
                        description="Print it and fill it in.",
                    ),
                    discussion_block(),
                ],
            ),
            Lesson(title="Quiz", blocks=[QuizBlock(quiz=full_quiz())]),
        ],
    )
    course.modules = [m1, m2]
    return course


@pytest.fixture
def tmp_project(tmp_path: Path) -> Iterator[Project]:
    project = Project.create(tmp_path / "course.studio", title="Test course")
    yield project
    project.close()


@pytest.fixture
def full_project(tmp_path: Path, media_files: dict[str, Path]) -> Iterator[Project]:
    """A saved project with every block and question kind and real media."""
    project = Project.create(tmp_path / "full.studio", title="Water in Our World (test)")
    build_full_course(project, media_files)
    project.save()
    yield project
    project.close()


@pytest.fixture(scope="module")
def full_project_module(
    tmp_path_factory: pytest.TempPathFactory, media_files: dict[str, Path]
) -> Iterator[Project]:
    """``full_project`` shared by the tests of one module (for expensive exports)."""
    folder = tmp_path_factory.mktemp("full-module")
    project = Project.create(folder / "full.studio", title="Water in Our World (test)")
    build_full_course(project, media_files)
    project.save()
    yield project
    project.close()


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"the shared folder is missing: {SHARED}")
    return SHARED


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Qt tests need a display server or offscreen; make sure offscreen is the default.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def have(program: str) -> bool:
    return shutil.which(program) is not None
