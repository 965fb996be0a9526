"""LMS presets: the format, version and options known to import cleanly in each LMS.

``studio export PATH --preset NAME`` looks the name up in ``PRESETS`` and runs
``EXPORTERS[preset.format]`` with ``preset.options``; ``--list-presets`` prints
each preset's description, what that LMS drops and whether it takes cmi5 packages
(``CMI5_LMS`` lists the platforms that do). The reasoning behind each choice is in
``docs/export-cc.md`` and ``docs/export-cmi5.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Preset:
    name: str
    format: str  # a key of studio.exporters.EXPORTERS
    options: dict[str, Any] = field(default_factory=dict)
    description: str = ""
    # What this LMS drops or changes when it imports the package.
    drops: tuple[str, ...] = ()
    # Whether this LMS launches cmi5 packages (the 'cmi5' format), and how.
    cmi5: str = ""


# Platforms that import and launch cmi5 course packages ('studio export --format cmi5').
CMI5_LMS: tuple[str, ...] = (
    "SCORM Cloud and the LMSs built on Rustici Engine",
    "Moodle with the cmi5 Launch Link plugin (mod_cmi5launch) and an LRS",
    "other LMSs that list cmi5 among their standards (ask your administrator)",
)


def cmi5_summary() -> str:
    """One line naming the LMSs that take cmi5 packages."""
    return "; ".join(CMI5_LMS)


# The name each LMS goes by, for people (the export dialog, the cc "lms" option).
LMS_TITLES: dict[str, str] = {
    "moodle": "Moodle",
    "moodle-cc": "Moodle (Common Cartridge)",
    "canvas": "Canvas",
    "blackboard": "Blackboard",
    "brightspace": "Brightspace",
    "openedx": "Open edX",
    "generic": "Another LMS",
}

_SPLIT = {"numeric": "fib", "matching": "split", "ordering": "choice"}
_MOODLE_CMI5 = (
    "not in Moodle itself: install the cmi5 Launch Link plugin (mod_cmi5launch), connect it "
    "to an LRS, then upload the cmi5 export"
)

PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        Preset(
            "moodle",
            "moodle",
            {},
            "Moodle course backup (.mbz) for Moodle 4.1 and newer: restore it (Restore on the "
            "course or category page) to get one section per module, a Page per lesson with its "
            "video, captions and images, File, URL and Forum activities, and each quiz with its "
            "marks, pass mark, review options, deferred feedback and native question types. "
            "Where only Common Cartridge import is allowed, use the moodle-cc preset.",
            (
                "ordering questions become 'drag and drop into text' questions (Moodle 4.1 has "
                "no ordering question type); the report of the export says which",
                "quizzes have no time limit (Studio sets none): set one in the quiz settings",
            ),
            cmi5=_MOODLE_CMI5,
        ),
        Preset(
            "moodle-cc",
            "cc11",
            {**_SPLIT, "canvas_extension": False, "lms": "moodle"},
            "Common Cartridge 1.1 (Moodle 4.x imports CC 1.0/1.1 only): an 'About this "
            "course' section, then one section per module; each lesson page becomes a Page, "
            "attachments Files, links URL activities, discussion topics forums, quizzes Quiz "
            "activities. For graded quizzes export the Moodle backup instead (--format "
            "moodle, .mbz): it keeps marks, pass mark, review options and every question type.",
            (
                "quiz marks: Moodle's CC converter sets every question to 1 mark and the quiz "
                "total to a fixed value, so grades are wrong; use the Moodle backup "
                "(--format moodle) or SCORM 1.2 for graded quizzes",
                "the pass mark becomes 0, choice shuffling and 'draw N at random' are lost: "
                "set them in the quiz settings",
                "review options are off (learners do not see their marks or feedback) and the "
                "quiz runs in adaptive mode without penalty: change both in the quiz settings",
                "partial credit: 'choose all that apply' questions give full marks when every "
                "box is ticked (wrong choices weigh 0) and per-choice weights are lost",
                "numeric questions arrive as short-answer questions listing every accepted "
                "answer (or as essays when a range is too wide to list)",
                "matching questions arrive as one multiple-choice question per prompt, "
                "ordering questions as one multiple-choice 'which order is right?'",
            ),
            cmi5=_MOODLE_CMI5,
        ),
        Preset(
            "canvas",
            "cc11",
            {**_SPLIT, "canvas_extension": True, "lms": "canvas"},
            "Common Cartridge 1.1 with Canvas' own QTI beside the CC quiz "
            "(non_cc_assessments/), as Canvas exports it: pages and files, web links, "
            "discussions and graded quizzes. For numeric, matching and ordering questions "
            "in their own Canvas types, also import the 'qti12' export (QTI .zip file).",
            (
                "Canvas' Common Cartridge importer reads the CC quiz file, so numeric, "
                "matching and ordering questions arrive converted as for Moodle; Canvas reads "
                "the extension file only in cartridges Canvas itself exported",
                "in the 'qti12' export ordering questions become matching questions (items "
                "to positions): classic quizzes have no ordering type",
                "the pass mark is not imported (Canvas has none)",
            ),
            cmi5=(
                "no: Canvas has no cmi5 launcher of its own (it needs an external cmi5/xAPI "
                "tool); use this preset or SCORM"
            ),
        ),
        Preset(
            "blackboard",
            "cc11",
            {**_SPLIT, "canvas_extension": False, "lms": "blackboard"},
            "Common Cartridge 1.1 (Blackboard Learn imports CC 1.0-1.2): content items, "
            "web links, discussion forums, tests with CC-profile questions.",
            (
                "question kinds outside the CC QTI profile would be dropped by Blackboard, so "
                "they are converted first (as for Moodle)",
                "the pass mark and attempts may need setting again in the test options",
            ),
            cmi5=(
                "no cmi5 import in Blackboard Learn itself; use this preset or SCORM"
            ),
        ),
        Preset(
            "brightspace",
            "cc13",
            {**_SPLIT, "canvas_extension": False, "lms": "brightspace"},
            "Common Cartridge 1.3 (Brightspace imports CC 1.x through Import/Export/Copy "
            "Components): content topics, links, discussions and quizzes.",
            (
                "numeric, matching and ordering questions are converted (as for Moodle)",
                "the pass mark is not imported",
            ),
            cmi5=(
                "no cmi5 import in Brightspace itself; use this preset or SCORM"
            ),
        ),
        Preset(
            "openedx",
            "cc13",
            {**_SPLIT, "canvas_extension": False, "lms": "openedx"},
            "Common Cartridge 1.3 for Open edX's cc2olx converter (Open edX has no CC "
            "import of its own): sections, subsections, units with HTML, links, "
            "discussions and problems.",
            (
                "cc2olx converts multiple-choice, multiple-response, true/false, "
                "fill-in-the-blank and essay questions; pattern-match questions are skipped",
                "numeric, matching and ordering questions are converted before cc2olx sees "
                "them (as for Moodle)",
                "quiz settings (attempts, pass mark) and images in pages need checking "
                "in Studio after the import",
            ),
            cmi5=(
                "no: Open edX does not launch cmi5 packages"
            ),
        ),
        Preset(
            "generic",
            "cc11",
            {**_SPLIT, "canvas_extension": False, "lms": "generic"},
            "Common Cartridge 1.1, CC QTI profile only: the widest reach (Moodle, Canvas, "
            "Blackboard, Brightspace, Sakai, cc2olx).",
            (
                "numeric, matching and ordering questions are converted into profile "
                "questions (see the export report)",
            ),
            cmi5=(
                "see --format cmi5 for the LMSs that take cmi5 packages"
            ),
        ),
    )
}
