"""Write the Qt translation catalogue ``studio_en.ts`` from the window's ``tr("...")`` calls
and the core's ``phrase("...")`` calls (context ``Checks``).

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
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
UI = HERE.parent.parent / "studio" / "ui"


# Functions whose first argument is a label the window shows through ``tr(label)``.
LABEL_FUNCS: dict[str, tuple[int, ...]] = {
    "make": (0, 3), "_action": (0,), "_button": (1,), "tr_noop": (0,),
}
# Keyword arguments that carry labels (``short="Link"``, ``accessible_name="..."``).
LABEL_KEYWORDS = frozenset({"short", "accessible_name"})
# Module-level tables of labels shown through ``tr(...)``: name -> where the label is
# ("values" of a dict, or the index in each tuple of a list).
TABLES: dict[str, str | int] = {
    "KIND_LABELS": "values", "BLOCK_NAMES": "values", "MEDIA_FILTERS": "values",
    "FIX_LABELS": "values", "FILE_FILTERS": "values", "COMPLETION_RULES": 1,
    "BLOCK_MENU_NAMES": "values", "PROFILE_LABELS": "values", "HEADERS": "items",
    "SHORTCUTS": 1, "HEADINGS": 1,
}


def _table_strings(node: ast.AST, where: str | int) -> list[ast.Constant]:
    found: list[ast.Constant] = []
    if where == "items" and isinstance(node, ast.List | ast.Tuple):
        found = [v for v in node.elts if isinstance(v, ast.Constant)]
    elif where == "values" and isinstance(node, ast.Dict):
        found = [v for v in node.values if isinstance(v, ast.Constant)]
    elif isinstance(where, int) and isinstance(node, ast.List | ast.Tuple):
        for item in node.elts:
            if isinstance(item, ast.Tuple) and len(item.elts) > where:
                value = item.elts[where]
                if isinstance(value, ast.Constant):
                    found.append(value)
    return [c for c in found if isinstance(c.value, str) and c.value.strip()]


def find_strings(root: Path = UI) -> dict[str, list[tuple[str, str, int]]]:
    """context -> [(source text, file, line)] for every string the window translates:
    ``tr("literal")``, labels given to the label helpers, the label tables, and the
    export options' labels and choices and the LMS names (``core_strings``)."""
    found: dict[str, list[tuple[str, str, int]]] = {}
    seen: set[tuple[str, str]] = set()

    def add(context: str, text: str, rel: str, line: int) -> None:
        if not any(ch.isalpha() for ch in text):
            return  # "#", "• —": nothing to translate
        if (context, text) not in seen:
            seen.add((context, text))
            found.setdefault(context, []).append((text, rel, line))

    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        rel = path.relative_to(root.parent.parent).as_posix()
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name) and target.id in TABLES and node.value:
                        for const in _table_strings(node.value, TABLES[target.id]):
                            add("Studio", const.value, rel, const.lineno)
            if not isinstance(node, ast.Call):
                continue
            for keyword in node.keywords:
                value = keyword.value
                if (keyword.arg in LABEL_KEYWORDS and isinstance(value, ast.Constant)
                        and isinstance(value.value, str) and value.value.strip()):
                    add("Studio", value.value, rel, node.lineno)
            name = node.func.id if isinstance(node.func, ast.Name) else (
                node.func.attr if isinstance(node.func, ast.Attribute) else "")
            for index in (0,) if name == "tr" else LABEL_FUNCS.get(name, ()):
                if index >= len(node.args):
                    continue
                arg = node.args[index]
                if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                    continue
                if name == "tr":
                    context = "Studio"
                    if len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
                        context = str(node.args[1].value)
                    add(context, arg.value, rel, node.lineno)
                elif arg.value.strip():
                    add("Studio", arg.value, rel, node.lineno)
    for text, rel in core_strings():
        add("Studio", text, rel, 0)
    for text, rel, line in core_phrases():
        add("Checks", text, rel, line)
    return found


def core_phrases(root: Path = UI.parent) -> list[tuple[str, str, int]]:
    """The words of every ``phrase("...")`` in the core (checks, caption warnings), which
    the window shows through ``studio.ui.phrases.say``; a bare field (``"{path}"``) has
    nothing to translate."""
    out: list[tuple[str, str, int]] = []
    for path in sorted(root.rglob("*.py")):
        if path.is_relative_to(UI):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        rel = path.relative_to(root.parent).as_posix()
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "phrase" and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                    and not re.fullmatch(r"\{\w+\}", node.args[0].value)):
                out.append((node.args[0].value, rel, node.lineno))
    return out


def core_strings() -> list[tuple[str, str]]:
    """Labels the core declares and the window translates: export options and LMS names."""
    import dataclasses

    sys.path.insert(0, str(UI.parent.parent))
    from studio.exporters import exporters
    from studio.exporters.base import choice_labels
    from studio.exporters.presets import LMS_TITLES
    from studio.importers.registry import offered

    out: list[tuple[str, str]] = []
    for spec in exporters().values():
        module = spec.options_type.__module__.replace(".", "/") + ".py"
        if spec.label:
            out.append((spec.label, module))
        for f in dataclasses.fields(spec.options_type):
            if f.metadata.get("label"):
                out.append((str(f.metadata["label"]), module))
            if isinstance(f.metadata.get("choices"), dict):
                out += [(text, module) for text in choice_labels(f).values()]
    out += [(title, "studio/exporters/presets.py") for title in LMS_TITLES.values()]
    from studio.exporters.presets import PRESETS

    for preset in PRESETS.values():  # what the export dialog says about each LMS
        out.append((preset.description, "studio/exporters/presets.py"))
        out += [(drop, "studio/exporters/presets.py") for drop in preset.drops]
        if preset.cmi5:
            out.append((preset.cmi5, "studio/exporters/presets.py"))
    for spec in exporters().values():
        if spec.description:
            out.append((spec.description, spec.options_type.__module__.replace(".", "/") + ".py"))
    out += [(spec.label, "studio/importers/registry.py") for spec in offered()]
    return out


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
                (f'        <location filename="../../{file}" line="{line}"/>' if line
                 else f'        <location filename="../../{file}"/>'),
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
