"""``studio new | open | info | add``: create, open, inspect and fill a project."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studio.errors import StudioError

if TYPE_CHECKING:  # imported where used: `studio --help` must not load the course model
    from studio.model.assets import MediaAsset
    from studio.model.blocks import Block, TextBlock
    from studio.model.course import Course
    from studio.project import Project



def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "new", help="create a project", description="Create a project folder NAME.studio."
    )
    p.add_argument("path", type=Path, help="project folder (NAME or NAME.studio)")
    p.add_argument("--title", required=True, help="the course title")
    p.add_argument("--language", default="en", help="course language, a BCP 47 tag (default: en)")
    p.set_defaults(func=run_new)

    p = sub.add_parser("open", help="open a project in the window")
    p.add_argument("path", type=Path, help="project folder")
    p.add_argument(
        "--from-backup",
        action="store_true",
        help="open the previous save (project.json.bak) when project.json is damaged",
    )
    p.set_defaults(func=run_open)

    p = sub.add_parser(
        "info",
        help="print the outline, counts and problems",
        description="Print the course outline, media, caption and quiz counts and every "
        "validation problem.",
    )
    p.add_argument("path", type=Path, help="project folder")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.add_argument("--preset", default="generic",
                   help="the LMS the checklist is for (moodle, canvas, blackboard, brightspace, "
                   "openedx, generic): its upload limit")
    p.set_defaults(func=run_info)

    p = sub.add_parser(
        "add",
        help="add a block to a lesson",
        description="Add a block to a new lesson (or with --lesson, to an existing one).",
    )
    p.add_argument("path", type=Path, help="project folder")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--video", type=Path, metavar="FILE", help="a video file (MP4 H.264/AAC)")
    what.add_argument("--audio", type=Path, metavar="FILE", help="an audio file")
    what.add_argument("--page", type=Path, metavar="FILE", help="a page in Markdown or HTML")
    what.add_argument(
        "--image", type=Path, metavar="FILE", help="an image (needs --alt or --decorative)"
    )
    what.add_argument("--attachment", type=Path, metavar="FILE", help="a file to download")
    what.add_argument("--link", metavar="URL", help="a web link")
    p.add_argument("--alt", help="alt text of the image")
    p.add_argument(
        "--decorative", action="store_true", help="the image is decorative (no alt text)"
    )
    p.add_argument("--title", help="block title (and the new lesson's title)")
    p.add_argument("--module", help="module title (created if missing; default: the last module)")
    p.add_argument("--lesson", help="id of an existing lesson to append to")
    p.set_defaults(func=run_add)


def run_new(args: argparse.Namespace) -> int:
    from studio.model.course import is_bcp47
    from studio.project import Project

    if not is_bcp47(args.language):
        raise StudioError(
            f"{args.language!r} is not a language tag",
            hint="use a BCP 47 tag such as en, fr, es-MX or pt-BR.",
        )
    project = Project.create(args.path, title=args.title, language=args.language)
    project.close()
    print(f"Created {project.folder}")
    return 0


def run_open(args: argparse.Namespace) -> int:
    from studio.cli.gui_launch import launch_window
    from studio.project import Project

    # Fail early, in the terminal, on a project that cannot be opened.
    Project.open(args.path, read_only=True, from_backup=args.from_backup).close()
    path = args.path
    if args.from_backup:
        project = Project.open(path, from_backup=True)
        project.save()
        project.close()
        print(f"Restored the previous save of {project.folder}; the damaged file was kept aside.")
    return launch_window(path)


# -------------------------------------------------------------------- info


def _block_summary(block: Block, course: Course) -> str:
    from studio.model.blocks import (
        AttachmentBlock,
        AudioBlock,
        ImageBlock,
        LinkBlock,
        QuizBlock,
        TextBlock,
        VideoBlock,
    )

    if isinstance(block, TextBlock):
        from studio.sanitize import plain_text

        text = plain_text(block.html)
        return f"text: {text[:60]}{'...' if len(text) > 60 else ''}"
    if isinstance(block, VideoBlock | AudioBlock):
        asset = course.media.get(block.asset)
        name = asset.filename if asset else "(missing media)"
        tracks = ", ".join(f"{t.language} {len(t.cues)} cues {t.review}" for t in block.tracks)
        return f"{block.KIND}: {block.title or name} [{tracks or 'no captions'}]"
    if isinstance(block, ImageBlock):
        return f"image: {block.alt or '(decorative)' if block.decorative else block.alt or '(no alt text)'}"
    if isinstance(block, QuizBlock):
        quiz = block.quiz
        return (
            f"quiz: {quiz.title} ({len(quiz.questions)} questions, pass {quiz.passing_score:g} %)"
        )
    if isinstance(block, AttachmentBlock):
        return f"attachment: {block.title}"
    if isinstance(block, LinkBlock):
        return f"link: {block.title or block.url} <{block.url}>"
    return f"discussion: {block.title}"


def course_info(project: Project, preset: str = "generic") -> dict[str, Any]:
    from studio.exporters.checklist import FIXES, publish_checklist
    from studio.model.blocks import AudioBlock, VideoBlock

    course = project.course
    problems = publish_checklist(course, project.media_dir, preset).problems
    tracks = [
        t for _, _, b in course.blocks() if isinstance(b, VideoBlock | AudioBlock) for t in b.tracks
    ]
    quizzes = [b.quiz for _, _, b in course.quizzes()]
    return {
        "project": str(project.folder),
        "id": course.id,
        "title": course.title,
        "language": course.language,
        "license": course.license,
        "authors": course.authors,
        "version": course.version,
        "modules": [
            {
                "id": m.id,
                "title": m.title,
                "lessons": [
                    {
                        "id": lesson.id,
                        "title": lesson.title,
                        "blocks": [
                            {"id": b.id, "kind": b.KIND, "summary": _block_summary(b, course)}
                            for b in lesson.blocks
                        ],
                    }
                    for lesson in m.lessons
                ],
            }
            for m in course.modules
        ],
        "counts": {
            "modules": len(course.modules),
            "lessons": sum(1 for _ in course.lessons()),
            "blocks": sum(1 for _ in course.blocks()),
            "media_files": len(course.media),
            "media_bytes": sum(a.size for a in course.media.values()),
            "caption_tracks": len(tracks),
            "caption_tracks_reviewed": sum(1 for t in tracks if t.review == "reviewed"),
            "cues": sum(len(t.cues) for t in tracks),
            "quizzes": len(quizzes),
            "questions": sum(len(q.questions) for q in quizzes),
        },
        "problems": [
            {"severity": p.severity, "where": p.where, "message": p.message, "item": p.item,
             **({"fix": FIXES[p.fix]} if p.fix in FIXES else {})}
            for p in problems
        ],
        "autosave_found": project.recovery is not None,
    }


def run_info(args: argparse.Namespace) -> int:
    from studio.project import Project

    with Project.open(args.path, read_only=True) as project:
        info = course_info(project, getattr(args, "preset", "generic"))
    if args.json:
        json.dump(info, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    counts = info["counts"]
    print(f"{info['title']}  [{info['language']}, {info['license']}]  {info['project']}")
    for m_index, module in enumerate(info["modules"], 1):
        print(f"  {m_index}. {module['title']}")
        for l_index, lesson in enumerate(module["lessons"], 1):
            print(f"     {m_index}.{l_index} {lesson['title']}  (id {lesson['id']})")
            for block in lesson["blocks"]:
                print(f"          - {block['summary']}")
    print(
        f"{counts['modules']} modules, {counts['lessons']} lessons, {counts['blocks']} blocks; "
        f"{counts['media_files']} media files ({counts['media_bytes'] / 1024**2:.1f} MB); "
        f"{counts['caption_tracks']} caption tracks ({counts['caption_tracks_reviewed']} reviewed, "
        f"{counts['cues']} cues); {counts['quizzes']} quizzes, {counts['questions']} questions"
    )
    if info["autosave_found"]:
        print(
            "Unsaved changes from a previous session were found; open the project to recover them."
        )
    print_checklist(info["problems"])
    return 0


def print_checklist(problems: list[dict[str, Any]], indent: str = "  ") -> None:
    """The publish checklist as ``studio info`` and ``studio validate PROJECT`` print it."""
    if not problems:
        print("No problems found.")
        return
    print(f"{len(problems)} problem(s):")
    for p in problems:
        fix = f" (fix: {p['fix']})" if p.get("fix") else ""
        print(f"{indent}{p['severity']}: {p['where']}: {p['message']}{fix}")


# -------------------------------------------------------------------- add


def _page_block(path: Path) -> TextBlock:
    from studio.markdown_pages import read_page
    from studio.model.blocks import TextBlock

    return TextBlock(html=read_page(path))


def run_add(args: argparse.Namespace) -> int:
    from studio.course_ops import add_block, add_lesson, find_or_add_module
    from studio.media.media_blocks import register_media, stage_media
    from studio.model.blocks import (
        AttachmentBlock,
        AudioBlock,
        ImageBlock,
        LinkBlock,
        VideoBlock,
    )
    from studio.project import Project

    with Project.open(args.path) as project:
        course = project.course
        stack = project.stack
        block: Block
        title = args.title
        asset: MediaAsset | None = None
        if args.video:
            asset = stage_media(project, args.video)
            block = VideoBlock(asset=asset.id, title=title or Path(asset.filename).stem)
        elif args.audio:
            asset = stage_media(project, args.audio)
            block = AudioBlock(asset=asset.id, title=title or Path(asset.filename).stem)
        elif args.page:
            block = _page_block(args.page)
            title = title or args.page.stem.replace("-", " ").replace("_", " ").capitalize()
        elif args.image:
            if not args.alt and not args.decorative:
                raise StudioError(
                    "an image needs alt text",
                    path=args.image,
                    hint="describe it with --alt TEXT, or mark it --decorative.",
                )
            asset = stage_media(project, args.image)
            block = ImageBlock(asset=asset.id, alt=args.alt or "", decorative=args.decorative)
        elif args.attachment:
            asset = stage_media(project, args.attachment)
            block = AttachmentBlock(asset=asset.id, title=title or asset.filename)
        else:
            from studio.sanitize import is_safe_url

            if not args.link.startswith(("http://", "https://", "mailto:")) or not is_safe_url(
                args.link
            ):
                raise StudioError(
                    f"{args.link!r} is not a web address",
                    hint="give a full address starting with https:// (or http://, mailto:).",
                )
            block = LinkBlock(url=args.link, title=title or args.link)
        with stack.transaction("Add block"):
            if asset is not None:
                register_media(project, asset)
            if args.lesson:
                lesson = course.find_lesson(args.lesson)
                if lesson is None:
                    raise StudioError(
                        f"no lesson with id {args.lesson!r}",
                        path=project.folder,
                        hint="see the lesson ids with 'studio info PATH'.",
                    )
            else:
                module = find_or_add_module(stack, course, args.module)
                lesson = add_lesson(stack, module, title or block.KIND.capitalize())
            add_block(stack, lesson, block)
        project.save()
        print(f"Added {block.KIND} block {block.id} to lesson '{lesson.title}' (id {lesson.id})")
    return 0
