"""SCORM 1.2 export: manifest, files, determinism, streaming, suspend-data budget."""

from __future__ import annotations

import zipfile
from pathlib import Path

from studio.exporters import get_exporter
from studio.exporters.validate.packages import validate_package
from studio.jobs import null_progress
from studio.model import Lesson, Module, Quiz, QuizBlock
from studio.project import Project
from tests.exporters.scorm_helpers import export, listed_files, manifest, shared_validator

CP = "http://www.imsproject.org/xsd/imscp_rootv1p1p2"
ADL = "http://www.adlnet.org/xsd/adlcp_rootv1p2"
MD = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"


def test_single_sco_package_is_valid_and_complete(full_project: Project, tmp_path: Path) -> None:
    out = export(full_project, "scorm12", tmp_path / "course.zip")
    result = shared_validator(out, "scorm12")
    assert result.returncode == 0, result.stdout + result.stderr
    assert validate_package(out).problems == []
    data, root = manifest(out)
    head = data[:1024].decode("utf-8")
    assert head.startswith("<?xml") and "<manifest" in head
    assert f'xmlns="{CP}"' in head and f'xmlns:adlcp="{ADL}"' in head
    assert root.findtext(f"{{{CP}}}metadata/{{{CP}}}schemaversion") == "1.2"
    course = full_project.course
    lom = root.find(f"{{{CP}}}metadata/{{{MD}}}lom")
    assert lom is not None
    assert lom.findtext(f"{{{MD}}}general/{{{MD}}}title/{{{MD}}}langstring") == course.title
    assert lom.findtext(f"{{{MD}}}general/{{{MD}}}language") == "en"
    assert (
        lom.findtext(f"{{{MD}}}general/{{{MD}}}description/{{{MD}}}langstring")
        == course.description
    )
    keywords = [k.findtext(f"{{{MD}}}langstring") for k in lom.iter(f"{{{MD}}}keyword")]
    assert keywords == ["water", "science"]
    assert "CC-BY-4.0" in (
        lom.findtext(f"{{{MD}}}rights/{{{MD}}}description/{{{MD}}}langstring") or ""
    )
    items = list(root.iter(f"{{{CP}}}item"))
    assert len(items) == 1 and items[0].get("isvisible") == "true"
    assert items[0].findtext(f"{{{ADL}}}masteryscore") == "80"
    resource = root.find(f"{{{CP}}}resources/{{{CP}}}resource")
    assert resource is not None and resource.get(f"{{{ADL}}}scormtype") == "sco"
    assert resource.get("href") == "index.html"
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        infos = {i.filename: i for i in zf.infolist()}
    assert listed_files(root) == names - {"imsmanifest.xml"}
    assert "studio/course.json" in names
    for asset in course.media.values():
        entry = infos[f"media/{asset.stored_name}"]
        if asset.ext in (".mp4", ".m4a", ".png"):
            assert entry.compress_type == zipfile.ZIP_STORED
        assert entry.date_time == (1980, 1, 1, 0, 0, 0)


def test_same_course_same_bytes_and_no_embed(full_project: Project, tmp_path: Path) -> None:
    a = export(full_project, "scorm12", tmp_path / "a.zip")
    b = export(full_project, "scorm12", tmp_path / "b.zip")
    assert a.read_bytes() == b.read_bytes()
    c = export(full_project, "scorm12", tmp_path / "c.zip", embed_project=False)
    with zipfile.ZipFile(c) as zf:
        assert "studio/course.json" not in zf.namelist()
    assert shared_validator(c, "scorm12").returncode == 0


def test_sco_per_lesson_package(full_project: Project, tmp_path: Path) -> None:
    out = export(full_project, "scorm12", tmp_path / "per.zip", sco_per_lesson=True)
    result = shared_validator(out, "scorm12")
    assert result.returncode == 0, result.stdout
    _, root = manifest(out)
    lessons = [lesson for _, lesson in full_project.course.lessons()]
    items = list(root.iter(f"{{{CP}}}item"))
    assert [i.findtext(f"{{{CP}}}title") for i in items] == [lesson.title for lesson in lessons]
    assert all(i.get("isvisible") == "true" for i in items)
    # Only the lesson with the quiz carries a mastery score.
    assert [i.findtext(f"{{{ADL}}}masteryscore") for i in items] == [None, None, None, "80"]
    scos = [r for r in root.iter(f"{{{CP}}}resource") if r.get(f"{{{ADL}}}scormtype") == "sco"]
    assert len(scos) == 4
    with zipfile.ZipFile(out) as zf:
        assert listed_files(root) == set(zf.namelist()) - {"imsmanifest.xml"}
        page = zf.read(scos[0].get("href")).decode()
    assert 'class="course-nav"' not in page  # the LMS navigates between SCOs


def test_export_is_atomic_and_failure_leaves_no_file(full_project: Project, tmp_path: Path) -> None:
    out = tmp_path / "broken.zip"
    video = next(a for a in full_project.course.media.values() if a.is_video)
    (full_project.media_dir / video.stored_name).rename(tmp_path / "moved.mp4")
    spec = get_exporter("scorm12")
    try:
        spec.export(
            full_project.course,
            full_project.media_dir,
            out,
            spec.default_options(),
            null_progress(),
        )
    except Exception as exc:  # noqa: BLE001 - the user-facing error type is checked below
        from studio.errors import ExportError

        assert isinstance(exc, ExportError) and video.stored_name in exc.describe()
    else:
        raise AssertionError("a missing media file must fail the export")
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".broken")] == []


def test_suspend_data_budget_warns_and_validate_reports(
    tmp_project: Project, tmp_path: Path
) -> None:
    # 520 quizzes need 8 characters each: more than SCORM 1.2's 4,096.
    tmp_project.course.modules = [
        Module(
            title="Many",
            lessons=[
                Lesson(
                    title="Quizzes",
                    blocks=[QuizBlock(quiz=Quiz(title=f"Q{i}")) for i in range(520)],
                )
            ],
        )
    ]
    spec = get_exporter("scorm12")
    out = tmp_path / "huge.zip"
    report = spec.export(
        tmp_project.course, tmp_project.media_dir, out, spec.default_options(), null_progress()
    )
    assert any("4096" in w and "Resume data" in w for w in report.warnings)
    result = validate_package(out)
    assert result.ok
    assert any("resume data may need" in p.message for p in result.problems)
    spec04 = get_exporter("scorm2004")
    report04 = spec04.export(
        tmp_project.course,
        tmp_project.media_dir,
        tmp_path / "h04.zip",
        spec04.default_options(),
        null_progress(),
    )
    assert not any("Resume data" in w for w in report04.warnings)


def test_cancel_leaves_no_package(full_project: Project, tmp_path: Path) -> None:
    from studio.jobs import Cancelled, CancelToken, Progress

    token = CancelToken()
    seen: list[float] = []

    def on_progress(fraction: float, message: str) -> None:
        seen.append(fraction)
        if fraction > 0.2:
            token.cancel()

    spec = get_exporter("scorm12")
    out = tmp_path / "cancelled.zip"
    try:
        spec.export(
            full_project.course,
            full_project.media_dir,
            out,
            spec.default_options(),
            Progress(on_progress, token, min_interval=0),
        )
    except Cancelled:
        pass
    else:
        raise AssertionError("cancel was ignored")
    assert seen and not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["full.studio"]  # no temporary left behind
