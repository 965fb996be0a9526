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
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from studio.media.worker import child_main

    return child_main()
