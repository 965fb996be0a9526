"""The importer registry: detection, reading, the CLI and the dialog all come from it."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from studio.errors import ImportFormatError, StudioError
from studio.importers import detect_format, import_new
from studio.importers import registry as registry_module
from studio.importers.content import ImportedContent, quiz_content
from studio.importers.registry import IMPORTER_MODULES, get_importer, importers, offered
from studio.importers.spec import ImporterSpec, ImportOptions, Probe, ReadRequest, read_text
from studio.model import Quiz, SingleChoiceQuestion
from studio.model.quiz import Choice
from studio.project import Project
from studio.sanitize import plain_text, sanitize_html


@dataclass
class TallyOptions(ImportOptions):
    points: float = 1.0


def _sniff(probe: Probe) -> int:
    return 95 if probe.archive is None and probe.text.startswith("TALLY") else 0


def _read(request: ReadRequest) -> ImportedContent:
    questions = [
        SingleChoiceQuestion(prompt=f"<p>{line}</p>", points=request.options.points,
                             choices=[Choice("yes", True), Choice("no")])
        for line in read_text(request.source).splitlines()[1:] if line.strip()
    ]
    return quiz_content(request.source, [Quiz(title="Tally", questions=questions)], request.report)


SPEC = ImporterSpec(name="tally", label="Tally sheet", description="a test format", extensions=(".tally",),
                    kind="questions", sniff=_sniff, read=_read, options_type=TallyOptions)


@pytest.fixture
def tally() -> Iterator[None]:
    """A format registered the way every format is: a module with a SPEC, named in the registry."""
    IMPORTER_MODULES["tally"] = __name__
    importers.cache_clear()
    try:
        yield
    finally:
        del IMPORTER_MODULES["tally"]
        importers.cache_clear()


def test_every_format_declares_itself() -> None:
    specs = importers()
    assert list(specs) == list(IMPORTER_MODULES)
    for name, spec in specs.items():
        assert spec.name == name and spec.label and spec.description
        assert spec.extensions and all(e.startswith(".") and e == e.lower() for e in spec.extensions)
        assert spec.kind in ("questions", "package")
    with pytest.raises(ImportFormatError, match="unknown import format 'nope'"):
        get_importer("nope")


def test_a_registered_format_is_detected_read_and_offered(tally: None, tmp_path: Path) -> None:
    source = tmp_path / "votes.txt"
    source.write_text("TALLY\nIs water wet?\nIs ice cold?\n", encoding="utf-8")
    assert detect_format(source) == "tally"
    report = import_new(source, tmp_path / "new.studio", fmt=None, options=TallyOptions(points=3))
    assert report.format == "Tally sheet" and report.questions == 2
    with Project.open(tmp_path / "new.studio") as project:
        questions = [q for _, _, b in project.course.quizzes() for q in b.quiz.questions]
    assert [q.points for q in questions] == [3, 3]
    assert "tally" in [s.name for s in offered()]


def test_the_cli_takes_formats_and_options_from_the_registry(
    tally: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from studio.cli import main

    with pytest.raises(SystemExit):
        main(["import", "--help"])
    assert "{" + ",".join(s.name for s in offered()) + "}" in capsys.readouterr().out
    source = tmp_path / "votes.tally"
    source.write_text("TALLY\nIs water wet?\n", encoding="utf-8")
    assert main(["import", str(source), str(tmp_path / "a.studio"), "--option", "points=2", "--quiet"]) == 0
    with Project.open(tmp_path / "a.studio") as project:
        assert [q.points for _, _, b in project.course.quizzes() for q in b.quiz.questions] == [2]
    with pytest.raises(StudioError, match="has no option 'colour'") as caught:
        from studio.cli.import_cmd import _options

        _options(source, argparse.Namespace(option=["colour=red"], fmt=None))
    assert "points" in (caught.value.hint or "")
    assert not (tmp_path / "b.studio").exists()


def test_unknown_files_are_told_what_is_supported(tmp_path: Path) -> None:
    source = tmp_path / "notes.txt"
    source.write_text("nothing to see here", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="cannot tell") as caught:
        detect_format(source)
    for spec in offered():
        assert spec.label in caught.value.hint
    broken = tmp_path / "course.imscc"
    broken.write_bytes(b"not a zip")
    with pytest.raises(ImportFormatError, match="not a zip archive"):
        detect_format(broken)


def test_one_sanitizer_even_for_markup_lxml_refuses() -> None:
    import studio.importers.textutil as textutil

    assert textutil.sanitize_html is sanitize_html  # the readers use the one sanitizer
    hostile = "\x01<math><script>alert(1)</script>a &lt; b</math>"
    out = sanitize_html(hostile)
    assert "<script" not in out and "<math" not in out and out.startswith("<p>")
    assert plain_text("\x01<b>x</b>").endswith("x")
    assert {".epub", ".imscc", ".zip"} <= set(registry_module.archive_extensions())
