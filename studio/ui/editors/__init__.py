"""The editors shown in the window's editor area, one per kind of selected item.

``create_editor(project, item, parent)`` is what the shell calls when the
selection changes. Every editor changes the course only through the project's
``CommandStack`` (so Undo/Redo and the dirty flag work) and refreshes itself when
the stack changes. Editor modules are imported on first use: the video editor
loads QtMultimedia, which the window should not pay for at start.
"""

from __future__ import annotations

from typing import Any

from studio.model import (
    AttachmentBlock,
    AudioBlock,
    DiscussionBlock,
    ImageBlock,
    Lesson,
    LinkBlock,
    QuizBlock,
    TextBlock,
    VideoBlock,
)
from studio.project import Project
from studio.ui.qt import QWidget


def create_editor(
    project: Project, item: Any, parent: QWidget | None = None, *, runner: Any = None
) -> QWidget | None:
    """The editor widget for ``item`` (a block or a Lesson); None for anything else.

    ``runner`` is the window's ``studio.ui.jobs.JobRunner`` (found on the parents
    when omitted), used by the caption editor and the recorder for their jobs.
    """
    if isinstance(item, TextBlock):
        from studio.ui.editors.rich_text import TextBlockEditor

        return TextBlockEditor(project, item, parent)
    if isinstance(item, VideoBlock | AudioBlock):
        from studio.ui.editors.video_editor import MediaBlockEditor

        return MediaBlockEditor(project, item, parent, runner=runner)
    if isinstance(item, QuizBlock):
        from studio.ui.editors.quiz_builder import QuizBuilder

        return QuizBuilder(project, item, parent)
    if isinstance(item, ImageBlock):
        from studio.ui.editors.media_blocks import ImageBlockEditor

        return ImageBlockEditor(project, item, parent)
    if isinstance(item, AttachmentBlock):
        from studio.ui.editors.media_blocks import AttachmentBlockEditor

        return AttachmentBlockEditor(project, item, parent)
    if isinstance(item, LinkBlock):
        from studio.ui.editors.media_blocks import LinkBlockEditor

        return LinkBlockEditor(project, item, parent)
    if isinstance(item, DiscussionBlock):
        from studio.ui.editors.media_blocks import DiscussionBlockEditor

        return DiscussionBlockEditor(project, item, parent)
    if isinstance(item, Lesson):
        from studio.ui.editors.lesson_editor import LessonEditor

        return LessonEditor(project, item, parent, runner=runner)
    return None


__all__ = ["create_editor"]
