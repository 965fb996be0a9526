"""The ``studio`` command line: the same functions the window calls.

Each subcommand lives in its own module in this package and exposes
``register(subparsers)``, which adds its parser and sets ``func`` to a function
``run(args) -> int``. ``COMMAND_MODULES`` lists them in the order ``--help`` shows.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from studio import __version__
from studio.errors import StudioError
from studio.jobs import Cancelled

COMMAND_MODULES = [
    "studio.cli.project_cmds",  # new, open, info, add
    "studio.cli.demo_cmd",  # demo
    "studio.cli.export_cmd",  # export, validate
    "studio.cli.caption_cmd",  # caption, models
    "studio.cli.media_cmds",  # import-pptx, compose, transcode, record
    "studio.cli.import_cmd",  # import
    "studio.cli.batch_cmd",  # batch caption|export|validate
    "studio.cli.worker_cmd",  # worker (internal: job processes)
]


def build_parser(command: str | None = "") -> argparse.ArgumentParser:
    """The parser; ``command`` (the subcommand about to run, None for none) lets a module
    skip work only its own command needs: ``studio --help`` never loads the exporters."""
    parser = argparse.ArgumentParser(
        prog="studio",
        description="Studio: record, caption, build quizzes, export SCORM/CC/EPUB. "
        "Run with no command to open the window.",
    )
    parser.add_argument("--version", action="version", version=f"studio {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:  # a real missing dependency, not a missing command module
                raise
            continue
        register = module.register
        if "command" in register.__code__.co_varnames[: register.__code__.co_argcount]:
            register(sub, command)
        else:
            register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list == ["--version"]:  # answered before any command module is imported
        print(f"studio {__version__}")
        return 0
    if not args_list:
        from studio.cli.gui_launch import launch_window

        return launch_window(None)
    command = next((a for a in args_list if not a.startswith("-")), None)
    parser = build_parser(command)
    args = parser.parse_args(args_list)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 2
    _exit_cleanly_on_sigterm()
    from studio.tempfiles import clean_leftovers

    clean_leftovers()  # scratch folders of Studio processes killed before they could
    try:
        result: int = func(args)
        return result
    except StudioError as exc:
        print(f"studio: error: {exc.describe()}", file=sys.stderr)
        return 1
    except OSError as exc:
        # A file problem no function above turned into a StudioError: still say which
        # file and what to do, never a traceback.
        where = f"{exc.filename}: " if exc.filename else ""
        print(
            f"studio: error: {where}{exc.strerror or exc}\n"
            "  What to do: check the path, the permissions and the free disk space.",
            file=sys.stderr,
        )
        return 1
    except Cancelled:
        print("studio: cancelled", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print("studio: interrupted", file=sys.stderr)
        return 130


def _terminated(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _exit_cleanly_on_sigterm() -> None:
    """SIGTERM (a logout, ``kill``) ends the command like Ctrl-C: ``finally`` blocks run,
    scratch folders and half-written temporary files are removed."""
    import signal
    import threading

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _terminated)
