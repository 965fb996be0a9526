"""EPUB in a browser engine: axe-core over every page, and quiz checking where scripts run."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from studio.exporters.base import ExportReport
from studio.project import Project
from tests.exporters.epub_helpers import REPO, a11y, export, problems, validate

pytestmark = pytest.mark.browser

SAMPLE = REPO / "resources" / "sample" / "sample.studio"


@pytest.fixture(scope="module")
def book(full_project_module: Project, tmp_path_factory: pytest.TempPathFactory) -> ExportReport:
    return export(full_project_module, tmp_path_factory.mktemp("epub-browser") / "full.epub")


def _blocking(result_json: Path) -> list[str]:
    data = json.loads(result_json.read_text(encoding="utf-8"))
    return [
        f"{v['rule']} ({v['impact']}): {sorted(v.get('pages', {}))}"
        for v in data.get("violations", [])
        if v.get("impact") in ("serious", "critical")
    ]


def test_full_book_has_no_serious_accessibility_violation(
    book: ExportReport, shared_dir: Path, tmp_path: Path
) -> None:
    result = a11y(book.path, shared_dir, tmp_path / "a11y.json")
    assert result.returncode == 0, _blocking(tmp_path / "a11y.json") or result.stdout[-2000:]
    data = json.loads((tmp_path / "a11y.json").read_text(encoding="utf-8"))
    pages = data["pages"]
    assert any("lesson-02-02" in entry["page"] for entry in pages)  # the scripted quiz page
    assert all("error" not in entry for entry in pages)


@pytest.mark.slow
def test_sample_course_book_is_valid_and_accessible(shared_dir: Path, tmp_path: Path) -> None:
    if not (SAMPLE / "project.json").is_file():
        pytest.skip("the sample course is not built (resources/sample/build_sample.py)")
    with Project.open(SAMPLE, read_only=True) as project:
        report = export(project, tmp_path / "sample.epub")
    verdict = validate(report.path, shared_dir)
    assert verdict["errors"] == 0 and verdict["warnings"] == 0, problems(verdict)
    result = a11y(report.path, shared_dir, tmp_path / "a11y.json")
    assert result.returncode == 0, _blocking(tmp_path / "a11y.json") or result.stdout[-2000:]


def test_quiz_checks_answers_where_scripts_run(book: ExportReport, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    folder = tmp_path / "book"
    with zipfile.ZipFile(book.path) as zf:
        zf.extractall(folder)
    page_url = (folder / "EPUB" / "text" / "lesson-02-02.xhtml").as_uri()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto(page_url)
            single = page.locator(".question[data-kind='single_choice']")
            single.locator("input[type=radio]").nth(1).check()  # B. The wind alone: wrong
            single.get_by_role("button", name="Check my answer").click()
            status = single.locator("[role=status]")
            assert status.inner_text().startswith("Not quite.")
            assert "Wind helps" in status.inner_text()  # the chosen choice's feedback
            single.locator("input[type=radio]").nth(0).check()
            single.get_by_role("button", name="Check my answer").click()
            assert status.inner_text().startswith("Correct.")
            numeric = page.locator(".question[data-kind='numeric']").first
            numeric.locator("input[type=text]").fill("96.5")
            numeric.get_by_role("button", name="Check my answer").click()
            assert numeric.locator("[role=status]").inner_text().startswith("Correct.")
            ordering = page.locator(".question[data-kind='ordering']")
            right = ["Evaporation", "Condensation", "Precipitation", "Collection"]
            items = ordering.locator("ul.static-order > li")
            assert items.count() == 4
            for i in range(4):
                text = items.nth(i).inner_text().split("\n")[0].strip()
                items.nth(i).locator("select").select_option("abcd"[right.index(text)])
            ordering.get_by_role("button", name="Check my answer").click()
            assert ordering.locator("[role=status]").inner_text().startswith("Correct.")
            _check_other_kinds(page)
            assert not errors, errors
        finally:
            browser.close()


def _check(section, answer) -> str:  # type: ignore[no-untyped-def]
    answer(section)
    section.get_by_role("button", name="Check my answer").click()
    return str(section.locator("[role=status]").inner_text())


def _check_other_kinds(page) -> None:  # type: ignore[no-untyped-def]
    """Multiple response, true/false, fill in the blank and matching, right and wrong."""

    def q(kind: str):  # type: ignore[no-untyped-def]
        return page.locator(f".question[data-kind='{kind}']")

    def pick(*indexes: int):  # type: ignore[no-untyped-def]
        def answer(section) -> None:  # type: ignore[no-untyped-def]
            radios = section.locator("input[type=radio]")
            for i in indexes if radios.count() else ():
                radios.nth(i).check()
            boxes = section.locator("input[type=checkbox]")
            for i in range(boxes.count()):
                boxes.nth(i).set_checked(i in indexes)

        return answer

    assert _check(q("multiple_response"), pick(0)).startswith("Not quite.")  # Rain only
    assert _check(q("multiple_response"), pick(0, 1)).startswith("Correct.")  # Rain and Snow
    assert _check(q("true_false"), pick(0)).startswith("Not quite.")
    assert _check(q("true_false"), pick(1)).startswith("Correct.")
    blank = q("fill_blank")
    assert _check(blank, lambda s: s.locator("input[type=text]").fill("Condensation")).startswith(
        "Correct."
    )
    assert _check(blank, lambda s: s.locator("input[type=text]").fill("rain")).startswith(
        "Not quite."
    )

    def match(section) -> None:  # type: ignore[no-untyped-def]
        # Answers are listed A.. in alphabetical order; rows in the author's order.
        options = ["Liquid water becomes vapour", "Vapour becomes droplets",
                   "Water falls to the ground", "Water turns to salt"]  # fmt: skip
        shown = sorted(options, key=str.casefold)
        selects = section.locator("ol.match-rows select")
        for row, answer in enumerate(options[:3]):
            selects.nth(row).select_option("abcd"[shown.index(answer)])

    assert _check(q("matching"), match).startswith("Correct.")
