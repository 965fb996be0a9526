"""``studio demo [OUTDIR]``: the sample course as a project, captioned, in every format."""

from __future__ import annotations

import argparse
import importlib.util
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from studio.cli.progress_bar import cli_progress
from studio.errors import StudioError
from studio.jobs import Progress
from studio.resources import resource_path

SAMPLE_PROJECT = "sample/sample.studio"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "demo",
        help="write the sample course, captioned, and every package",
        description="Write the sample course as OUTDIR/sample.studio, caption its lecture with "
        "Whisper, and export it in every format beside it.",
    )
    p.add_argument("outdir", nargs="?", type=Path, default=Path("studio-demo"), help="output folder")
    p.add_argument("--no-captions", action="store_true", help="skip captioning")
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    p.set_defaults(func=run)


@dataclass
class DemoResult:
    project: Path
    packages: list[Path] = field(default_factory=list)
    captions: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def copy_sample(outdir: Path) -> Path:
    source = resource_path(SAMPLE_PROJECT)
    if not (source / "project.json").is_file():
        raise StudioError(
            "the sample course is missing from this installation",
            path=source,
            hint="rebuild it with 'python resources/sample/build_sample.py' or reinstall Studio.",
        )
    target = outdir / "sample.studio"
    if target.exists():
        shutil.rmtree(target)
    outdir.mkdir(parents=True, exist_ok=True)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(".studio.lock", ".autosave.json"))
    return target


def run_demo(outdir: Path, progress: Progress, *, captions: bool = True) -> DemoResult:
    """Copy the sample, caption it, export every format; the same function the tests call."""
    from studio.exporters import EXPORTERS
    from studio.project import Project

    result = DemoResult(project=copy_sample(outdir))
    names = sorted(EXPORTERS)
    caption_share = 0.4 if captions else 0.0
    with Project.open(result.project) as project:
        if captions:
            if importlib.util.find_spec("studio.media.captioning") is None:
                result.notes.append("captioning is not available in this build; skipped")
            else:
                from studio.media.captioning import CaptionOptions, caption_course
                from studio.media.transcribe import TranscribeOptions

                # The course's title and keywords are the vocabulary Whisper should expect.
                course = project.course
                vocabulary = ", ".join([course.title, *course.keywords])
                options = CaptionOptions(transcribe=TranscribeOptions(prompt=vocabulary))
                caption_course(project, options, progress.sub(0.0, caption_share))
                project.save()
                from studio.captions.io import write_vtt
                from studio.model.blocks import AudioBlock, VideoBlock

                for _, _, block in project.course.blocks():
                    if isinstance(block, VideoBlock | AudioBlock):
                        for track in block.tracks:
                            vtt = outdir / f"sample-{block.id}-{track.language}.vtt"
                            vtt.write_text(write_vtt(track), encoding="utf-8")
                            result.captions.append(vtt)
        for index, name in enumerate(names):
            spec = EXPORTERS[name]
            span = (1.0 - caption_share) / max(1, len(names))
            stage = progress.sub(caption_share + index * span, caption_share + (index + 1) * span)
            out = outdir / f"sample-{name}{spec.extension}"
            report = spec.export(
                project.course, project.media_dir, out, spec.default_options(), stage
            )
            result.packages.append(report.path)
            result.notes.extend(f"{name}: {w}" for w in report.warnings)
    progress.update(1.0, "Done")
    return result


def run(args: argparse.Namespace) -> int:
    progress = cli_progress("demo", quiet=args.quiet)
    result = run_demo(args.outdir, progress, captions=not args.no_captions)
    print(f"Sample project: {result.project}")
    for path in result.captions:
        print(f"Captions: {path}")
    for path in result.packages:
        print(f"Package: {path} ({path.stat().st_size / 1024:.0f} KB)")
    for note in result.notes:
        print(f"Note: {note}")
    print(f"Everything is in {args.outdir.resolve()}")
    return 0
