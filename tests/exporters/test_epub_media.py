"""EPUB media options (low quality, no video), generated posters, and honest a11y metadata."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from studio.exporters.base import ExportReport
from studio.media.media_blocks import add_media
from studio.model import (
    AudioBlock,
    CaptionTrack,
    Cue,
    ImageBlock,
    Lesson,
    Module,
    TextBlock,
    VideoBlock,
)
from studio.project import Project
from tests.exporters.epub_helpers import (
    XHTML_NS,
    export,
    metas,
    problems,
    read_doc,
    read_opf,
    validate,
)
from tests.media_fixtures import make_video


@pytest.fixture(scope="module")
def books(
    full_project_module: Project, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, ExportReport]:
    out = tmp_path_factory.mktemp("epub-media-out")
    return {
        "original": export(full_project_module, out / "original.epub"),
        "low": export(full_project_module, out / "low.epub", video_quality="low"),
        "none": export(full_project_module, out / "none.epub", no_video=True),
    }


def _mp4_size(book: Path) -> int:
    with zipfile.ZipFile(book) as zf:
        return sum(i.file_size for i in zf.infolist() if i.filename.endswith(".mp4"))


def test_low_quality_book_is_smaller_and_valid(
    books: dict[str, ExportReport], shared_dir: Path
) -> None:
    original, low = books["original"], books["low"]
    assert 0 < _mp4_size(low.path) < _mp4_size(original.path)
    assert low.size < original.size
    verdict = validate(low.path, shared_dir)
    assert verdict["errors"] == 0 and verdict["warnings"] == 0, problems(verdict)


def test_low_quality_video_is_h264_aac(books: dict[str, ExportReport], tmp_path: Path) -> None:
    from studio.media.probe import probe_media

    with zipfile.ZipFile(books["low"].path) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".mp4"))
        target = tmp_path / "low.mp4"
        target.write_bytes(zf.read(name))
    info = probe_media(target)
    assert (info.video_codec, info.audio_codec) == ("h264", "aac")
    assert info.height is not None and info.height <= 360


def test_no_video_book_keeps_poster_transcript_and_captions_text(
    books: dict[str, ExportReport], shared_dir: Path
) -> None:
    none = books["none"]
    assert none.size < books["low"].size
    with zipfile.ZipFile(none.path) as zf:
        assert not [n for n in zf.namelist() if n.endswith(".mp4")]
    doc = read_doc(none.path, "EPUB/text/lesson-01-02.xhtml")
    assert doc.find(".//x:video", XHTML_NS) is None
    poster = doc.find(".//x:img", XHTML_NS)
    assert poster is not None and poster.get("alt", "").startswith("Still image from the video")
    text = " ".join(doc.itertext())
    assert "Welcome to the lecture." in text  # transcript
    french = doc.find(".//x:section[@lang='fr']", XHTML_NS)
    assert french is not None and "L'eau bouge toujours." in " ".join(french.itertext())
    assert doc.find(".//x:audio", XHTML_NS) is not None  # audio is small: it stays
    features = metas(read_opf(none.path), "schema:accessibilityFeature")
    assert "captions" not in features and "transcript" in features
    verdict = validate(none.path, shared_dir)
    assert verdict["errors"] == 0 and verdict["warnings"] == 0, problems(verdict)


def test_video_without_poster_gets_a_frame(tmp_project: Project, tmp_path: Path) -> None:
    video = add_media(tmp_project, make_video(tmp_path / "talk.mp4", 2.0))
    block = VideoBlock(asset=video.id, title="Talk", transcript="Hello and welcome.")
    tmp_project.course.modules = [Module(title="M", lessons=[Lesson(title="L", blocks=[block])])]
    report = export(tmp_project, tmp_path / "poster.epub")
    doc = read_doc(report.path, "EPUB/text/lesson-01-01.xhtml")
    poster = doc.find(".//x:video", XHTML_NS).get("poster")
    assert poster.endswith("-poster.jpg")
    with zipfile.ZipFile(report.path) as zf:
        assert zf.read("EPUB/" + poster[3:])[:3] == b"\xff\xd8\xff"  # a JPEG
    # No caption track: the metadata must not claim captions; the transcript is there.
    opf = read_opf(report.path)
    features = metas(opf, "schema:accessibilityFeature")
    assert "captions" not in features and "transcript" in features
    assert "alternativeText" not in features  # no informative image in this book
    assert metas(opf, "schema:accessMode") == ["textual", "visual", "auditory"]
    assert "textual" in metas(opf, "schema:accessModeSufficient")


def test_text_only_book_claims_no_media_features(tmp_project: Project, tmp_path: Path) -> None:
    tmp_project.course.modules = [
        Module(title="M", lessons=[Lesson(title="Only text", blocks=[TextBlock(html="<p>Hi</p>")])])
    ]
    report = export(tmp_project, tmp_path / "text.epub")
    opf = read_opf(report.path)
    assert metas(opf, "dcterms:conformsTo") == ["EPUB Accessibility 1.1 - WCAG 2.1 Level AA"]
    assert metas(opf, "schema:accessibilityFeature") == [
        "readingOrder",
        "structuralNavigation",
        "tableOfContents",
    ]
    assert metas(opf, "schema:accessibilityHazard") == ["none"]
    assert "auditory" not in metas(opf, "schema:accessMode")
    assert metas(opf, "schema:accessibilitySummary")[0]


def test_uncaptioned_media_is_reported_and_not_called_sufficient_as_text(
    tmp_project: Project, media_files: dict[str, Path], tmp_path: Path
) -> None:
    audio = add_media(tmp_project, media_files["audio"])
    image = add_media(tmp_project, media_files["image"])
    blocks = [
        AudioBlock(asset=audio.id, title="Silent text"),
        ImageBlock(asset=image.id, decorative=True),
    ]
    tmp_project.course.modules = [Module(title="M", lessons=[Lesson(title="L", blocks=blocks)])]
    report = export(tmp_project, tmp_path / "uncaptioned.epub")
    assert any("no captions or transcript" in w for w in report.warnings)
    opf = read_opf(report.path)
    assert metas(opf, "schema:accessModeSufficient") == ["textual,visual,auditory"]
    features = metas(opf, "schema:accessibilityFeature")
    assert "transcript" not in features and "alternativeText" not in features
    assert metas(opf, "schema:accessibilityHazard") == ["unknown"]


def test_captions_feature_follows_the_tracks(tmp_project: Project, tmp_path: Path) -> None:
    video = add_media(tmp_project, make_video(tmp_path / "v.mp4", 1.0))
    track = CaptionTrack(cues=[Cue(0.0, 0.9, "Hello.")])
    block = VideoBlock(asset=video.id, title="V", tracks=[track])
    tmp_project.course.modules = [Module(title="M", lessons=[Lesson(title="L", blocks=[block])])]
    report = export(tmp_project, tmp_path / "captioned.epub")
    assert "captions" in metas(read_opf(report.path), "schema:accessibilityFeature")


def test_low_quality_never_makes_a_small_video_bigger(tmp_project: Project, tmp_path: Path) -> None:
    import subprocess

    from tests.media_fixtures import ffmpeg_exe

    still = tmp_path / "still.mp4"  # a still slide, encoded very small
    subprocess.run(
        [ffmpeg_exe(), "-y", "-loglevel", "error", "-f", "lavfi",
         "-i", "color=c=navy:size=320x240:rate=5:duration=2", "-f", "lavfi",
         "-i", "anullsrc=r=8000:cl=mono", "-t", "2", "-c:v", "libx264", "-crf", "45",
         "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "8k", str(still)],
        check=True,
    )  # fmt: skip
    asset = add_media(tmp_project, still)
    block = VideoBlock(asset=asset.id, title="Slide", transcript="A blue slide.")
    tmp_project.course.modules = [Module(title="M", lessons=[Lesson(title="L", blocks=[block])])]
    original = export(tmp_project, tmp_path / "original.epub")
    low = export(tmp_project, tmp_path / "low.epub", video_quality="low")
    assert _mp4_size(low.path) <= _mp4_size(original.path)


def test_embedded_course_reopens_and_maps_only_unchanged_files(
    full_project_module: Project, books: dict[str, ExportReport], tmp_path: Path
) -> None:
    """Studio's importer restores the course; re-encoded copies are not passed off as originals."""
    from studio.fsutil import sha256_file
    from studio.importers.read import read_source
    from studio.importers.report import ImportReport
    from studio.jobs import null_progress

    restored = {}
    for name in ("original", "low"):
        content = read_source(books[name].path, "studio", tmp_path / name, ImportReport(),
                              null_progress())  # fmt: skip
        assert (
            content.course is not None and content.course.title == full_project_module.course.title
        )
        for asset_id, path in content.media.files.items():
            assert sha256_file(path) == asset_id
        restored[name] = set(content.media.files)
    video = next(
        b.asset for _, _, b in full_project_module.course.blocks() if isinstance(b, VideoBlock)
    )
    assert video in restored["original"] and video not in restored["low"]


def test_low_bandwidth_books_scale_wide_images_down(tmp_project: Project, tmp_path: Path) -> None:
    import io

    from PIL import Image

    from tests.media_fixtures import make_image

    wide = add_media(tmp_project, make_image(tmp_path / "wide.png", "Wide", (2400, 1200)))
    block = ImageBlock(asset=wide.id, alt="A wide diagram")
    tmp_project.course.modules = [Module(title="M", lessons=[Lesson(title="L", blocks=[block])])]
    widths = {}
    for name, options in (("original", {}), ("low", {"video_quality": "low"}),
                          ("none", {"no_video": True})):  # fmt: skip
        report = export(tmp_project, tmp_path / f"{name}.epub", **options)
        doc = read_doc(report.path, "EPUB/text/lesson-01-01.xhtml")
        src = doc.find(".//x:img", XHTML_NS).get("src")
        with zipfile.ZipFile(report.path) as zf:
            widths[name] = Image.open(io.BytesIO(zf.read("EPUB/" + src[3:]))).width
    assert widths == {"original": 2400, "low": 1280, "none": 1280}
