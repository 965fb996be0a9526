"""``studio import SOURCE [PATH]``: questions and packages into a new or existing project."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studio.cli.progress_bar import cli_progress
from studio.errors import StudioError

FORMAT_CHOICES = ("gift", "aiken", "quiztext", "csv", "qti12", "qti21", "studio", "scorm", "cc", "epub")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import questions (GIFT, Aiken, quiz text, CSV, QTI) or a package "
        "(Studio, SCORM, Common Cartridge, EPUB)",
        description="Import SOURCE into the project at PATH. If PATH does not exist, a new "
        "project is created from SOURCE; if it is an existing project, the content is added "
        "to it as one undoable step (questions become a new quiz, or join --quiz BLOCK_ID). "
        "Without PATH, a new project NAME.studio is made in the current folder. "
        "See docs/import.md for the formats, the quiz text format and the CSV columns.",
    )
    parser.add_argument("source", help="the file (or unzipped package folder) to import")
    parser.add_argument("path", nargs="?", help="the project (existing or new); default: NAME.studio")
    parser.add_argument("--format", choices=FORMAT_CHOICES, dest="fmt",
                        help="the source format (default: detected from the content)")
    parser.add_argument("--quiz", metavar="BLOCK_ID", dest="quiz",
                        help="append imported questions to this existing quiz block")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.add_argument("--keep-remote-images", action="store_true",
                        help="keep images that pages load from the web (by default they are left "
                        "out: Studio downloads nothing, and a published course should not "
                        "depend on another site)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from studio.importers import import_into, import_new
    from studio.project import PROJECT_SUFFIX, Project, normalize_project_path

    source = Path(args.source)
    target = normalize_project_path(args.path or source.with_suffix("").name + PROJECT_SUFFIX)
    progress = cli_progress(f"Importing {source.name}", quiet=args.quiet)
    if (target / "project.json").exists():
        with Project.open(target) as project:
            report = import_into(project, source, progress, fmt=args.fmt, quiz_block_id=args.quiz,
                                 keep_remote_images=args.keep_remote_images)
            project.save()
        where = f"into {target}"
    else:
        if args.quiz:
            raise StudioError(
                "--quiz needs an existing project",
                path=target,
                hint="give the path of the project that holds the quiz block.",
            )
        report = import_new(source, target, progress, fmt=args.fmt,
                            keep_remote_images=args.keep_remote_images)
        where = f"as the new project {target}"
    print(report.format_text())
    print(f"Saved {where}.", file=sys.stdout)
    return 0
