"""Write the Qt translation catalogue ``studio_en.ts`` from the window's ``tr("...")`` calls.

Studio's UI translates through ``studio.ui.qt.tr(text, context="Studio")``, which
``pyside6-lupdate`` does not recognise, so this script finds the calls itself (with
``ast``) and writes a standard Qt Linguist ``.ts`` file. Translators copy it to
``studio_<lang>.ts`` (fr, es, pt_BR...), translate it in Qt Linguist, and compile it
with ``pyside6-lrelease studio_fr.ts`` to ``studio_fr.qm``, which Studio loads at
start for that system language. Existing translations in a target file are kept.

    python resources/i18n/update_catalogue.py [--lang fr]
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
UI = HERE.parent.parent / "studio" / "ui"


def find_strings(root: Path = UI) -> dict[str, list[tuple[str, str, int]]]:
    """context -> [(source text, file, line)] for every ``tr("literal")`` call."""
    found: dict[str, list[tuple[str, str, int]]] = {}
    seen: set[tuple[str, str]] = set()
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "tr" and node.args):
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            context = "Studio"
            if len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
                context = str(node.args[1].value)
            key = (context, first.value)
            if key in seen:
                continue
            seen.add(key)
            rel = path.relative_to(root.parent.parent).as_posix()
            found.setdefault(context, []).append((first.value, rel, node.lineno))
    return found


def existing_translations(ts: Path) -> dict[tuple[str, str], str]:
    if not ts.exists():
        return {}
    import xml.etree.ElementTree as ET

    out: dict[tuple[str, str], str] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            text = message.findtext("translation", "")
            if text:
                out[(name, message.findtext("source", ""))] = text
    return out


def render(lang: str, strings: dict[str, list[tuple[str, str, int]]],
           done: dict[tuple[str, str], str]) -> str:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{lang}" sourcelanguage="en">']
    for context in sorted(strings):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for text, file, line in strings[context]:
            translation = done.get((context, text), "")
            state = "" if translation else ' type="unfinished"'
            lines += [
                "    <message>",
                f'        <location filename="../../{file}" line="{line}"/>',
                f"        <source>{escape(text)}</source>",
                f"        <translation{state}>{escape(translation)}</translation>",
                "    </message>",
            ]
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en")
    args = parser.parse_args(argv)
    target = HERE / f"studio_{args.lang}.ts"
    text = render(args.lang, find_strings(), existing_translations(target))
    tmp = target.with_suffix(".ts.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)
    count = text.count("<message>")
    print(f"{target.name}: {count} strings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
