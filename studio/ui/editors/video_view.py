"""The picture of the video editor: the video, its poster before play, and the current
caption drawn over it as learners will see it.

A ``QGraphicsView`` holds a ``QGraphicsVideoItem`` (a plain ``QVideoWidget`` is a
native window that nothing can be drawn over), a pixmap item for the poster and a
caption box at the bottom: white text on a translucent black band, centred, like
the learner player's captions.
"""

from __future__ import annotations

from typing import Any

from studio.ui.qt import (
    QBrush,
    QColor,
    QImage,
    QPixmap,
    QSizePolicy,
    Qt,
    QtCore,
    QtWidgets,
    QWidget,
    multimedia_widgets,
    tr,
)


class VideoView(QtWidgets.QGraphicsView):
    """Video, poster and caption overlay, scaled to the widget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("video-view")
        self.setAccessibleName(tr("Video"))
        self.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(QBrush(QColor(0, 0, 0)))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(150)
        self.scene_ = QtWidgets.QGraphicsScene(self)
        self.setScene(self.scene_)
        self.video_item = multimedia_widgets().QGraphicsVideoItem()
        self.scene_.addItem(self.video_item)
        self.poster_item = QtWidgets.QGraphicsPixmapItem()
        self.poster_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene_.addItem(self.poster_item)
        self.band = QtWidgets.QGraphicsRectItem()
        self.band.setBrush(QBrush(QColor(0, 0, 0, 190)))
        self.band.setPen(Qt.PenStyle.NoPen)
        self.scene_.addItem(self.band)
        self.caption_item = QtWidgets.QGraphicsTextItem()
        self.caption_item.setDefaultTextColor(QColor(255, 255, 255))
        self.scene_.addItem(self.caption_item)
        self.caption_text = ""
        self.poster: QImage | None = None
        self.poster_wanted = True  # until playback starts
        self.set_caption("")

    def video_output(self) -> Any:
        return self.video_item

    # -- poster ------------------------------------------------------------------
    def set_poster(self, image: QImage | None) -> None:
        """The picture shown before play (None: none)."""
        self.poster = image
        self._layout()
        self.show_poster(self.poster_wanted)

    def show_poster(self, shown: bool) -> None:
        self.poster_wanted = shown
        self.poster_item.setVisible(shown and self.poster is not None)

    # -- caption -----------------------------------------------------------------
    def set_caption(self, text: str) -> None:
        """Draw ``text`` (a cue, line breaks kept) over the video; "" hides it."""
        self.caption_text = text
        self.caption_item.setPlainText(text)
        self.caption_item.setVisible(bool(text))
        self.band.setVisible(bool(text))
        self._layout()

    # -- geometry ----------------------------------------------------------------
    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._layout()

    def _layout(self) -> None:
        width, height = max(1, self.viewport().width()), max(1, self.viewport().height())
        self.scene_.setSceneRect(0, 0, width, height)
        self.video_item.setPos(0, 0)
        self.video_item.setSize(QtCore.QSizeF(width, height))
        if self.poster is not None:
            pixmap = QPixmap.fromImage(self.poster).scaled(
                width, height, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation)
            self.poster_item.setPixmap(pixmap)
            self.poster_item.setPos((width - pixmap.width()) / 2, (height - pixmap.height()) / 2)
        font = self.caption_item.font()
        font.setPixelSize(max(12, height // 16))  # about the learner player's size
        self.caption_item.setFont(font)
        self.caption_item.setTextWidth(width * 0.86)
        document = self.caption_item.document()
        option = document.defaultTextOption()
        option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        document.setDefaultTextOption(option)
        box = self.caption_item.boundingRect()
        x = (width - box.width()) / 2
        y = height - box.height() - height * 0.05
        self.caption_item.setPos(x, y)
        ideal = document.idealWidth()
        pad = 6
        self.band.setRect(x + (box.width() - ideal) / 2 - pad, y, ideal + 2 * pad, box.height())
