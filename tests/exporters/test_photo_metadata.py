"""Photos lose their GPS position, author and camera data in every package, unless kept."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin

from studio.exporters import EXPORTERS
from studio.jobs import null_progress
from studio.media.media_blocks import add_media
from studio.model import ImageBlock, Lesson, Module
from studio.project import Project

GPS_IFD, ARTIST, MAKE, ORIENTATION = 0x8825, 0x013B, 0x010F, 0x0112


def _photo(path: Path) -> Path:
    img = Image.new("RGB", (64, 48), (200, 30, 30))
    exif = Image.Exif()
    exif[ARTIST] = "Ada Teacher"
    exif[MAKE] = "PhoneCorp"
    exif[ORIENTATION] = 6
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (48.0, 51.0, 29.0), 3: "E", 4: (2.0, 17.0, 40.0)})
    img.save(path, "JPEG", exif=exif.tobytes(), quality=90)
    return path


def _png(path: Path) -> Path:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Ada Teacher")
    info.add_text("Location", "48.858N 2.294E")
    Image.new("RGB", (32, 32), (10, 120, 10)).save(path, "PNG", pnginfo=info)
    return path


def _images(package: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(package) as zf:
        return {n: zf.read(n) for n in zf.namelist() if n.endswith((".jpg", ".png"))
                and "player" not in n}


@pytest.fixture
def photo_project(tmp_path: Path) -> Project:
    project = Project.create(tmp_path / "photos", title="Photos")
    jpg = add_media(project, _photo(tmp_path / "trip.jpg"))
    png = add_media(project, _png(tmp_path / "map.png"))
    project.course.modules = [Module(title="M", lessons=[Lesson(title="L", blocks=[
        ImageBlock(asset=jpg.id, alt="A red square"), ImageBlock(asset=png.id, alt="Green")])])]
    return project


@pytest.mark.parametrize("fmt", ["scorm12", "cc11", "epub"])
def test_metadata_is_removed_and_the_pixels_kept(photo_project: Project, tmp_path: Path,
                                                 fmt: str) -> None:
    spec = EXPORTERS[fmt]
    out = tmp_path / f"out{spec.extension}"
    spec.export(photo_project.course, photo_project.media_dir, out, spec.default_options(),
                null_progress())
    images = _images(out)
    jpgs = [data for name, data in images.items() if name.endswith(".jpg")]
    pngs = [data for name, data in images.items() if name.endswith(".png")
            and Image.open(io.BytesIO(data)).size == (32, 32)]  # not the book's cover
    assert jpgs and pngs
    original = Image.open(photo_project.media_dir / next(
        a.stored_name for a in photo_project.course.media.values() if a.ext == ".jpg"))
    for data in jpgs:
        assert b"Ada Teacher" not in data and b"PhoneCorp" not in data
        img = Image.open(io.BytesIO(data))
        exif = img.getexif()
        assert ARTIST not in exif and MAKE not in exif and not exif.get_ifd(GPS_IFD)
        assert exif.get(ORIENTATION) == 6  # still shown the right way up
        assert list(img.getdata()) == list(original.getdata())  # not re-encoded
    for data in pngs:
        assert b"Ada Teacher" not in data and b"48.858N" not in data
        assert Image.open(io.BytesIO(data)).getpixel((0, 0)) == (10, 120, 10)


def test_metadata_is_kept_when_asked(photo_project: Project, tmp_path: Path) -> None:
    spec = EXPORTERS["scorm12"]
    out = tmp_path / "out.zip"
    options = spec.options_from({"keep_photo_metadata": True})
    spec.export(photo_project.course, photo_project.media_dir, out, options, null_progress())
    originals = {(photo_project.media_dir / a.stored_name).read_bytes()
                 for a in photo_project.course.media.values()}
    assert set(_images(out).values()) == originals
