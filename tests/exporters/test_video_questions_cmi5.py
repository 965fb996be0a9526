"""Timed questions in a cmi5 package: launched by an LMS, played in Chromium, the answers
recorded in a real LRS (Ralph) as "answered" statements that count in the score."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from studio.project import Project
from tests.exporters.cmi5_lms import Lms, Ralph, serve_package
from tests.exporters.scorm_actions import open_lesson
from tests.exporters.scorm_helpers import export
from tests.exporters.test_cmi5_lrs import (  # noqa: F401 (the LRS and LMS fixtures)
    HARNESS,
    Browser,
    Package,
    in_session,
    lms,
    lrs_up,
    ralph,
    run,
    statements_until,
    verb,
    wait_ready,
)
from tests.exporters.test_video_questions import (  # noqa: F401 (the course fixture)
    STATE,
    TIMES,
    VIDEO,
    _answer,
    _asked,
    _block,
    _button,
    _ordered,
    _until,
    project,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_cmi5_pauses_asks_and_records_the_answers(
    project: Project, lms: Lms, lrs_up: Ralph, tmp_path: Path  # noqa: F811 (fixtures)
) -> None:
    sys.path.insert(0, str(HARNESS))
    import harness_common as hc

    block = _block(project)
    first, second, third = _ordered(project)
    package = Package(export(project, "cmi5", tmp_path / "timed-cmi5.zip"), tmp_path / "site")
    with serve_package(package.folder) as base, hc.chromium_context() as context:
        browser = Browser(context, base, package)
        launch = lms.launch(browser.au_url, package.publisher_id, mastery=0.5)
        page = browser.open(launch.url)
        wait_ready(page)
        values = run(page, [
            *open_lesson(project.course.modules[0].lessons[0].id),
            {"click": "button.chapter >> nth=0"},
            *_asked(first), *_answer(block, first, "a"), {"click": _button(block, first, "continue")},
            *_asked(second), *_answer(block, second, "false"), {"click": _button(block, second, "rewind")},
            *_asked(second), *_answer(block, second, "true"), {"click": _button(block, second, "continue")},
            *_asked(third), *_answer(block, third, "clouds"), {"click": _button(block, third, "continue")},
            _until(f"{VIDEO}.ended", STATE),
        ])
        page.click("#exit-button")
        page.wait_for_selector("#course-status:has-text('All your answers have been recorded')")
        page.close()
        assert browser.errors == []
    asked = [v for v in values if isinstance(v, list)][:-1]
    assert [v[0] for v in asked] == [True] * 4  # paused at 1.0, 2.5, 2.5 again, 4.0 s
    for (_, at), time in zip(asked, [TIMES[0], TIMES[1], TIMES[1], TIMES[2]], strict=True):
        assert time - 0.06 <= at <= time + 0.5
    mine = in_session(statements_until(lrs_up, launch, "terminated"), launch)
    answered = [s for s in mine if verb(s) == "answered"]
    ids = [s["object"]["id"].rsplit("#question-", 1)[1] for s in answered]
    assert ids == [t.question.id for t in (first, second, third)]  # the first answer to each
    assert [s["result"]["success"] for s in answered] == [True, False, True]
    choices = answered[0]["object"]["definition"]["choices"]  # found in the page, as for quizzes
    assert [list(c["description"].values()) for c in choices] == [["The sun"], ["The moon"]]
    judged = next(s for s in mine if verb(s) in ("passed", "failed"))
    # 3 of 4 points (the true/false's first answer was wrong): over the 0.5 mastery score.
    assert verb(judged) == "passed" and judged["result"]["score"]["scaled"] == pytest.approx(0.75)
