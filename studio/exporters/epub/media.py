"""Media for the EPUB: what goes into the book, in which form, under which name.

Readers play H.264/AAC MP4 and AAC/MP3 audio, so video that is not already
H.264/AAC MP4 is re-encoded; ``video_quality="low"`` re-encodes every video with
the ``low360`` delivery preset; ``no_video`` leaves the video files out and keeps
their posters. A video without a poster gets one: a frame taken with the
bundled ffmpeg (caption tracks come from the shared renderer). Images in formats outside
EPUB's core media types are converted to PNG; low-bandwidth books (low quality or
no video) scale images wider than 1280 px down.

Files are staged in a folder the caller owns and streamed into the zip later;
nothing here reads a whole video into memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from studio.errors import ExportError, MediaError
from studio.jobs import Progress, null_progress
from studio.media_files import verify_media_file
from studio.model import AudioBlock, Course, MediaAsset, VideoBlock

MEDIA_DIR = "media"  # inside the EPUB folder

# EPUB 3.3 core media types for images and audio (video has none; MP4 is the
# format readers agree on).
CORE_IMAGE_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".svg": "image/svg+xml",
}
# Low-bandwidth books scale wider images down to this width (phones, small readers).
LOW_IMAGE_WIDTH = 1280
CORE_AUDIO_TYPES = {".m4a": "audio/mp4", ".mp3": "audio/mpeg", ".aac": "audio/mp4"}


def _short(asset_id: str) -> str:
    return asset_id[:16]


@dataclass
class BookFile:
    """A file of the book: its path inside the EPUB folder and where its bytes are."""

    href: str
    media_type: str
    source: Path | None = None
    data: bytes | None = None


@dataclass
class PreparedVideo:
    video: str | None  # href of the MP4, None in a no-video book
    poster: str | None


@dataclass
class PreparedAudio:
    audio: str


class MediaPreparer:
    """Decides and stages every media file of the book (see the module docstring)."""

    def __init__(
        self,
        course: Course,
        media_dir: Path,
        staging: Path,
        *,
        video_quality: str = "original",
        no_video: bool = False,
    ) -> None:
        self.course = course
        self.media_dir = Path(media_dir)
        self.staging = Path(staging)
        self.staging.mkdir(parents=True, exist_ok=True)
        self.video_quality = video_quality
        self.no_video = no_video
        self.files: dict[str, BookFile] = {}
        self._done: dict[tuple[str, str], str] = {}

    # -- helpers ---------------------------------------------------------------
    def _asset(self, asset_id: str | None, what: str) -> MediaAsset | None:
        if not asset_id:
            return None
        asset = self.course.media.get(asset_id)
        if asset is None:
            raise ExportError(
                f"the {what} refers to a media file the course does not list ({asset_id[:12]})",
                hint="remove the block or import the file again.",
            )
        return asset

    def source_of(self, asset: MediaAsset) -> Path:
        return verify_media_file(self.media_dir, asset)

    def _add(self, href: str, media_type: str, source: Path | None = None,
             data: bytes | None = None) -> str:  # fmt: skip
        self.files[href] = BookFile(href, media_type, source, data)
        return href

    def add_file(self, href: str, media_type: str, data: bytes) -> None:
        """A file made elsewhere (the renderer's caption tracks) that the book carries."""
        self._add(href, media_type, data=data)

    # -- images ----------------------------------------------------------------
    def image(self, asset_id: str | None, what: str = "image") -> str | None:
        """Href of an image in a core format (converted to PNG when it is not)."""
        asset = self._asset(asset_id, what)
        if asset is None:
            return None
        key = (asset.id, "image")
        if key in self._done:
            return self._done[key]
        src = self.source_of(asset)
        ext = (asset.ext or src.suffix).lower()
        small = self.video_quality == "low" or self.no_video
        too_wide = small and ext != ".svg" and (asset.width or 0) > LOW_IMAGE_WIDTH
        if ext in CORE_IMAGE_TYPES and not too_wide:
            href = self._add(f"{MEDIA_DIR}/{_short(asset.id)}{ext}", CORE_IMAGE_TYPES[ext], src)
        else:
            keep_jpeg = ext in (".jpg", ".jpeg")
            out_ext = ".jpg" if keep_jpeg else ".png"
            out = self.staging / f"{_short(asset.id)}{out_ext}"
            _convert_image(src, out, LOW_IMAGE_WIDTH if too_wide else None, asset.filename)
            href = self._add(
                f"{MEDIA_DIR}/{_short(asset.id)}{out_ext}", CORE_IMAGE_TYPES[out_ext], out
            )
        self._done[key] = href
        return href

    # -- video -----------------------------------------------------------------
    def video(self, block: VideoBlock, progress: Progress | None = None) -> PreparedVideo:
        progress = progress or null_progress()
        asset = self._asset(block.asset, f"video {block.title!r}")
        poster = self.image(block.poster, f"poster of {block.title!r}") if block.poster else None
        if asset is None:
            return PreparedVideo(None, poster)
        src = self.source_of(asset)
        if poster is None:
            poster = self._poster_frame(asset, src, progress.sub(0.0, 0.1))
        if self.no_video:
            progress.update(1.0)
            return PreparedVideo(None, poster)
        href = self._video_file(asset, src, progress.sub(0.1, 1.0))
        return PreparedVideo(href, poster)

    def _video_file(self, asset: MediaAsset, src: Path, progress: Progress) -> str:
        key = (asset.id, "video-" + self.video_quality)
        if key in self._done:
            return self._done[key]
        href = f"{MEDIA_DIR}/{_short(asset.id)}.mp4"
        if self.video_quality == "low":
            out = self.staging / f"{_short(asset.id)}-low.mp4"
            _encode(src, out, "low360", progress, f"Making a small copy of {asset.filename}")
            # An already small H.264/AAC original (slides, screen casts) can beat the copy.
            smaller = out.stat().st_size < src.stat().st_size or not _is_h264_mp4(src)
            self._add(href, "video/mp4", out if smaller else src)
        elif _is_h264_mp4(src):
            self._add(href, "video/mp4", src)
        else:
            out = self.staging / f"{_short(asset.id)}.mp4"
            _encode(src, out, "hd720", progress, f"Converting {asset.filename} to MP4")
            self._add(href, "video/mp4", out)
        self._done[key] = href
        return href

    def _poster_frame(self, asset: MediaAsset, src: Path, progress: Progress) -> str:
        key = (asset.id, "poster")
        if key in self._done:
            return self._done[key]
        from studio.media.ffmpeg import run_ffmpeg

        out = self.staging / f"{_short(asset.id)}-poster.jpg"
        duration = asset.duration or 0.0
        at = min(1.0, duration / 3) if duration else 0.0
        width = 640 if self.video_quality == "low" or self.no_video else 1280
        run_ffmpeg(
            ["-ss", f"{at:.3f}", "-i", str(src), "-frames:v", "1", "-an", "-map_metadata", "-1",
             "-vf", f"scale='min({width},iw)':-2", "-q:v", "4", "-update", "1",
             "-fflags", "+bitexact", "-flags:v", "+bitexact"],
            out,
            progress=progress,
            message="Taking a poster frame",
        )  # fmt: skip
        href = self._add(f"{MEDIA_DIR}/{_short(asset.id)}-poster.jpg", "image/jpeg", out)
        self._done[key] = href
        return href

    # -- audio -----------------------------------------------------------------
    def audio(self, block: AudioBlock, progress: Progress | None = None) -> PreparedAudio | None:
        progress = progress or null_progress()
        asset = self._asset(block.asset, f"audio {block.title!r}")
        if asset is None:
            return None
        key = (asset.id, "audio")
        if key in self._done:
            return PreparedAudio(self._done[key])
        src = self.source_of(asset)
        ext = (asset.ext or src.suffix).lower()
        if ext in CORE_AUDIO_TYPES and _audio_codec(src) in ("aac", "mp3"):
            href = self._add(f"{MEDIA_DIR}/{_short(asset.id)}{ext}", CORE_AUDIO_TYPES[ext], src)
        else:
            out = self.staging / f"{_short(asset.id)}.m4a"
            _encode(src, out, "audio", progress, f"Converting {asset.filename} to AAC")
            href = self._add(f"{MEDIA_DIR}/{_short(asset.id)}.m4a", "audio/mp4", out)
        self._done[key] = href
        return PreparedAudio(href)

    def originals(self) -> dict[str, str]:
        """Asset id -> href, for the files the book carries byte for byte (not re-encoded)."""
        by_path = {self.media_dir / a.stored_name: a.id for a in self.course.media.values()}
        found: dict[str, str] = {}
        for href, file in self.files.items():
            asset_id = by_path.get(file.source) if file.source is not None else None
            if asset_id is not None:
                found.setdefault(asset_id, href)
        return found


def _convert_image(src: Path, out: Path, width: int | None, filename: str) -> None:
    """Save ``src`` as PNG (or JPEG for a JPEG), scaled down to ``width`` when given."""
    try:
        from PIL import Image

        with Image.open(src) as img:
            if width and img.width > width:
                height = max(1, round(img.height * width / img.width))
                img = img.resize((width, height), Image.Resampling.LANCZOS)
            if out.suffix == ".jpg":
                img.convert("RGB").save(out, "JPEG", quality=82, optimize=True)
            else:
                img.convert("RGBA" if "A" in img.getbands() else "RGB").save(
                    out, "PNG", optimize=True
                )
    except (OSError, ValueError) as exc:
        raise MediaError(
            f"cannot convert the image {filename!r} for the book ({exc})",
            path=src,
            hint="save it as PNG or JPEG and import it again.",
        ) from exc


def _is_h264_mp4(path: Path) -> bool:
    if path.suffix.lower() not in (".mp4", ".m4v"):
        return False
    from studio.media.probe import probe_media

    info = probe_media(path)
    return info.video_codec == "h264" and info.audio_codec in (None, "aac")


def _audio_codec(path: Path) -> str | None:
    from studio.media.probe import probe_media

    return probe_media(path).audio_codec


def _encode(src: Path, out: Path, preset: str, progress: Progress, message: str) -> None:
    from studio.media.edit import transcode

    progress.update(0.0, message)
    transcode(src, out, preset, progress)
