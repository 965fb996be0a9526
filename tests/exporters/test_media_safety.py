"""Attacks through media names: nothing outside the project ever lands in a package.

A received package can name a media file ``../../../../etc/passwd``, and a project
folder received from a colleague can hold ``media/<hash>.mp4 -> /some/secret``.
Both are refused with a clear message; no export carries the outside file.
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

from studio.cli import main
from studio.errors import ExportError, ImportFormatError, MediaError, StudioError
from studio.exporters import EXPORTERS
from studio.importers import import_new
from studio.model import ImageBlock, Lesson, MediaAsset, Module
from studio.project import Project
from studio.validate import validate_course

SECRET = b"root:x:0:0:SECRET-LINE-FROM-OUTSIDE-THE-PROJECT\n"


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "outside" / "passwd"
    path.parent.mkdir()
    path.write_bytes(SECRET)
    return path


def _package_bytes(path: Path) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return b"".join(zf.read(n) for n in zf.namelist())


def _export_all(project: Project, out: Path) -> list[str]:
    """Export every format; returns the formats that refused. No package may hold SECRET."""
    refused = []
    for name, spec in EXPORTERS.items():
        target = out / f"{name}{spec.extension}"
        try:
            spec.export(project.course, project.media_dir, target, spec.default_options(),
                        _progress())
        except StudioError as exc:
            assert "passwd" not in exc.message or "cannot be used" in exc.message
            refused.append(name)
            assert not target.exists()
            continue
        assert SECRET not in _package_bytes(target), f"{name} carries the outside file"
    return refused


def _progress():  # noqa: ANN202 - a Progress
    from studio.jobs import null_progress

    return null_progress()


def _image_course(project: Project, asset: MediaAsset) -> None:
    project.course.media[asset.id] = asset
    project.course.modules = [
        Module(title="M", lessons=[Lesson(title="L", blocks=[ImageBlock(asset=asset.id, alt="x")])])
    ]


def test_traversing_media_id_in_a_received_package_is_refused(
    tmp_path: Path, full_project: Project, secret: Path
) -> None:
    good = tmp_path / "good.zip"
    spec = EXPORTERS["scorm12"]
    spec.export(full_project.course, full_project.media_dir, good, spec.default_options(),
                _progress())
    evil_id = os.path.relpath(secret, full_project.media_dir / "x")
    hostile = tmp_path / "hostile.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(hostile, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "studio/course.json":
                doc = json.loads(data)
                doc["course"]["media"][evil_id] = {
                    "id": evil_id, "filename": "notes.png", "mime": "image/png", "size": 10,
                    "ext": "", "duration": None, "width": None, "height": None,
                }
                block = {"kind": "image", "asset": evil_id, "alt": "x", "decorative": False,
                         "caption": "", "narration": "", "narration_audio": None, "id": "blk-evil"}
                doc["course"]["modules"][0]["lessons"][0]["blocks"].append(block)
                data = json.dumps(doc).encode()
            dst.writestr(info, data)
    with pytest.raises(ImportFormatError) as caught:
        import_new(hostile, tmp_path / "received")
    assert "hostile.zip" in str(caught.value) and "not a sha256" in caught.value.message
    assert not (tmp_path / "received.studio").exists()


def test_traversing_media_id_in_project_json(tmp_path: Path, secret: Path) -> None:
    with Project.create(tmp_path / "p", title="Tampered") as project:
        evil_id = os.path.relpath(secret, project.media_dir / "x")
        _image_course(project, MediaAsset(id=evil_id, filename="notes.png", mime="image/png",
                                          size=len(SECRET)))
        problems = [str(p) for p in validate_course(project.course, project.media_dir)]
        assert any("not a sha256" in p for p in problems), problems
        with pytest.raises(MediaError):
            project.media_path(evil_id)
        refused = _export_all(project, tmp_path / "out")
        assert set(EXPORTERS) - {"qti12", "qti21"} <= set(refused)  # QTI: no quiz here


def test_symlinked_media_file_is_refused(tmp_path: Path, secret: Path, full_project: Project,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    import hashlib

    digest = hashlib.sha256(b"a picture").hexdigest()
    link = full_project.media_dir / f"{digest}.png"
    link.symlink_to(secret)
    asset = MediaAsset(id=digest, filename="diagram.png", mime="image/png", size=len(SECRET),
                       ext=".png")
    full_project.course.media[digest] = asset
    full_project.course.modules[0].lessons[0].blocks.append(ImageBlock(asset=digest, alt="x"))
    full_project.save()
    problems = [str(p) for p in validate_course(full_project.course, full_project.media_dir)]
    assert any("symbolic link" in p for p in problems), problems
    refused = _export_all(full_project, tmp_path / "out")
    assert "scorm12" in refused and "cc11" in refused and "epub" in refused
    full_project.close()
    assert main(["info", str(full_project.folder)]) == 0
    assert "symbolic link" in capsys.readouterr().out
    # "Save as" does not pull the outside file in either.
    with Project.open(full_project.folder) as project:
        copy = project.save_as(tmp_path / "copy")
    copy.close()
    assert not (copy.media_dir / f"{digest}.png").exists()


def test_media_dir_that_is_a_symlink_is_refused(tmp_path: Path, secret: Path) -> None:
    import hashlib

    digest = hashlib.sha256(SECRET).hexdigest()
    (secret.parent / f"{digest}.txt").write_bytes(SECRET)
    with Project.create(tmp_path / "p", title="Linked folder") as project:
        os.rmdir(project.media_dir)
        project.media_dir.symlink_to(secret.parent)
        _image_course(project, MediaAsset(id=digest, filename="a.txt", mime="image/png",
                                          size=len(SECRET), ext=".txt"))
        with pytest.raises(MediaError, match="symbolic link"):
            project.media_path(digest)


def test_changed_media_content_is_noticed_at_export(tmp_path: Path, full_project: Project) -> None:
    image = next(a for a in full_project.course.media.values() if a.is_image)
    path = full_project.media_dir / image.stored_name
    data = bytearray(path.read_bytes())
    data[-1] ^= 0xFF  # same size, other bytes
    os.chmod(path, 0o644)
    path.write_bytes(bytes(data))
    spec = EXPORTERS["scorm12"]
    with pytest.raises(ExportError, match="no longer matches"):
        spec.export(full_project.course, full_project.media_dir, tmp_path / "x.zip",
                    spec.default_options(), _progress())
    assert not (tmp_path / "x.zip").exists()


def test_secret_never_in_zip_listing(tmp_path: Path) -> None:
    """The package writer itself refuses names that climb out (defence in depth)."""
    from studio.exporters.package import PackageWriter

    writer = PackageWriter(tmp_path / "x.zip")
    for bad in ("../x", "/etc/passwd", "a/../../b"):
        with pytest.raises(ValueError):
            writer.add_bytes(bad, b"")
