"""Sizes as people read them, and the upload limits LMSs commonly set.

Decimal units (1 MB = 1,000,000 bytes), as file managers and LMS upload forms count.
"""

from __future__ import annotations

# Upload limits common in LMSs (Moodle's defaults and typical site settings), in MB.
UPLOAD_LIMITS_MB = (100, 250, 500)


def human_size(size: int) -> str:
    """``12.3 MB``, ``820 kB``, ``1.25 GB``."""
    if size < 1_000_000:
        return f"{max(size, 0) / 1000:.0f} kB" if size >= 1000 else f"{max(size, 0)} bytes"
    if size < 1_000_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{size / 1_000_000_000:.2f} GB"


def upload_fit(size: int) -> str:
    """Whether a package of ``size`` bytes fits the common LMS upload limits."""
    mb = size / 1_000_000
    over = [limit for limit in UPLOAD_LIMITS_MB if mb > limit]
    if not over:
        return "fits common LMS upload limits (" + ", ".join(
            f"{n} MB" for n in UPLOAD_LIMITS_MB) + ")"
    fits = next((n for n in UPLOAD_LIMITS_MB if mb <= n), None)
    return f"over the {over[-1]} MB upload limit some LMSs use" + (
        f" (fits {fits} MB)" if fits else "")
