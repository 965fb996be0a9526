"""Run with Debian's python3 (python3-pyatspi): what a screen reader sees of Studio.

``python3 tests/ui/atspi_walk.py OUTDIR`` waits for ``OUTDIR/<screen>.ready`` files
written by ``tests.ui.atspi_app``, walks the application's accessibility tree over
AT-SPI each time, writes ``<screen>.json`` (every interactive control: role, name,
and whether it has one) and ``<screen>.done``; stops at ``all.done``.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pyatspi

INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text",
    "spin button", "slider", "page tab", "list", "table", "tree", "tree table",
    "menu item", "check menu item", "radio menu item", "entry", "password text",
}


def find_app(name: str, timeout: float = 30.0):  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and name.lower() in (app.name or "").lower():
                return app
        time.sleep(0.3)
    raise SystemExit(f"no accessible application named {name!r} on the bus")


def walk(node, out: list, depth: int = 0) -> None:  # type: ignore[no-untyped-def]
    if node is None or depth > 60:
        return
    try:
        role = node.getRoleName()
        states = node.getState()
        showing = states.contains(pyatspi.STATE_SHOWING)
        name = node.name or ""
    except Exception:
        return
    if role in INTERACTIVE and showing:
        out.append({"role": role, "name": name, "named": bool(name.strip())})
    if role in ("menu bar",) or showing or role in ("application", "frame", "dialog"):
        try:
            count = node.childCount
        except Exception:
            return
        for i in range(min(count, 400)):
            try:
                child = node.getChildAtIndex(i)
            except Exception:
                continue
            walk(child, out, depth + 1)


def main(out: Path) -> int:
    app = None
    while not (out / "all.done").exists():
        for ready in sorted(out.glob("*.ready")):
            screen = ready.stem
            if (out / f"{screen}.done").exists():
                continue
            app = app or find_app("Studio")
            time.sleep(0.5)  # let the bridge publish the new widgets
            found: list = []
            walk(app, found)
            (out / f"{screen}.json").write_text(json.dumps(found, ensure_ascii=False, indent=1),
                                                encoding="utf-8")
            (out / f"{screen}.done").write_text("", encoding="utf-8")
        time.sleep(0.2)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
