"""``studio import-pptx | compose | transcode | record``: slides, lecture video, delivery."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studio.cli.progress_bar import cli_progress
from studio.errors import StudioError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "import-pptx",
        help="import a PowerPoint deck as narrated slides",
        description="Import DECK.pptx into the project as one module (one lesson per "
        "PowerPoint section): slide images, slide text, speaker notes as narration script.",
    )
    p.add_argument("deck", type=Path, help="the .pptx file")
    p.add_argument("path", type=Path, help="project folder")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run_import_pptx)

    p = sub.add_parser(
        "compose",
        help="compose a lesson's narrated slides into a lecture video",
        description="Each slide is shown for as long as its narration (the slide's "
        "recorded narration, or one audio file per slide from --audio-dir, in name order); "
        "the video is added at the end of the lesson with a chapter per slide.",
    )
    p.add_argument("path", type=Path, help="project folder")
    p.add_argument("--lesson", required=True, help="lesson id (see 'studio info PATH')")
    p.add_argument("--audio-dir", type=Path, help="folder with one narration file per slide")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run_compose)

    from studio.media.presets import PRESETS

    p = sub.add_parser(
        "transcode",
        help="encode a video with a delivery preset",
        description="Encode FILE for delivery: "
        + "; ".join(f"{name}: {pr.description}" for name, pr in PRESETS.items()),
    )
    p.add_argument("file", type=Path, help="the video or audio file")
    p.add_argument("--preset", required=True, choices=list(PRESETS), help="delivery preset")
    p.add_argument("-o", "--output", type=Path, required=True, help="output file")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run_transcode)

    p = sub.add_parser(
        "record",
        help="record the screen, camera and/or microphone into a lesson",
        description="Record for --seconds (Ctrl+C stops early), encode H.264/AAC MP4 and add "
        "it to the lesson as a video block (markers become chapters). --recover finishes "
        "takes that a crash left unfinished. --list-sources shows what can be recorded.",
    )
    p.add_argument("path", type=Path, nargs="?", help="project folder")
    p.add_argument("--lesson", help="lesson id to add the recording to")
    p.add_argument("--seconds", type=float, default=60.0, help="how long (default: 60)")
    p.add_argument("--screen", type=int, metavar="N", help="record screen N (0 = first)")
    p.add_argument("--window", type=int, metavar="N", help="record window N (see --list-sources)")
    p.add_argument("--camera", action="store_true", help="record the default camera")
    p.add_argument("--microphone", action="store_true", help="record the default microphone")
    p.add_argument("--audio-file", type=Path, help="feed this 16-bit WAV as the sound")
    p.add_argument("--countdown", type=int, default=3, help="seconds before recording starts")
    p.add_argument("--title", default="Recording", help="title of the video block")
    p.add_argument("--recover", action="store_true", help="finish unfinished takes instead")
    p.add_argument("--list-sources", action="store_true", help="list screens, cameras, mics")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run_record)


def run_import_pptx(args: argparse.Namespace) -> int:
    from studio.media.pptx_import import import_pptx
    from studio.project import Project

    with Project.open(args.path) as project:
        report = import_pptx(project, args.deck, cli_progress("import-pptx", args.quiet))
        project.save()
        module = next(m for m in project.course.modules if m.id == report.module_id)
    print(
        f"Imported {report.slides} slides ({report.notes} with speaker notes, "
        f"{report.renderer} slide images) as module '{module.title}' [{module.id}]"
    )
    for lesson in module.lessons:
        print(f"  lesson {lesson.id}  {lesson.title}")
    return 0


def run_compose(args: argparse.Namespace) -> int:
    from studio.media.compose import compose_lesson
    from studio.project import Project

    with Project.open(args.path) as project:
        block = compose_lesson(
            project, args.lesson, cli_progress("compose", args.quiet), audio_dir=args.audio_dir
        )
        project.save()
        asset = project.course.media[block.asset]
    print(
        f"Added lecture video block {block.id}: {asset.duration or 0:.1f} s, "
        f"{len(block.chapters)} chapters, {asset.size / 1_000_000:.1f} MB"
    )
    return 0


def run_transcode(args: argparse.Namespace) -> int:
    from studio.media.edit import transcode
    from studio.media.presets import estimate_size, get_preset
    from studio.media.probe import probe_media
    from studio.units import human_size as format_size

    preset = get_preset(args.preset)
    if not args.file.is_file():
        raise StudioError("file not found", path=args.file, hint="check the path.")
    info = probe_media(args.file)
    if info.duration:
        estimate = estimate_size(info.duration, preset, has_video=info.has_video)
        print(
            f"{preset.label}: {info.duration:.1f} s, estimated size up to {format_size(estimate)}",
            flush=True,
        )
    if args.output.resolve() == args.file.resolve():
        raise StudioError(
            "the output would overwrite the input", path=args.output, hint="choose another -o."
        )
    transcode(args.file, args.output, preset, cli_progress("transcode", args.quiet))
    size = args.output.stat().st_size
    print(f"Wrote {args.output} ({format_size(size)})", file=sys.stdout)
    return 0


def run_record(args: argparse.Namespace) -> int:
    from studio.media import recorder as rec
    from studio.media.takes import add_take_to_lesson, new_take_folder, unfinished_takes
    from studio.project import Project

    if args.list_sources:
        rec.ensure_app()
        for kind, found in rec.available_sources().items():
            print(f"{kind}:" if found else f"{kind}: none")
            for source in found:
                print(f"  {source.index}  {source.name}  {source.detail}".rstrip())
        return 0
    if args.path is None or args.lesson is None:
        raise StudioError(
            "record needs a project and --lesson",
            hint="studio record PROJECT --lesson ID --screen 0 --microphone",
        )
    with Project.open(args.path) as project:
        if project.course.find_lesson(args.lesson) is None:
            raise StudioError(f"no lesson with id {args.lesson!r}", path=args.path,
                              hint="list the lessons with 'studio info PATH'.")  # fmt: skip
        if args.recover:
            takes = unfinished_takes(project.folder)
            if not takes:
                print("No unfinished recordings.")
                return 0
        else:
            sources = {
                "screen": args.screen,
                "window": args.window,
                "camera": True if args.camera else None,
                "microphone": True if args.microphone else None,
                "audio_file": args.audio_file,
            }
            print(f"Recording for {args.seconds:.0f} s (Ctrl+C stops)...", flush=True)
            takes = [
                rec.record_for(new_take_folder(project.folder), args.seconds,
                               countdown=args.countdown, **sources)
            ]  # fmt: skip
        for take in takes:
            block = add_take_to_lesson(
                project, args.lesson, take, cli_progress("record", args.quiet), title=args.title
            )
            asset = project.course.media[block.asset]
            print(f"Added {block.KIND} block {block.id}: {asset.duration or 0:.1f} s")
        project.save()
    return 0
