"""Errors that reach a user: what happened, to which file, what to do next."""

from __future__ import annotations

from pathlib import Path


class StudioError(Exception):
    """An error meant for the user; the CLI prints it and exits with status 1.

    ``path`` names the file concerned and ``hint`` says what to do next.
    """

    def __init__(self, message: str, *, path: str | Path | None = None, hint: str = "") -> None:
        self.message = message
        self.path = str(path) if path is not None else None
        self.hint = hint
        super().__init__(self.describe())

    def describe(self) -> str:
        text = f"{self.path}: {self.message}" if self.path else self.message
        if self.hint:
            text += f"\n  What to do: {self.hint}"
        return text


class ProjectError(StudioError):
    """A project folder cannot be opened or saved."""


class ProjectLockedError(ProjectError):
    """Another live Studio process holds the project's lock."""


class ProjectTooNewError(ProjectError):
    """The project was saved by a newer Studio with a higher schema_version."""


class MediaError(StudioError):
    """A media file is missing, unreadable or of an unsupported kind."""


class ExportError(StudioError):
    """An export could not be written."""


class ImportFormatError(StudioError):
    """An imported file is broken, hostile or of an unsupported kind."""
