"""``studio import SOURCE [PATH]``: questions and packages into a new or existing project."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from studio.cli.options import option_values
from studio.cli.progress_bar import cli_progress
from studio.errors import StudioError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
             command: str | None = "") -> None:
    """``command`` None (``studio --help``): the formats are not listed, so listing the
    commands imports no importer."""
    if command is None:
        subparsers.add_parser("import", help="import questions or a package into a project "
                              "(studio import --help lists the formats)")
        return
    from studio.importers.registry import offered

    specs = offered()
    questions = ", ".join(s.label for s in specs if s.kind == "questions")
    packages = ", ".join(s.label for s in specs if s.kind == "package")
    parser = subparsers.add_parser(
        "import",
        help=f"import questions ({questions}) or a package ({packages})",
        description="Import SOURCE into the project at PATH. If PATH does not exist, a new "
        "project is created from SOURCE; if it is an existing project, the content is added "
        "to it as one undoable step (questions become a new quiz, or join --quiz BLOCK_ID). "
        "Without PATH, a new project NAME.studio is made in the current folder. "
        "See docs/import.md for the formats, the quiz text format and the CSV columns.",
    )
    parser.add_argument("source", help="the file (or unzipped package folder) to import")
    parser.add_argument("path", nargs="?", help="the project (existing or new); default: NAME.studio")
    parser.add_argument("--format", choices=[s.name for s in specs], dest="fmt",
                        help="the source format (default: detected from the content)")
    parser.add_argument("--option", action="append", default=[], metavar="NAME=VALUE",
                        help="set an option of the source format (repeatable; see docs/import.md)")
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
    options = _options(source, args)
    target = normalize_project_path(args.path or source.with_suffix("").name + PROJECT_SUFFIX)
    progress = cli_progress(f"Importing {source.name}", quiet=args.quiet)
    if (target / "project.json").exists():
        with Project.open(target) as project:
            report = import_into(project, source, progress, fmt=args.fmt, quiz_block_id=args.quiz,
                                 options=options, keep_remote_images=args.keep_remote_images)
            project.save()
        where = f"into {target}"
    else:
        if args.quiz:
            raise StudioError(
                "--quiz needs an existing project",
                path=target,
                hint="give the path of the project that holds the quiz block.",
            )
        report = import_new(source, target, progress, fmt=args.fmt, options=options,
                            keep_remote_images=args.keep_remote_images)
        where = f"as the new project {target}"
    print(report.format_text())
    print(f"Saved {where}.", file=sys.stdout)
    return 0


def _options(source: Path, args: argparse.Namespace) -> Any:
    """The source format's options from ``--option`` (None: its defaults)."""
    if not args.option:
        return None
    from studio.importers import detect_format, get_importer

    if args.fmt is None:
        args.fmt = detect_format(source)
    spec = get_importer(args.fmt, source)
    values = option_values(spec.name, spec.options_type, args.option, "NAME=true")
    try:
        return spec.options_from(values)
    except (TypeError, ValueError) as exc:
        raise StudioError(str(exc), hint="see docs/import.md for the options of each format") from exc
