"""``studio worker``: internal entry of job child processes (used by frozen builds).

Not for people: the parent writes a JSON job spec on stdin and reads JSON lines back
(see ``studio.media.worker``).
"""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "worker", help=argparse.SUPPRESS, description="Internal: run one job from stdin."
    )
    parser.add_argument("--serve", action="store_true", help="run one job per line (warm worker)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from studio.media.worker import child_main, serve_main

    return serve_main() if args.serve else child_main()
