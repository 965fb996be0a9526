"""Media assets: files copied into the project under their content hash."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class MediaAsset:
    """A file in the project's ``media/`` folder, named ``<sha256><ext>``.

    The id is the sha256 of the bytes, so importing the same file twice stores it
    once, and a stored file is never rewritten.
    """

    id: str  # sha256 hex of the content
    filename: str  # the original file name, as the author knows it
    mime: str
    size: int
    ext: str = ""  # lower-case extension with the dot, e.g. ".mp4"
    duration: float | None = None  # seconds, for audio and video
    width: int | None = None
    height: int | None = None
    credits: str = ""  # who made it ("Photo: A. Author"), shown to learners beside it
    license: str = ""  # SPDX id when it differs from the course's; "" = the course's

    @property
    def stored_name(self) -> str:
        """The file's name inside ``media/``."""
        return f"{self.id}{self.ext}"

    @property
    def is_video(self) -> bool:
        return self.mime.startswith("video/")

    @property
    def is_audio(self) -> bool:
        return self.mime.startswith("audio/")

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")
