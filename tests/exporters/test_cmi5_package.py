"""cmi5 export: cmi5.xml valid against the official schema (shared copy), moveOn and
masteryScore from the course, AU URLs in the package, and ``studio validate`` on cmi5."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from studio.errors import ExportError
from studio.exporters.validate.packages import validate_package
from studio.model import Lesson, Module, QuizBlock, TextBlock
from studio.project import Project
from studio.sample_content import full_quiz
from tests.exporters.scorm_helpers import export

NS = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd"


@pytest.fixture(scope="module")
def shared_schema() -> etree.XMLSchema:
    from tests.conftest import SHARED

    path = SHARED / "validators" / "schemas" / "cmi5" / "CourseStructure.xsd"
    if not path.is_file():
        pytest.fail(f"the shared cmi5 schema is missing: {path}")
    return etree.XMLSchema(etree.parse(str(path)))


def structure(package: Path) -> etree._Element:
    with zipfile.ZipFile(package) as zf:
        data = zf.read("cmi5.xml")
    return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))


def assert_valid(package: Path, schema: etree.XMLSchema) -> etree._Element:
    root = structure(package)
    assert schema.validate(root), schema.error_log
    with zipfile.ZipFile(package) as zf:
        names = set(zf.namelist())
    for url in root.iter(f"{{{NS}}}url"):
        assert url.text in names
    result = validate_package(package)
    assert result.kind == "cmi5"
    assert result.problems == [], result.problems
    return root


def aus(root: etree._Element) -> list[etree._Element]:
    return list(root.iter(f"{{{NS}}}au"))


@pytest.fixture
def sample_project(tmp_path: Path) -> Iterator[Project]:
    from studio.cli.demo_cmd import copy_sample

    with Project.open(copy_sample(tmp_path / "sample")) as project:
        yield project


def test_sample_course_structure_is_valid(
    sample_project: Project, tmp_path: Path, shared_schema: etree.XMLSchema
) -> None:
    root = assert_valid(export(sample_project, "cmi5", tmp_path / "sample.zip"), shared_schema)
    (au,) = aus(root)
    assert au.findtext(f"{{{NS}}}url") == "index.html"
    title = root.find(f"{{{NS}}}course/{{{NS}}}title/{{{NS}}}langstring")
    assert title is not None and title.text == sample_project.course.title
    assert title.get("lang") == sample_project.course.language


def test_full_course_one_au_per_lesson_in_blocks(
    full_project: Project, tmp_path: Path, shared_schema: etree.XMLSchema
) -> None:
    out = export(full_project, "cmi5", tmp_path / "per.zip", au_per_lesson=True)
    root = assert_valid(out, shared_schema)
    course = full_project.course
    blocks = root.findall(f"{{{NS}}}block")
    assert [b.findtext(f"{{{NS}}}title/{{{NS}}}langstring") for b in blocks] == [
        m.title for m in course.modules
    ]
    units = aus(root)
    assert [a.findtext(f"{{{NS}}}title/{{{NS}}}langstring") for a in units] == [
        lesson.title for _, lesson in course.lessons()
    ]
    ids = [el.get("id") for el in root.iter() if el.get("id")]
    assert len(ids) == len(set(ids)) and all(i.startswith("urn:uuid:") for i in ids)
    # Only the quiz lesson is scored: it must be passed; the others completed.
    moves = {a.findtext(f"{{{NS}}}title/{{{NS}}}langstring"): a.get("moveOn") for a in units}
    assert moves == {"Welcome": "Completed", "The lecture": "Completed",
                     "Reading": "Completed", "Quiz": "CompletedAndPassed"}  # fmt: skip
    assert [a.get("masteryScore") for a in units] == [None, None, None, "0.8"]
    # Same course, same ids (an LMS re-importing it keeps its learners' records).
    again = structure(export(full_project, "cmi5", tmp_path / "again.zip", au_per_lesson=True))
    assert [el.get("id") for el in again.iter() if el.get("id")] == ids


KINDS = [
    # (completion rule, scored quiz, one AU per lesson, expected moveOn of the scored AU)
    ("all_lessons", True, False, "CompletedAndPassed"),
    ("all_lessons", False, False, "Completed"),
    ("video_share", True, True, "CompletedAndPassed"),
    ("quiz_passed", True, False, "Passed"),
    ("quiz_passed", False, True, "Completed"),
]


@pytest.mark.parametrize(("rule", "scored", "per_lesson", "move_on"), KINDS)
def test_every_kind_of_course_is_valid(
    tmp_project: Project, tmp_path: Path, shared_schema: etree.XMLSchema,
    rule: str, scored: bool, per_lesson: bool, move_on: str,
) -> None:  # fmt: skip
    course = tmp_project.course
    course.tracking.completion = rule  # type: ignore[assignment]
    course.tracking.passing_score = 72.5
    course.description = ""  # the title stands in for a missing description
    course.language = "fr-CA"
    lessons = [Lesson(title="Bonjour & <bienvenue>", blocks=[TextBlock(html="<p>Salut</p>")])]
    if scored:
        lessons.append(Lesson(title="Quiz", blocks=[QuizBlock(quiz=full_quiz())]))
    course.modules = [Module(title="Un", lessons=lessons), Module(title="Vide", lessons=[])]
    out = export(tmp_project, "cmi5", tmp_path / f"{rule}.zip", au_per_lesson=per_lesson)
    root = assert_valid(out, shared_schema)
    last = aus(root)[-1]
    assert last.get("moveOn") == move_on
    assert last.get("masteryScore") == ("0.725" if scored else None)
    assert {ls.get("lang") for ls in root.iter(f"{{{NS}}}langstring")} == {"fr-CA"}
    with zipfile.ZipFile(out) as zf:
        page = zf.read(last.findtext(f"{{{NS}}}url") or "").decode()
        assert "player/cmi5.js" in page and "player/scorm-runtime.js" in page
        assert '"standard":"cmi5"' in page


def test_move_on_option_overrides_the_rule(tmp_project: Project, tmp_path: Path) -> None:
    tmp_project.course.modules = [Module(lessons=[Lesson(blocks=[TextBlock(html="<p>x</p>")])])]
    out = export(tmp_project, "cmi5", tmp_path / "na.zip", move_on="NotApplicable")
    assert [a.get("moveOn") for a in aus(structure(out))] == ["NotApplicable"]
    with pytest.raises(ExportError, match="moveOn"):
        export(tmp_project, "cmi5", tmp_path / "bad.zip", move_on="Sometimes")
    assert not (tmp_path / "bad.zip").exists()


def _rewrite(package: Path, out: Path, structure_xml: bytes, drop: str = "") -> Path:
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename == drop:
                continue
            data = structure_xml if info.filename == "cmi5.xml" else src.read(info)
            dst.writestr(info, data)
    return out


def test_validate_reports_bad_structures(tmp_project: Project, tmp_path: Path) -> None:
    tmp_project.course.modules = [
        Module(lessons=[Lesson(title="A", blocks=[]), Lesson(title="B", blocks=[])])
    ]
    good = export(tmp_project, "cmi5", tmp_path / "good.zip", au_per_lesson=True)
    root = structure(good)
    first, second = aus(root)
    second.set("id", first.get("id") or "")  # a duplicate id
    root.find(f"{{{NS}}}course").set("id", "not an iri")  # type: ignore[union-attr]
    missing = first.findtext(f"{{{NS}}}url") or ""
    xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    bad = _rewrite(good, tmp_path / "bad.zip", xml, drop=missing)
    messages = [str(p) for p in validate_package(bad).errors]
    assert any("already used" in m for m in messages), messages
    assert any("not an absolute IRI" in m and "not an iri" in m for m in messages), messages
    assert any(f"AU URL {missing!r}" in m for m in messages), messages
    # Not valid against the schema: an AU without its url, and an entity bomb refused.
    no_url = xml.replace(b"<url>", b"<link>").replace(b"</url>", b"</link>")
    schema_bad = _rewrite(good, tmp_path / "schema.zip", no_url)
    assert any("link" in str(p) for p in validate_package(schema_bad).errors)
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
    problems = validate_package(_rewrite(good, tmp_path / "bomb.zip", bomb)).errors
    assert [p.where for p in problems] == ["cmi5.xml"]
    assert "entities" in problems[0].message


def test_cli_exports_validates_and_lists_the_lms_that_take_cmi5(
    full_project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from studio.cli import main
    from studio.exporters.presets import CMI5_LMS, PRESETS

    out = tmp_path / "course.zip"
    args = ["export", str(full_project.folder), "--format", "cmi5", "--au-per-lesson", "-o", str(out)]
    assert main([*args, "--quiet"]) == 0
    assert len(aus(structure(out))) == 4
    capsys.readouterr()
    assert main(["validate", str(out)]) == 0
    assert "VALID [cmi5]" in capsys.readouterr().out
    assert main(["export", "--list-presets"]) == 0
    listing = capsys.readouterr().out
    for preset in PRESETS.values():
        assert f"    cmi5: {preset.cmi5}" in listing
    assert all(lms in listing for lms in CMI5_LMS)
    assert main(["export", "--list-formats"]) == 0
    assert "--au-per-lesson" in capsys.readouterr().out
