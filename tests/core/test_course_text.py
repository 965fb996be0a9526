"""Control characters never reach an exporter: removed at input, reported in old projects."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.cli import main
from studio.commands import SetAttr
from studio.course_text import clean_model, clean_text, illegal_text_places
from studio.model import Course, Lesson, Module, TextBlock
from studio.project import Project

WORD_PASTE = "Line one\x0bline two\x00\x1f end\ufffe"


def test_clean_text_keeps_tabs_and_newlines_and_turns_vertical_tabs_into_breaks() -> None:
    assert clean_text("a\tb\nc\r") == "a\tb\nc\r"
    assert clean_text(WORD_PASTE) == "Line one\nline two end"
    assert clean_text("\ud800x") == "x"


def test_clean_model_walks_every_string_and_sanitizes_rich_fields() -> None:
    course = Course(title="T\x00", keywords=["a\x01"], modules=[Module(title="M\x0c", lessons=[
        Lesson(title="L", blocks=[TextBlock(html="<p>x</p><script>bad()</script>\x07")])])])
    assert len(illegal_text_places(course)) == 4
    assert clean_model(course) == 4
    assert course.title == "T" and course.keywords == ["a"]
    assert course.modules[0].title == "M\n"
    assert course.modules[0].lessons[0].blocks[0].html == "<p>x</p>"  # type: ignore[union-attr]
    assert illegal_text_places(course) == []


def test_commands_clean_the_text_they_set(tmp_project: Project) -> None:
    tmp_project.stack.push(SetAttr(tmp_project.course, "title", WORD_PASTE))
    assert tmp_project.course.title == "Line one\nline two end"


def _export_everything(folder: Path, out: Path) -> None:
    for fmt in ("scorm12", "scorm2004", "cc11", "cc13", "epub", "qti12", "qti21"):
        assert main(["export", str(folder), "--format", fmt, "-o", str(out / fmt), "--quiet"]) \
            == 0, fmt


def test_gift_csv_and_cli_input_never_reach_an_exporter(tmp_path: Path) -> None:
    folder = tmp_path / "c.studio"
    assert main(["new", str(folder), "--title", "Water\x0bcycle\x00"]) == 0
    gift = tmp_path / "bank.gift"
    gift.write_text("::Q\x00 1:: Sky\x0bis blue\x01 {T#Right\x02}\n\n::Q2:: 2+2? {=4 ~3\x1b}\n",
                    encoding="utf-8")
    csv = tmp_path / "bank.csv"
    csv.write_text("type,question,answer,option 1,option 2\nmc,Pick\x0b one\x00,1,A\x01,B\n",
                   encoding="utf-8")
    assert main(["import", str(gift), str(folder), "--quiet"]) == 0
    assert main(["import", str(csv), str(folder), "--quiet"]) == 0
    with Project.open(folder, read_only=True) as project:
        assert illegal_text_places(project.course) == []
        assert project.course.title == "Water\ncycle"
    _export_everything(folder, tmp_path / "out")


def test_old_project_with_control_characters_is_reported_and_still_exports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "old.studio"
    assert main(["new", str(folder), "--title", "Old"]) == 0
    data = json.loads((folder / "project.json").read_text(encoding="utf-8"))
    data["course"]["modules"] = [{"title": "Week\x0b1", "lessons": [
        {"title": "Intro\x00", "blocks": [
            {"kind": "text", "html": "<p>a\x0cb</p>"},
            {"kind": "quiz", "quiz": {"title": "Check\x0b", "questions": [
                {"kind": "true_false", "prompt": "<p>Sky\x00 is blue</p>",
                 "true_feedback": "Yes\x1b"}]}}]}]}]
    (folder / "project.json").write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    assert main(["info", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "control characters" in out and "modules[0].title" in out
    _export_everything(folder, tmp_path / "out")
