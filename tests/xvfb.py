"""A private X server for tests that need a real display: ready when it says so.

Xvfb writes its display number to ``-displayfd`` once it accepts connections, so the
caller waits on that, never on a guessed delay, and never collides with another test's
display number.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator


@contextlib.contextmanager
def xvfb_display(size: str = "1400x900x24") -> Iterator[str]:
    """``:N`` of a fresh Xvfb that is ready for clients; stopped afterwards."""
    if shutil.which("Xvfb") is None:
        raise RuntimeError("Xvfb is missing: apt-get install xvfb")
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", size, "-nolisten", "tcp"],
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
        if not number.strip():
            raise RuntimeError("Xvfb did not start")
        yield f":{number.decode().strip()}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
