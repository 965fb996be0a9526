"""Standalone QTI packages (1.2 in Canvas' layout, 2.1 content package): nothing lost."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from studio.errors import ExportError
from studio.exporters import EXPORTERS
from studio.exporters.base import ExportReport
from studio.jobs import Progress
from studio.model import QuizBlock
from studio.project import Project
from tests.exporters.qti_readback import (
    assert_full_items_match,
    read_qti12,
    read_qti21_item,
)

CP = "{http://www.imsglobal.org/xsd/imscp_v1p1}"
CC11 = "{http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1}"
Q21 = "{http://www.imsglobal.org/xsd/imsqti_v2p1}"


def export(project: Project, out: Path, fmt: str) -> ExportReport:
    spec = EXPORTERS[fmt]
    return spec.export(project.course, project.media_dir, out, spec.default_options(), Progress())


def the_quiz(project: Project) -> QuizBlock:
    return next(block for _, _, block in project.course.quizzes())


def test_qti12_zip_has_canvas_layout_and_every_question(
    full_project: Project, tmp_path: Path
) -> None:
    out = tmp_path / "quiz12.zip"
    report = export(full_project, out, "qti12")
    quiz = the_quiz(full_project).quiz
    with zipfile.ZipFile(out) as zf:
        manifest = etree.fromstring(zf.read("imsmanifest.xml"))
        assert manifest.findtext(f"{CC11}metadata/{CC11}schema") == "IMS Content"
        resources = {r.get("identifier"): r for r in manifest.iter(f"{CC11}resource")}
        quiz_res = resources[quiz.id]
        assert quiz_res.get("type") == "imsqti_xmlv1p2"
        qti_href = quiz_res.find(f"{CC11}file").get("href")
        assert qti_href == f"{quiz.id}/{quiz.id}.xml"
        dep = quiz_res.find(f"{CC11}dependency").get("identifierref")
        meta_href = resources[dep].get("href")
        assert meta_href == f"{quiz.id}/assessment_meta.xml"
        assert_full_items_match(quiz, read_qti12(zf.read(qti_href)))
        meta = etree.fromstring(zf.read(meta_href))
        ns = {"c": "http://canvas.instructure.com/xsd/cccv1p0"}
        assert meta.findtext("c:title", namespaces=ns) == quiz.title
        assert meta.findtext("c:allowed_attempts", namespaces=ns) == str(quiz.attempts)
        assert "studio/course.json" in zf.namelist()
    assert report.format == "qti12"
    assert any("ordering" in d for d in report.dropped)


def test_qti21_package_has_one_item_per_question_and_a_test(
    full_project: Project, tmp_path: Path
) -> None:
    out = tmp_path / "quiz21.zip"
    export(full_project, out, "qti21")
    quiz = the_quiz(full_project).quiz
    with zipfile.ZipFile(out) as zf:
        manifest = etree.fromstring(zf.read("imsmanifest.xml"))
        resources = list(manifest.iter(f"{CP}resource"))
        items = [r for r in resources if r.get("type") == "imsqti_item_xmlv2p1"]
        tests = [r for r in resources if r.get("type") == "imsqti_test_xmlv2p1"]
        assert len(items) == len(quiz.questions) and len(tests) == 1
        read = [read_qti21_item(zf.read(r.get("href", ""))) for r in items]
        assert_full_items_match(quiz, read)
        kinds = [r.kind for r in read]
        assert kinds == ["choiceInteraction"] * 3 + ["textEntryInteraction"] * 3 + [
            "matchInteraction",
            "orderInteraction",
            "extendedTextInteraction",
        ]
        test = etree.fromstring(zf.read(tests[0].get("href", "")))
        refs = [r.get("identifier") for r in test.iter(f"{Q21}assessmentItemRef")]
        assert refs == [q.id for q in quiz.questions]
        deps = {d.get("identifierref") for d in tests[0].iter(f"{CP}dependency")}
        assert deps == {r.get("identifier") for r in items}
        pass_mark = test.find(f"{Q21}outcomeDeclaration[@identifier='PASS_MARK']")
        assert pass_mark is not None
        assert pass_mark.findtext(f"{Q21}defaultValue/{Q21}value") == "70"
        control = test.find(f".//{Q21}itemSessionControl")
        assert control is not None and control.get("maxAttempts") == "3"


@pytest.mark.parametrize("fmt", ["qti12", "qti21"])
def test_same_course_same_bytes(full_project: Project, tmp_path: Path, fmt: str) -> None:
    a, b = tmp_path / "a.zip", tmp_path / "b.zip"
    export(full_project, a, fmt)
    export(full_project, b, fmt)
    assert a.read_bytes() == b.read_bytes()


def test_a_course_without_quiz_is_refused_clearly(tmp_project: Project, tmp_path: Path) -> None:
    out = tmp_path / "none.zip"
    with pytest.raises(ExportError, match="no quiz"):
        export(tmp_project, out, "qti12")
    assert not out.exists()


def test_cli_exports_a_question_bank(full_project: Project, tmp_path: Path) -> None:
    import subprocess
    import sys

    out = tmp_path / "bank.zip"
    proc = subprocess.run(
        [sys.executable, "-m", "studio", "export", str(full_project.folder), "--format",
         "qti21", "-o", str(out), "--quiet"],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    with zipfile.ZipFile(out) as zf:
        assert sum(n.startswith("items/") for n in zf.namelist()) == 9
