"""The learner player in Chromium from file:// (no LMS): transcript, keyboard ordering,
quiz scoring and review, question pools, print and small-screen layout."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from studio.exporters.render import RenderOptions, render_site
from studio.model import Choice, Lesson, Module, Quiz, QuizBlock, SingleChoiceQuestion, VideoBlock
from studio.project import Project
from tests.exporters.site_files import write_site_files

pytestmark = [pytest.mark.browser, pytest.mark.slow]
CHROMIUM = "/usr/bin/chromium"


def _write_site(project: Project, folder: Path) -> dict[str, str]:
    pool = Quiz(
        title="Pool",
        attempts=1,
        draw=2,
        shuffle_questions=True,
        questions=[
            SingleChoiceQuestion(
                prompt=f"<p>Pool question {i}</p>", choices=[Choice("yes", True), Choice("no")]
            )
            for i in range(3)
        ],
    )
    project.course.modules.append(
        Module(title="Extra", lessons=[Lesson(title="Pool", blocks=[QuizBlock(quiz=pool)])])
    )
    site = render_site(project.course, project.media_dir, RenderOptions(target="preview"))
    write_site_files(site.files, folder)
    return site.lesson_pages


# The shared harness installs axe-core in HARNESS_CACHE (make test: .cache/harness).
AXE = (
    Path(os.environ.get("HARNESS_CACHE", Path(__file__).resolve().parents[2] / ".cache" / "harness"))
    / "node_modules"
    / "axe-core"
    / "axe.min.js"
)


def _assert_axe_clean(page: object) -> None:
    if not AXE.is_file():  # installed by the shared harness on first use
        pytest.fail(f"{AXE} is missing: run the harness once (HARNESS_CACHE=.cache/harness)")
    page.add_script_tag(path=str(AXE))  # type: ignore[attr-defined]
    found = page.evaluate(  # type: ignore[attr-defined]
        "() => axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        ".then(r => r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
        ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', ')))"
    )
    assert found == []


def test_player_features_in_the_browser(full_project: Project, tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing (apt-get install chromium)")
    pages = _write_site(full_project, tmp_path)
    course = full_project.course
    lessons = [lesson for _, lesson in course.lessons()]
    video = next(b for b in lessons[1].blocks if isinstance(b, VideoBlock))
    quiz_block = next(b for b in lessons[3].blocks if isinstance(b, QuizBlock))
    errors: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--autoplay-policy=no-user-gesture-required"],
        )
        page = browser.new_page()
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)

        # Interactive transcript: a line seeks the video; the current line follows playback.
        page.goto((tmp_path / pages[lessons[1].id]).as_uri())
        media = f"#media-{video.id}"
        page.wait_for_function(f"document.querySelector('{media}').readyState >= 1")
        page.locator(f"button.cue[data-media='media-{video.id}']").nth(1).click()
        page.wait_for_function(f"document.querySelector('{media}').currentTime >= 1.5")
        page.wait_for_selector("button.cue.current[aria-current='true']")
        assert "Water is always moving." in page.locator("button.cue.current").inner_text()
        page.locator("button.chapter").first.click()
        page.wait_for_function(f"document.querySelector('{media}').currentTime < 1.4")
        tracks = page.eval_on_selector(
            media, "v => Array.from(v.textTracks).map(t => t.kind + '/' + t.language)"
        )
        assert tracks == ["captions/en", "subtitles/fr", "chapters/en"]
        # From file:// Chromium refuses the .vtt files; the player adds the same cues itself.
        shown = page.eval_on_selector(
            media,
            "v => [v.textTracks[0].mode, v.textTracks[0].cues.length, v.textTracks[2].cues[1].text]",
        )
        assert shown == ["showing", 2, "Movement"]

        # Quiz: keyboard ordering, lenient answers, scoring, feedback.
        page.goto((tmp_path / pages[lessons[3].id]).as_uri())
        order_q = quiz_block.quiz.questions[7]
        item = f"[id='{quiz_block.id}--{order_q.id}'] li.order-item"
        first_key = page.locator(item).first.get_attribute("data-key")
        page.locator(item).first.locator(".move-down").focus()
        page.keyboard.press("Enter")
        assert page.locator(item).nth(1).get_attribute("data-key") == first_key
        assert page.evaluate("document.activeElement.className") == "move-down"
        assert "position 2 of 4" in page.locator(".order-live").inner_text()
        numeric = quiz_block.quiz.questions[4]
        page.fill(f"[id='{quiz_block.id}--{numeric.id}--answer']", "97,5")
        fill = quiz_block.quiz.questions[3]
        page.fill(f"[id='{quiz_block.id}--{fill.id}--answer']", "  CONDENSING ")
        wrong_choice = quiz_block.quiz.questions[0]
        page.check(f"[id='{quiz_block.id}--{wrong_choice.id}--b']")
        # Ordering earns each item's share when it is in its right place (studio.model.scoring):
        # the list starts shuffled, so count what the learner left in place.
        order_now = page.locator(item).evaluate_all("els => els.map(e => e.dataset.key)")
        placed = sum(1 for pos, key in enumerate(order_now) if key == "abcd"[pos])
        earned = 2 + order_q.points * placed / len(order_q.items)
        page.click(f"[id='{quiz_block.id}-submit']")
        result = page.locator(f"[id='{quiz_block.id}-result']").inner_text()
        assert result.startswith(f"Your score: {round(100 * earned / 12)} % ({earned:g} of 12 points)")
        assert "You can try again." in result
        assert "correct" in (
            page.get_attribute(f"[id='{quiz_block.id}--{numeric.id}-feedback']", "class") or ""
        )
        assert "incorrect" in (
            page.get_attribute(f"[id='{quiz_block.id}--{wrong_choice.id}-feedback']", "class") or ""
        )
        # Per-choice feedback of the chosen answer; no correct answers revealed while attempts remain.
        chosen = page.locator(f"[id='{quiz_block.id}--{wrong_choice.id}--b-feedback']").inner_text()
        assert chosen == "Wind helps, but the energy comes from the sun."
        assert "Correct answer" not in page.locator(f"[id='{quiz_block.id}']").inner_text()
        assert page.is_visible(f"[id='{quiz_block.id}-retry']")
        # The feedback state (not only the first load) meets WCAG 2.1 AA.
        before = len(errors)
        _assert_axe_clean(page)
        # axe itself tries to fetch the stylesheet, which file:// pages may not do.
        errors[before:] = [
            e for e in errors[before:] if "XMLHttpRequest" not in e and "ERR_FAILED" not in e
        ]
        page.click(f"[id='{quiz_block.id}-retry']")
        assert page.input_value(f"[id='{quiz_block.id}--{numeric.id}--answer']") == ""
        assert "Attempt 2 of 3" in page.locator(f"[id='{quiz_block.id}-attempts']").inner_text()

        # A pool: 2 of 3 questions drawn; one attempt, so review shows the answers.
        pool_lesson = course.modules[-1].lessons[0]
        pool_block = pool_lesson.blocks[0]
        page.goto((tmp_path / pages[pool_lesson.id]).as_uri())
        visible = page.locator(f"[id='{pool_block.id}'] li.question:visible")
        assert visible.count() == 2
        assert visible.first.locator("legend").inner_text().startswith("Question 1 of 2")
        page.click(f"[id='{pool_block.id}-submit']")
        text = page.locator(f"[id='{pool_block.id}']").inner_text()
        assert text.count("Correct answer: yes") == 2
        assert not page.is_visible(f"[id='{pool_block.id}-retry']")

        # Print: navigation and buttons hidden; small screens: one column.
        page.emulate_media(media="print")
        assert page.eval_on_selector(".course-nav", "e => getComputedStyle(e).display") == "none"
        page.emulate_media(media="screen")
        page.set_viewport_size({"width": 360, "height": 700})
        assert page.evaluate("getComputedStyle(document.body).display") == "block"
        browser.close()
    refused_tracks = [
        e for e in errors if e.startswith("Unsafe attempt to load URL file:") and ".vtt" in e
    ]
    assert [e for e in errors if e not in refused_tracks] == []
