"""What travels between the batch client and its workers, and the runner interface."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass(frozen=True)
class Task:
    """One unit of work: ``kind`` names a function in ``tasks.TASKS``; ``params`` is plain data."""

    id: str
    kind: str
    params: dict[str, Any]
    weight: float = 1.0  # audio seconds for captions (progress and time left), 1 otherwise


@dataclass
class Outcome:
    """A worker's reply to one task, or the runner's word that it could not be done."""

    task_id: str
    ok: bool
    result: dict[str, Any] = field(default_factory=dict)
    error: dict[str, Any] | None = None  # {"message", "path", "hint", "kind"}
    worker: str = ""
    wall: float = 0.0
    attempts: int = 1

    @classmethod
    def from_reply(cls, task_id: str, reply: dict[str, Any], attempts: int = 1) -> Outcome:
        return cls(
            task_id=task_id,
            ok=bool(reply.get("ok")),
            result=dict(reply.get("result") or {}),
            error=reply.get("error"),
            worker=str(reply.get("worker", "")),
            wall=float(reply.get("wall", 0.0)),
            attempts=attempts,
        )

    @classmethod
    def failure(cls, task_id: str, message: str, hint: str = "", attempts: int = 1) -> Outcome:
        error = {"message": message, "path": None, "hint": hint, "kind": "StudioError"}
        return cls(task_id=task_id, ok=False, error=error, attempts=attempts)


Done = Callable[[Outcome], None]
Partial = Callable[[str, float], None]  # (task id, fraction of that task done)


class Runner(Protocol):
    """Runs tasks somewhere and calls ``done`` once per task, in the calling thread.

    A worker that dies has its task retried elsewhere; ``KeyboardInterrupt`` stops the
    workers and propagates, so the caller can record what finished.
    """

    name: str

    def run(self, tasks: Sequence[Task], done: Done, partial: Partial) -> None: ...
