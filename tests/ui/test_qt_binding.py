"""The Qt binding Studio runs on survives many signal emits (PySide6 6.12.0 did not)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.qt

SCRIPT = """
from studio.ui.qt import QCoreApplication, QObject, Signal
class Emitter(QObject):
    value = Signal(float)
    flag = Signal(bool)
app = QCoreApplication([])
emitter = Emitter()
seen = []
emitter.value.connect(seen.append)
emitter.flag.connect(lambda b: None)
for i in range(20000):
    emitter.value.emit(float(i))
    emitter.flag.emit(i % 2 == 0)
print(len(seen))
"""


def test_twenty_thousand_emits_do_not_crash_the_process() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            env=env, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "20000"
