"""What each dependency adds to the PyInstaller build (run after ``make dist``).

Prints the build's total size and the largest parts, grouped by top-level
package or library, largest first.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

DIST = Path(__file__).resolve().parent.parent / "dist" / "studio"


def group_of(path: Path, internal: Path) -> str:
    rel = path.relative_to(internal)
    top = rel.parts[0]
    if len(rel.parts) == 1:
        # Shared libraries at the top: group by library name without version suffixes.
        name = re.sub(r"(\.so[.\d]*|\.dylib|\.dll|\.pyd)$", "", top)
        return f"lib:{name}"
    return re.sub(r"(\.libs|-[\d.]+\.dist-info)$", "", top)


def main() -> None:
    internal = DIST / "_internal"
    if not internal.is_dir():
        sys.exit(f"{DIST} not found: run 'make dist' first")
    sizes: dict[str, int] = defaultdict(int)
    total = 0
    for path in DIST.rglob("*"):
        if path.is_file() and not path.is_symlink():
            size = path.stat().st_size
            total += size
            sizes[group_of(path, internal) if internal in path.parents else path.name] += size
    print(f"build: {total / 1024**2:.0f} MB in {DIST}")
    for name, size in sorted(sizes.items(), key=lambda kv: -kv[1])[:20]:
        print(f"  {size / 1024**2:7.1f} MB  {100 * size / total:5.1f} %  {name}")


if __name__ == "__main__":
    main()
