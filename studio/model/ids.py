"""Stable identifiers for course objects.

Ids are short, prefixed and random: they survive reordering, renaming and
export/import round trips, and they are valid XML NCNames (SCORM/CC identifiers).
"""

from __future__ import annotations

import os


def new_id(prefix: str) -> str:
    """Return a new id such as ``les-3f9a1c2b7d4e``."""
    # os.urandom rather than secrets: the same randomness, without secrets' imports at startup.
    return f"{prefix}-{os.urandom(6).hex()}"
