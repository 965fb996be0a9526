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
        "auto-generated until reviewed.",
    )
    p.add_argument("path", type=Path, help="a project folder, or a media file with -o")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--lesson", metavar="ID", help="caption the media blocks of one lesson")
    where.add_argument("--block", metavar="ID", help="caption one video or audio block")
    where.add_argument("--all", action="store_true", help="caption every media block")
    p.add_argument("-o", "--output", type=Path, help="for a media file: write OUT.vtt or OUT.srt")
    p.add_argument(
        "--engine",
        choices=["faster-whisper", "openai-whisper"],
        default="faster-whisper",
        help="Whisper engine (default faster-whisper, int8 on CPU)",
    )
    p.add_argument("--model", default="tiny.en", help="model name or CTranslate2 folder")
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
    p.add_argument(
        "--skip-captioned", action="store_true", help="with --all: skip blocks with tracks"
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


def _options(args: argparse.Namespace) -> Any:
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
        skip_captioned=args.skip_captioned,
    )


def _is_project(path: Path) -> bool:
    return path.is_dir() and ((path / "project.json").is_file() or path.suffix == ".studio")


def run_caption(args: argparse.Namespace) -> int:
    from studio.captions.io import write_srt, write_vtt
    from studio.captions.profiles import get_profile
    from studio.captions.quality import check_cues
    from studio.fsutil import atomic_write_text
    from studio.media.captioning import caption_block, caption_course, caption_file

    options = _options(args)
    get_profile(options.profile)
    progress = cli_progress("caption", quiet=args.quiet)
    path: Path = args.path
    if not _is_project(path):
        if args.output is None:
            raise StudioError(
                "captioning a media file needs -o OUT.vtt or OUT.srt",
                path=path,
                hint="Or give a project folder with --lesson ID or --all.",
            )
        suffix = args.output.suffix.lower()
        if suffix not in (".vtt", ".srt"):
            raise StudioError(
                "the output must end in .vtt or .srt", path=args.output, hint="e.g. -o talk.vtt"
            )
        track = caption_file(path, options, progress)
        if not track.cues:
            print(f"{path}: no speech was found; the caption file is empty", file=sys.stderr)
        text = write_vtt(track) if suffix == ".vtt" else write_srt(track)
        atomic_write_text(args.output, text)
        issues = check_cues(track.cues, options.profile)
        print(
            f"{args.output}: {len(track.cues)} captions ({track.language}, {track.source}); "
            f"{len(issues)} outside the {options.profile} profile"
        )
        return 0
    if not (args.lesson or args.block or args.all):
        raise StudioError("say what to caption: --lesson ID, --block ID or --all", path=path)
    from studio.project import Project

    with Project.open(path) as project:
        if args.block:
            track = caption_block(project, args.block, options, progress)
            done = [(args.block, track)]
        else:
            done = caption_course(project, options, progress, lesson_id=args.lesson)
        project.save()
    if not done:
        print("no video or audio blocks to caption", file=sys.stderr)
    for block_id, track in done:
        issues = check_cues(track.cues, options.profile)
        print(
            f"{block_id}: {len(track.cues)} captions ({track.language}), auto-generated; "
            f"{len(issues)} outside the {options.profile} profile"
        )
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
