"""Images pasted (or dropped) into a page: added to the project, alt text asked first.

What the clipboard holds decides. Local files (copied in a file manager) must all be
images and are added as they are; image data (a screenshot, a browser's "Copy
image") is saved as PNG first. Rich text that only carries a picture of itself
(word processors put one beside the HTML) is pasted as text, the normal way.
The alt text of each image is asked before anything changes, so Cancel leaves the
course as it was; then the files, their assets and the page edit are ONE undo step.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from studio.errors import StudioError
from studio.project import Project
from studio.ui.drop_files import local_paths, media_kind
from studio.ui.qt import QImage, QInputDialog, QMimeData, QtGui, QWidget, tr, tr_noop

ALT_PROMPT = tr_noop(
    "Describe the image for people who cannot see it\n(leave empty if decorative):"
)
_PICTURE_ONLY = {"", "\ufffc"}  # what QTextDocument makes of HTML holding just an <img>


@dataclass
class PastedImages:
    """The images in a paste: local image files, or one image held as data."""

    files: list[Path] = field(default_factory=list)
    image: QImage | None = None

    def names(self) -> list[str]:
        return [path.name for path in self.files] or [tr("pasted image")]


def images_in(mime: QMimeData) -> PastedImages | None:
    """The images a paste brings, or None when it is text to paste the normal way.

    Raises ``StudioError`` naming a local file that is not an image: nothing of the
    paste goes in then.
    """
    paths = local_paths(mime)
    if paths:
        for path in paths:
            if not path.is_file() or media_kind(path) != "image":
                raise StudioError(
                    "only images can be pasted into a page",
                    path=path,
                    hint="drop other files on the outline to add them to a lesson.",
                )
        return PastedImages(files=paths)
    if mime.hasImage() and _is_picture_only(mime):
        image = QImage(mime.imageData())
        if not image.isNull():
            return PastedImages(image=image)
    return None


def _is_picture_only(mime: QMimeData) -> bool:
    if mime.hasHtml():
        text = QtGui.QTextDocumentFragment.fromHtml(mime.html()).toPlainText()
        return text.strip() in _PICTURE_ONLY
    return not mime.hasText() or not mime.text().strip()


def ask_alt_texts(parent: QWidget, pasted: PastedImages) -> list[str] | None:
    """One alt text per image ("" = decorative); None if the instructor cancels."""
    alts: list[str] = []
    for name in pasted.names():
        alt, ok = QInputDialog.getText(
            parent, tr("Alternative text for {name}").format(name=name), tr(ALT_PROMPT)
        )
        if not ok:
            return None
        alts.append(alt.strip())
    return alts


def add_pasted_images(
    project: Project,
    pasted: PastedImages,
    alts: list[str],
    insert: Callable[[str, str], None],
) -> None:
    """Add the images and ``insert(asset_id, alt)`` each into the page: one undo step.

    If any file cannot be added (unreadable, read-only project), the step is rolled
    back and the error, naming the file, goes to the caller.
    """
    from studio.media.media_blocks import add_media  # the media stack loads on first use

    with tempfile.TemporaryDirectory(prefix="studio-paste-") as scratch:
        files = pasted.files
        if pasted.image is not None:
            stamp = time.strftime("%Y-%m-%d %H.%M.%S")
            saved = Path(scratch) / f"Pasted image {stamp}.png"
            if not pasted.image.save(str(saved)):  # PNG, from the suffix
                raise StudioError("the pasted image could not be saved", path=saved,
                                  hint="check the free disk space and paste it again.")
            files = [saved]
        with project.stack.transaction(tr("Paste image")):
            for path, alt in zip(files, alts, strict=True):
                asset = add_media(project, path)
                insert(asset.id, alt)
