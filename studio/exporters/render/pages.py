"""Jinja2 templates (autoescape on) and the player's static files."""

from __future__ import annotations

from functools import cache
from typing import Any

import jinja2

from studio.resources import resource_path

PLAYER_FILES = ("player.css", "scorm-runtime.js", "cmi5.js", "player.js", "quiz.js", "video-questions.js")


@cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resource_path("templates"))),
        autoescape=True,
        keep_trailing_newline=True,
    )


def render_template(name: str, context: dict[str, Any]) -> str:
    return environment().get_template(name).render(**context)


def player_file(name: str) -> bytes:
    return resource_path(f"player/{name}").read_bytes()
