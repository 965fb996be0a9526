"""``studio caption`` and ``studio models``: auto-captions with Whisper, offline models."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from studio.cli.progress_bar import cli_progress
from studio.errors import StudioError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "caption",
        help="caption video/audio with Whisper (offline)",
        description="Caption a project's video and audio blocks (--lesson ID, --block ID or "
        "--all), or a bare media file (-o OUT.vtt|OUT.srt). Tracks are marked "
        "auto-generated until reviewed. A block with a script (the speaker notes of a "
        "composed video, a pasted transcript) or --script FILE gets the script's exact "
        "words timed to the recording ('from script'); where the speaker departed from "
        "the script, --report lists the spans and --choose picks script or speech.",
    )
    p.add_argument("path", type=Path, help="a project folder, or a media file with -o")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--lesson", metavar="ID", help="caption the media blocks of one lesson")
    where.add_argument("--block", metavar="ID", help="caption one video or audio block")
    where.add_argument("--all", action="store_true", help="caption every media block")
    p.add_argument("-o", "--output", type=Path, help="for a media file: write OUT.vtt or OUT.srt")
    add_whisper_arguments(p)
    p.add_argument(
        "--skip-captioned", action="store_true", help="with --all: skip blocks with tracks"
    )
    p.add_argument(
        "--script",
        type=Path,
        metavar="FILE",
        help="the words spoken (.txt, or an untimed/badly timed .vtt/.srt): cues get these "
        "exact words, timed to the recording (a media file or --block)",
    )
    p.add_argument(
        "--no-script", action="store_true", help="ignore block scripts: caption the speech"
    )
    p.add_argument(
        "--report",
        type=Path,
        metavar="FILE.json",
        help="write a report: word confidences, cues outside the profile and why, "
        "departures from the script",
    )
    p.add_argument(
        "--choose",
        metavar="ID=script|speech",
        help="with --block: show the script or the speech for departures of its "
        "script-timed track, e.g. d1=speech,d3=script (no transcription)",
    )
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run_caption)

    m = sub.add_parser(
        "models",
        help="list, install, verify or convert Whisper models",
        description="Whisper models live in ~/.local/share/studio/models (or $STUDIO_MODELS_DIR).",
    )
    msub = m.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    ml = msub.add_parser("list", help="known and installed models")
    ml.set_defaults(func=run_models_list)
    mi = msub.add_parser(
        "install", help="install a model (tiny.en, base; hub names need a network)"
    )
    mi.add_argument("name")
    mi.add_argument("--force", action="store_true", help="reinstall even if present")
    mi.set_defaults(func=run_models_install)
    mv = msub.add_parser("verify", help="check a model's files and checksum")
    mv.add_argument("name", nargs="?", default="tiny.en", help="model name or folder")
    mv.set_defaults(func=run_models_verify)
    mc = msub.add_parser("convert", help="make the openai-whisper checkpoint of a model")
    mc.add_argument("name", nargs="?", default="tiny.en", help="model name or folder")
    mc.add_argument("-o", "--output", type=Path, help="checkpoint file (.pt)")
    mc.set_defaults(func=run_models_convert)


def add_whisper_arguments(p: argparse.ArgumentParser) -> None:
    """The Whisper and caption-shape options, shared by ``caption`` and ``batch caption``."""
    p.add_argument(
        "--engine",
        choices=["faster-whisper", "openai-whisper"],
        default="faster-whisper",
        help="Whisper engine (default faster-whisper, int8 on CPU)",
    )
    p.add_argument(
        "--model",
        default="auto",
        help="auto (tiny.en for English, base for other languages; default), "
        "a model name or a CTranslate2 folder",
    )
    p.add_argument("--language", default="auto", help="auto (detect) or a code such as fr")
    p.add_argument(
        "--translate", action="store_true", help="English subtitles (multilingual models)"
    )
    p.add_argument(
        "--profile",
        default="netflix",
        help="netflix (default), bbc, dcmp, or custom e.g. 'dcmp:max_cps=13'",
    )
    p.add_argument("--prompt", default="", help="course vocabulary / names to expect")
    p.add_argument("--threads", type=int, default=0, help="CPU threads (0 = automatic)")


def caption_options(args: argparse.Namespace) -> Any:
    from studio.media.captioning import CaptionOptions
    from studio.media.transcribe import TranscribeOptions

    return CaptionOptions(
        transcribe=TranscribeOptions(
            engine=args.engine,
            model=str(args.model),
            language=None if args.language == "auto" else args.language,
            task="translate" if args.translate else "transcribe",
            prompt=args.prompt,
            threads=args.threads,
            compute_type="int8" if args.engine == "faster-whisper" else "float32",
        ),
        profile=args.profile,
        skip_captioned=getattr(args, "skip_captioned", False),
        use_script=not getattr(args, "no_script", False),
    )


def _summary(track: Any, exceptions: int, profile: str) -> str:
    origin = "from script" if track.from_script else "auto-generated"
    line = (
        f"{len(track.cues)} captions ({track.language}, {track.source}), {origin}; "
        f"{exceptions} outside the {profile} profile"
    )
    if track.departures:
        line += f"; {len(track.departures)} departures from the script (see --report)"
    return line


def _parse_choices(text: str) -> list[tuple[str, str]]:
    choices = []
    for item in text.split(","):
        span, _, side = item.partition("=")
        if not span.strip() or side.strip() not in ("script", "speech"):
            raise StudioError(
                f"--choose {item!r}: write ID=script or ID=speech",
                hint="The departure ids (d1, d2, ...) are in the caption report (--report).",
            )
        choices.append((span.strip(), side.strip()))
    return choices


def _script(args: argparse.Namespace) -> str | None:
    if args.script is None:
        return None
    if args.path.is_dir() and not args.block:
        raise StudioError(
            "--script gives the words of one recording: use it with --block ID or a media file",
            path=args.script,
        )
    from studio.captions.script import read_script

    return read_script(args.script)


def run_caption(args: argparse.Namespace) -> int:
    from studio.captions.io import check_caption_path, write_caption_file
    from studio.captions.profiles import get_profile
    from studio.captions.report import track_report, write_report
    from studio.media.captioning import caption_block_result, caption_course_results, caption_media
    from studio.project import is_project_folder

    options = caption_options(args)
    get_profile(options.profile)
    path: Path = args.path
    if args.report is not None and args.report.suffix.lower() != ".json":
        raise StudioError("the report must end in .json", path=args.report, hint="e.g. --report r.json")
    if args.choose:
        return _run_choose(args, options.profile)
    script = _script(args)
    progress = cli_progress("caption", quiet=args.quiet)
    reports = []
    if not is_project_folder(path):
        if args.output is None:
            raise StudioError(
                "captioning a media file needs -o OUT.vtt or OUT.srt",
                path=path,
                hint="Or give a project folder with --lesson ID or --all.",
            )
        check_caption_path(args.output)
        done = caption_media(path, options, progress, script)
        track = done.track
        if not track.cues:
            print(f"{path}: no speech was found; the caption file is empty", file=sys.stderr)
        write_caption_file(args.output, track)
        for note in done.notes:
            print(f"{path}: {note}", file=sys.stderr)
        print(f"{args.output}: " + _summary(track, len(done.exceptions), options.profile))
        if args.report is not None:
            reports.append(track_report(track, options.profile, media=str(path), notes=done.notes))
            write_report(args.report, reports)
        return 0
    if not (args.lesson or args.block or args.all):
        raise StudioError("say what to caption: --lesson ID, --block ID or --all", path=path)
    from studio.project import Project

    with Project.open(path) as project:
        if args.block:
            one = caption_block_result(project, args.block, options, progress, script, apply=True)
            results = [(args.block, one)]
        else:
            results = caption_course_results(project, options, progress, lesson_id=args.lesson)
        project.save()
        for block_id, done in results:
            reports.append(
                track_report(done.track, options.profile, block=block_id, notes=done.notes)
            )
    if not results:
        print("no video or audio blocks to caption", file=sys.stderr)
    for block_id, done in results:
        for note in done.notes:
            print(f"{block_id}: {note}", file=sys.stderr)
        print(f"{block_id}: " + _summary(done.track, len(done.exceptions), options.profile))
    if args.report is not None:
        write_report(args.report, reports)
    return 0


def _run_choose(args: argparse.Namespace, profile: str) -> int:
    """``--block ID --choose d1=speech``: switch departures of the block's script track."""
    from studio.captions.departures import choose_departure
    from studio.captions.report import track_report, write_report
    from studio.project import Project, is_project_folder

    if not (is_project_folder(args.path) and args.block):
        raise StudioError(
            "--choose works on a project block: give the project and --block ID",
            path=args.path,
        )
    choices = _parse_choices(args.choose)
    with Project.open(args.path) as project:
        found = project.course.find_block(args.block)
        tracks = [t for t in getattr(found[1], "tracks", []) if t.from_script] if found else []
        if not tracks:
            raise StudioError(
                f"block {args.block!r} has no caption track made from a script",
                path=args.path,
                hint="Caption it with a script first (studio caption PROJECT --block ID).",
            )
        track = tracks[0]
        with project.stack.transaction("Choose script or speech"):
            for span, side in choices:
                choose_departure(project.stack, track, span, side, profile)
        project.save()
        for span, side in choices:
            print(f"{args.block}: {span} shows the {side}")
        if args.report is not None:
            write_report(args.report, [track_report(track, profile, block=args.block)])
    return 0


