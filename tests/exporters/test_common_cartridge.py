"""Common Cartridge export of the every-kind course, judged by the shared validator and axe."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from studio.exporters import EXPORTERS
from studio.exporters.base import ExportReport
from studio.exporters.validate.cc import is_cartridge, validate_cartridge
from studio.jobs import Cancelled, CancelToken, Progress
from studio.model import QuizBlock
from studio.project import Project
from tests.conftest import REPO, SHARED
from tests.exporters.qti_readback import (
    assert_cc_items_match,
    assert_full_items_match,
    read_qti12,
)

VALIDATOR = SHARED / "validators" / "validate_package.py"


def export(project: Project, out: Path, fmt: str = "cc11", **options: object) -> ExportReport:
    spec = EXPORTERS[fmt]
    return spec.export(project.course, project.media_dir, out, spec.options_from(options),
                       Progress())


def validate(package: Path, kind: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(VALIDATOR), str(package), "--kind", kind, *extra],
        capture_output=True, text=True, timeout=300,
    )


def manifest(package: Path) -> etree._Element:
    with zipfile.ZipFile(package) as zf:
        return etree.fromstring(zf.read("imsmanifest.xml"))


def the_quiz(project: Project) -> QuizBlock:
    return next(block for _, _, block in project.course.quizzes())


def test_cc11_of_every_kind_passes_the_shared_validator(full_project: Project,
                                                         tmp_path: Path) -> None:
    out = tmp_path / "course.imscc"
    report = export(full_project, out)
    proc = validate(out, "cc11")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "VALID [cc11]" in proc.stdout
    assert report.format == "cc11" and report.size == out.stat().st_size
    assert any("numeric" in d for d in report.dropped)


def test_cc13_passes_the_shared_validator_with_allow_incomplete(full_project: Project,
                                                                tmp_path: Path) -> None:
    # The validator vendors the CC 1.3 manifest, web-link and topic XSDs but not the CC 1.3
    # QTI profile XSD: it checks our QTI against the CC 1.1 profile and says "incomplete"
    # (exit 3). --allow-incomplete turns exactly that case into 0; errors would still be 1.
    out = tmp_path / "course13.imscc"
    export(full_project, out, "cc13")
    assert validate(out, "cc13").returncode == 3
    proc = validate(out, "cc13", "--allow-incomplete")
    assert proc.returncode == 0, proc.stdout
    root = manifest(out)
    types = {r.get("type") for r in root.iter("{*}resource")}
    assert {"imswl_xmlv1p3", "imsdt_xmlv1p3",
            "imsqti_xmlv1p2/imscc_xmlv1p3/assessment"} <= types


def test_cc12_passes_the_shared_validator_with_allow_incomplete(full_project: Project,
                                                                tmp_path: Path) -> None:
    # No CC 1.2 XSDs are vendored at all: the validator runs its semantic checks and exits 3.
    out = tmp_path / "course12.imscc"
    export(full_project, out, "cc12")
    proc = validate(out, "cc12", "--allow-incomplete")
    assert proc.returncode == 0, proc.stdout
    assert root_namespace(out) == "http://www.imsglobal.org/xsd/imsccv1p2/imscp_v1p1"


def root_namespace(package: Path) -> str:
    return etree.QName(manifest(package)).namespace or ""


def test_canvas_extension_is_valid_and_beside_the_cc_quiz(full_project: Project,
                                                          tmp_path: Path) -> None:
    out = tmp_path / "canvas.imscc"
    export(full_project, out, canvas_extension=True, lms="canvas")
    proc = validate(out, "cc11")
    assert proc.returncode == 0, proc.stdout
    root = manifest(out)
    res = {r.get("identifier"): r for r in root.iter("{*}resource")}
    quiz = next(r for r in res.values() if r.get("type", "").endswith("/assessment"))
    dep = quiz.find("{*}dependency")
    assert dep is not None
    extension = res[dep.get("identifierref")]
    assert extension.get("type") == "associatedcontent/imscc_xmlv1p1/learning-application-resource"
    files = [f.get("href") for f in extension.iter("{*}file")]
    assert any(f.startswith("non_cc_assessments/") and f.endswith(".xml.qti") for f in files)


def test_every_exported_qti_file_reads_back_with_answers_points_feedback(
    full_project: Project, tmp_path: Path
) -> None:
    out = tmp_path / "canvas.imscc"
    export(full_project, out, canvas_extension=True)
    quiz = the_quiz(full_project).quiz
    with zipfile.ZipFile(out) as zf:
        qti_files = [n for n in zf.namelist() if n.endswith(("assessment_qti.xml", ".xml.qti"))]
        assert len(qti_files) == 2
        for name in qti_files:
            items = read_qti12(zf.read(name))
            if name.endswith(".xml.qti"):
                assert_full_items_match(quiz, items)
            else:
                assert_cc_items_match(quiz, items)


def test_structure_is_module_lesson_item_and_every_file_is_listed(full_project: Project,
                                                                  tmp_path: Path) -> None:
    out = tmp_path / "course.imscc"
    export(full_project, out)
    root = manifest(out)
    top = root.find("{*}organizations/{*}organization/{*}item")
    assert top is not None
    about, *modules = top.findall("{*}item")
    # "About this course" first, so that module 1 becomes the LMS's section 1.
    assert about.findtext("{*}title") == "About this course"
    assert [m.findtext("{*}title") for m in modules] == [
        m.title for m in full_project.course.modules]
    for module in modules:
        for lesson in module.findall("{*}item"):
            leaves = lesson.findall("{*}item")
            assert leaves and all(leaf.get("identifierref") for leaf in leaves)
            assert all(not leaf.findall("{*}item") for leaf in leaves)
    listed = {f.get("href") for f in root.iter("{*}file")}
    with zipfile.ZipFile(out) as zf:
        assert set(zf.namelist()) - {"imsmanifest.xml"} == listed
    types = sorted({r.get("type") for r in root.iter("{*}resource")})
    assert types == ["imsdt_xmlv1p1", "imsqti_xmlv1p2/imscc_xmlv1p1/assessment",
                     "imswl_xmlv1p1", "webcontent"]


def test_lesson_pages_carry_video_captions_but_not_the_quiz_answers(full_project: Project,
                                                                    tmp_path: Path) -> None:
    out = tmp_path / "course.imscc"
    export(full_project, out)
    course = full_project.course
    with zipfile.ZipFile(out) as zf:
        pages = {n: zf.read(n).decode("utf-8") for n in zf.namelist() if n.endswith(".html")}
    lecture = next(t for n, t in pages.items() if course.modules[0].lessons[1].id in n)
    assert "<video" in lecture and "<track" in lecture and ".vtt" in lecture
    assert "Transcript" in lecture and "Welcome to the lecture." in lecture
    assert "scorm" not in " ".join(pages.values()).lower()
    quiz_page = next(t for n, t in pages.items() if course.modules[1].lessons[1].id in n)
    assert "quiz activity of the same name" in quiz_page
    quiz = next(b.quiz for _, _, b in course.quizzes())
    assert f"pass mark at {quiz.passing_score:g} %" in quiz_page and "3 attempts" in quiz_page
    assert "Answer every question" in quiz_page  # the instructions, in the quiz's own page
    # The LMS navigates: no lesson-to-lesson links, skip link or repeated header/footer.
    for page in pages.values():
        assert 'class="prev-link"' not in page and 'class="next-link"' not in page
        assert "skip-link" not in page and "course-footer" not in page
    assert "The moon" not in quiz_page  # a wrong choice: the quiz itself is not in the page


def test_same_course_same_bytes(full_project: Project, tmp_path: Path) -> None:
    first, second = tmp_path / "a.imscc", tmp_path / "b.imscc"
    export(full_project, first, canvas_extension=True)
    export(full_project, second, canvas_extension=True)
    assert first.read_bytes() == second.read_bytes()


def test_cc_validate_accepts_ours_and_reports_a_broken_one(full_project: Project,
                                                           tmp_path: Path) -> None:
    out = tmp_path / "course.imscc"
    export(full_project, out)
    assert is_cartridge(out)
    assert validate_cartridge(out) == []
    broken = tmp_path / "broken.imscc"
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(broken, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "imsmanifest.xml":
                data = data.replace(b"imswl_xmlv1p1", b"imswl_xmlv1p3")
            if info.filename.startswith("links/"):
                continue
            dst.writestr(info, data)
    found = [str(p) for p in validate_cartridge(broken)]
    assert any("imswl_xmlv1p3" in p and "error" in p for p in found), found
    assert any("not in the package" in p for p in found), found
    # ``studio validate`` runs the same checks through its registry.
    from studio.exporters.validate.packages import validate_package

    assert validate_package(out).ok
    result = validate_package(broken)
    assert result.kind == "cc" and not result.ok
    assert any("imswl_xmlv1p3" in str(p) for p in result.errors)


def test_cancel_leaves_no_package(full_project: Project, tmp_path: Path) -> None:
    token = CancelToken()
    token.cancel()
    out = tmp_path / "never.imscc"
    spec = EXPORTERS["cc11"]
    with pytest.raises(Cancelled):
        spec.export(full_project.course, full_project.media_dir, out, spec.default_options(),
                    Progress(cancel=token))
    assert not out.exists()
    assert not list(tmp_path.glob(".never.imscc*"))


@pytest.mark.browser
def test_pages_have_no_serious_accessibility_violation(full_project: Project,
                                                       tmp_path: Path) -> None:
    out = tmp_path / "course.imscc"
    export(full_project, out)
    report = tmp_path / "axe.json"
    env = dict(os.environ)
    env.setdefault("HARNESS_CACHE", str(REPO / ".cache" / "harness"))
    proc = subprocess.run(
        [sys.executable, str(SHARED / "harness" / "a11y_check.py"), str(out),
         "--json", str(report), "--fail-on", "serious"],
        capture_output=True, text=True, timeout=600, env=env,
    )
    verdict = json.loads(report.read_text(encoding="utf-8"))
    assert proc.returncode == 0, json.dumps(verdict.get("violations"), indent=1)[:4000]
    assert len(verdict["pages"]) >= 5  # index + four lesson pages


def test_awkward_course_still_gives_a_valid_cartridge(tmp_project: Project,
                                                      tmp_path: Path) -> None:
    """Empty module and lesson, a duplicated block id, an unsafe link, an empty quiz."""
    from studio.model import Lesson, LinkBlock, Module, Quiz, TextBlock
    from studio.model.quiz import Choice, SingleChoiceQuestion

    question = SingleChoiceQuestion(prompt="<p>Pick</p>", id="q same",
                                    choices=[Choice("a", True), Choice("b", False)])
    course = tmp_project.course
    course.modules = [
        Module(title="Empty module"),
        Module(title="Odd", id="mod/odd id", lessons=[
            Lesson(title="No blocks"),
            Lesson(title="Twins", blocks=[
                TextBlock(html="<p>Hello</p>"),
                LinkBlock(url="https://example.org", title="One", id="blk-twin"),
                LinkBlock(url="https://example.org/2", title="Two", id="blk-twin"),
                LinkBlock(url="javascript:alert(1)", title="Bad"),
                QuizBlock(quiz=Quiz(title="Empty quiz")),
                QuizBlock(quiz=Quiz(title="Copies", questions=[question, question])),
            ]),
        ]),
    ]
    out = tmp_path / "odd.imscc"
    report = export(tmp_project, out)
    proc = validate(out, "cc11")
    assert proc.returncode == 0, proc.stdout
    assert any("Bad" in d and "left out" in d for d in report.dropped)
    assert validate_cartridge(out) == [] or all(p.severity == "warning"
                                                for p in validate_cartridge(out))
