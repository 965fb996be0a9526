"""The learner renderer: one course -> HTML pages + player, shared by every export.

SCORM, Common Cartridge, EPUB and the learner preview call ``render_site`` and
package ``Site.files``; nothing here writes to disk.
"""

from studio.exporters.render.options import PageInfo, RenderOptions, Site, Target
from studio.exporters.render.quiz_data import script_json
from studio.exporters.render.site import render_site
from studio.exporters.render.static_quiz import answer_key, answer_text
from studio.exporters.render.tracking import (
    SCORM12_SUSPEND_LIMIT,
    SCORM2004_SUSPEND_LIMIT,
    suspend_worst_case,
)

__all__ = [
    "SCORM12_SUSPEND_LIMIT",
    "SCORM2004_SUSPEND_LIMIT",
    "PageInfo",
    "RenderOptions",
    "Site",
    "Target",
    "answer_key",
    "answer_text",
    "render_site",
    "script_json",
    "suspend_worst_case",
]
