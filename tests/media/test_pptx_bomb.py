"""A PowerPoint zip bomb is refused before it is inflated (bounded memory)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation

from studio.errors import ImportFormatError
from studio.importers.safe_archive import SafeArchive

CHILD = r"""
import sys
from studio.errors import ImportFormatError
from studio.media.pptx_read import read_deck
try:
    read_deck(sys.argv[1])
    print("ACCEPTED")
except ImportFormatError as exc:
    print("REFUSED", exc.message)
# VmHWM is this process image's own peak (ru_maxrss would include the forking parent's).
peak_kb = next(int(line.split()[1]) for line in open("/proc/self/status")
               if line.startswith("VmHWM:"))
print("PEAK_MB", peak_kb // 1024)
"""


def _zeros(zf: zipfile.ZipFile, name: str, size: int) -> None:
    chunk = bytes(1024 * 1024)
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    with zf.open(info, "w", force_zip64=True) as out:
        for _ in range(size // len(chunk)):
            out.write(chunk)


def test_pptx_bomb_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    deck = tmp_path / "deck.pptx"
    prs = Presentation()
    prs.slides.add_slide(prs.slide_layouts[6])
    prs.save(str(deck))
    bomb = tmp_path / "bomb.pptx"
    with zipfile.ZipFile(deck) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        _zeros(dst, "ppt/media/image99.png", 400 * 1024 * 1024)
    assert bomb.stat().st_size < 3 * 1024 * 1024
    out = subprocess.run([sys.executable, "-c", CHILD, str(bomb)], capture_output=True,
                         text=True, timeout=300, check=True).stdout
    assert "REFUSED" in out and "zip bomb" in out, out
    peak = int(out.split("PEAK_MB")[1])
    assert peak < 200, f"peak memory {peak} MB"


def test_many_small_entries_are_a_bomb_too(tmp_path: Path) -> None:
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for n in range(300):
            zf.writestr(f"pages/{n}.html", bytes(1000 * 1024))  # each under the 1 MiB floor
    with pytest.raises(ImportFormatError, match="suspiciously well"):
        SafeArchive(path)