def run_models_list(args: argparse.Namespace) -> int:
    from studio.media.whisper_models import list_models, models_dir

    print(f"models folder: {models_dir()}")
    for row in list_models():
        langs = "multilingual" if row.multilingual else "English only"
        print(f"  {row.name:<10} {row.status:<14} {langs:<13} {row.description}")
        if row.path:
            print(f"  {'':<10} {row.path}")
    return 0


def run_models_install(args: argparse.Namespace) -> int:
    from studio.media.whisper_models import install_model

    folder = install_model(args.name, cli_progress(f"install {args.name}"), force=args.force)
    print(f"{args.name}: installed in {folder}")
    return 0


def run_models_verify(args: argparse.Namespace) -> int:
    from studio.media.whisper_models import verify_model

    problems = verify_model(args.name, cli_progress(f"verify {args.name}"))
    if problems:
        for problem in problems:
            print(f"{args.name}: {problem}", file=sys.stderr)
        force = "" if any("not installed" in p for p in problems) else " --force"
        print(f"  What to do: run `studio models install {args.name}{force}`", file=sys.stderr)
        return 1
    print(f"{args.name}: OK")
    return 0


def run_models_convert(args: argparse.Namespace) -> int:
    from studio.media.whisper_models import openai_checkpoint

    out = openai_checkpoint(args.name, cli_progress(f"convert {args.name}"), args.output)
    print(f"{args.name}: openai-whisper checkpoint {out}")
    return 0
