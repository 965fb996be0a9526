"""Session inputs shared by the batch tests (made once: espeak and Whisper are not free)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.batch.batch_fixtures import corrupt_file, make_clips, make_projects
from tests.media.whisper_fixtures import models_dir  # noqa: F401


@pytest.fixture(scope="session")
def batch_inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``lectures/`` (8 clips and a corrupt file) and ``courses/`` (3 projects); copy
    before use, the tests write outputs next to the inputs."""
    root = tmp_path_factory.mktemp("batch-inputs")
    make_clips(root / "lectures")
    corrupt_file(root / "lectures" / "broken.mp4")
    (root / "courses").mkdir()
    make_projects(root / "courses", tmp_path_factory.mktemp("project-speech"))
    return root


@pytest.fixture(scope="session")
def pool_run(batch_inputs: Path, tmp_path_factory: pytest.TempPathFactory,
             models_dir: Path) -> Path:  # noqa: F811  # fmt: skip
    """The local pool's run over 8 clips, a corrupt file and 3 projects: the reference
    every other runner must equal. Returns the folder (lectures/, courses/, out/)."""
    from tests.batch.batch_fixtures import copy_inputs, run_studio

    root = copy_inputs(batch_inputs, tmp_path_factory.mktemp("pool") / "run")
    courses = sorted(str(p) for p in (root / "courses").iterdir())
    done = run_studio("batch", "caption", str(root / "lectures"), *courses,
                      "--out", str(root / "out"), cwd=root)  # fmt: skip
    assert done.returncode == 1, done.stderr  # the corrupt file, alone
    (root / "stderr.txt").write_text(done.stderr)
    return root
