"""Start a private Xvfb for a test (a free display number chosen by Xvfb itself)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def xvfb_display(screen: str = "1366x768x24") -> Iterator[str]:
    """Yield ``":N"`` for a new Xvfb of ``screen`` (WIDTHxHEIGHTxDEPTH); stops it after."""
    if shutil.which("Xvfb") is None:
        raise RuntimeError("Xvfb is missing: apt-get install xvfb")
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", screen, "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write)
    number = b""
    with os.fdopen(read, "rb") as pipe:
        while not number.endswith(b"\n"):
            chunk = pipe.read(1)
            if not chunk:
                break
            number += chunk
    try:
        yield f":{number.decode().strip()}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
