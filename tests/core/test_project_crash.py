"""Kill a saving process at random moments: the project always opens, old or new state."""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from studio.model import Lesson, Module, TextBlock
from studio.model.serialize import course_to_data
from studio.project import Project

KILLS = 200


def _fill(project: Project, state: int) -> None:
    """A deterministic course for ``state`` (big enough that a save takes a while)."""
    course = project.course
    course.title = f"state-{state}"
    course.modules = [
        Module(
            title=f"module {m} of state {state}",
            lessons=[
                Lesson(
                    title=f"lesson {m}.{i}",
                    blocks=[
                        TextBlock(
                            html=f"<p>state {state} text {m}.{i} " + "x" * 200 + "</p>",
                            id=f"blk-{m}-{i}",
                        )
                    ],
                    id=f"les-{m}-{i}",
                )
                for i in range(40)
            ],
            id=f"mod-{m}",
        )
        for m in range(10)
    ]


def _saver(folder: Path, write_fd: int) -> None:
    """Child: save states 1, 2, 3... forever, announcing each save on the pipe."""
    project = Project.open(folder)
    state = 1
    while True:
        _fill(project, state)
        os.write(write_fd, f"saving {state}\n".encode())
        project.save()
        os.write(write_fd, f"saved {state}\n".encode())
        state += 1


def _expected(folder: Path, state: int) -> dict[str, object]:
    project = Project.open(folder, read_only=True)
    _fill(project, state)
    data = course_to_data(project.course)
    project.close()
    return data


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")
def test_sigkill_during_save_never_loses_the_project(tmp_path: Path) -> None:
    folder = tmp_path / "crash.studio"
    project = Project.create(folder, title="state-0")
    _fill(project, 0)
    project.save()
    project.close()
    rng = random.Random(1234)
    outcomes = {"old": 0, "new": 0}
    for _ in range(KILLS):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # child
            os.close(read_fd)
            try:
                _saver(folder, write_fd)
            finally:
                os._exit(1)
        os.close(write_fd)
        time.sleep(rng.uniform(0.0, 0.05))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        log = b""
        while chunk := os.read(read_fd, 65536):
            log += chunk
        os.close(read_fd)
        lines = log.decode().split()
        # The last announced save may have been cut short; anything before it completed.
        reopened = Project.open(folder)  # also proves the dead child's lock is taken over
        title = reopened.course.title
        data = course_to_data(reopened.course)
        reopened.close()
        state = int(title.split("-")[1])
        announced = [int(lines[i + 1]) for i, w in enumerate(lines) if w == "saving"]
        finished = [int(lines[i + 1]) for i, w in enumerate(lines) if w == "saved"]
        if announced:
            in_flight = announced[-1]
            assert state in (in_flight - 1, in_flight), (title, lines[-4:])
            if finished and finished[-1] == in_flight:
                assert state == in_flight
            outcomes["new" if state == in_flight else "old"] += 1
        data["modified"] = ""
        expected = _expected(folder, state)
        expected["modified"] = ""
        expected["created"] = data["created"]
        assert data == expected
        # Restart each round from the state on disk, renamed back to 0 for the next child.
        p = Project.open(folder)
        _fill(p, 0)
        p.save()
        p.close()
    # Both outcomes must occur, or the kills never hit a save in flight.
    assert outcomes["old"] > 0 and outcomes["new"] > 0, outcomes
