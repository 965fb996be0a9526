"""Window settings kept between sessions (QSettings): recent projects, layout, autosave.

Stored as an INI file in the user's config folder (``~/.config/Studio/Studio.ini``
on Linux). ``STUDIO_SETTINGS`` names another file (tests, portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

from studio.ui.qt import QSettings

RECENT_LIMIT = 10
DEFAULT_AUTOSAVE_SECONDS = 60


def app_settings() -> QSettings:
    override = os.environ.get("STUDIO_SETTINGS")
    if override:
        return QSettings(override, QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Studio", "Studio")


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value]  # type: ignore[attr-defined]


def recent_projects(settings: QSettings) -> list[Path]:
    return [Path(p) for p in _as_list(settings.value("recent", []))]


def add_recent(settings: QSettings, path: Path) -> list[Path]:
    path = Path(path).resolve()
    items = [p for p in recent_projects(settings) if p != path]
    items.insert(0, path)
    del items[RECENT_LIMIT:]
    settings.setValue("recent", [str(p) for p in items])
    return items


def remove_recent(settings: QSettings, path: Path) -> None:
    items = [p for p in recent_projects(settings) if p != Path(path).resolve()]
    settings.setValue("recent", [str(p) for p in items])


def autosave_seconds(settings: QSettings) -> int:
    try:
        return max(5, int(str(settings.value("autosave_seconds", DEFAULT_AUTOSAVE_SECONDS))))
    except (TypeError, ValueError):
        return DEFAULT_AUTOSAVE_SECONDS
