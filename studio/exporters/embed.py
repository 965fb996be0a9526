"""The project embedded in every export, so Studio can re-open its own packages.

The entry holds the course JSON (never the media a second time) and a map from
each media asset id to the file that carries it inside the package.
"""

from __future__ import annotations

import json
from typing import Any

from studio import __version__
from studio.model.course import Course
from studio.model.serialize import course_to_data
from studio.project_file import SCHEMA_VERSION

EMBED_PATH = "studio/course.json"
EMBED_FORMAT = "studio-embedded-course"


def embedded_project(course: Course, media_map: dict[str, str]) -> bytes:
    """Bytes of the embedded-project entry (deterministic: sorted keys)."""
    document: dict[str, Any] = {
        "format": EMBED_FORMAT,
        "schema_version": SCHEMA_VERSION,
        "studio_version": __version__,
        "media": dict(sorted(media_map.items())),
        "course": course_to_data(course),
    }
    return json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
