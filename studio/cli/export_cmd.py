"""``studio export`` and ``studio validate``.

Export options come from each exporter's options dataclass: a field whose metadata
has ``cli`` (or ``flag``) gets that command-line flag; every field can also be set
with ``--option name=value``. Presets (``studio.exporters.presets``) choose the
format and options known to import cleanly in an LMS.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

from studio.cli.options import field_types as _field_types
from studio.cli.options import option_values
from studio.errors import StudioError
from studio.units import human_size, upload_fit


def _specs() -> dict[str, Any]:
    from studio.exporters import EXPORTERS

    return dict(EXPORTERS)


def _presets() -> dict[str, Any]:
    try:
        from studio.exporters.presets import PRESETS
    except ModuleNotFoundError:
        return {}
    return dict(PRESETS)


def _cli_flag(f: dataclasses.Field[Any]) -> str | None:
    flag = f.metadata.get("cli") or f.metadata.get("flag")
    return str(flag) if flag else None


def _option_flags() -> list[tuple[str, dataclasses.Field[Any], Any]]:
    """(flag, field, type) for every exporter option that declares a flag, once per flag."""
    seen: dict[str, tuple[str, dataclasses.Field[Any], Any]] = {}
    for spec in _specs().values():
        types = _field_types(spec.options_type)
        for f in dataclasses.fields(spec.options_type):
            flag = _cli_flag(f)
            if flag and flag not in seen:
                seen[flag] = (flag, f, types.get(f.name, str))
    return list(seen.values())


def register(sub: argparse._SubParsersAction, command: str | None = "") -> None:  # type: ignore[type-arg]
    """``command`` None (top-level help): the per-format flags are left out, so the
    exporters are not imported just to list the commands."""
    p = sub.add_parser(
        "export",
        help="export a course as SCORM, Common Cartridge, QTI or EPUB",
        description="Export the course of the project at PATH as one package.",
    )
    p.add_argument("path", nargs="?", type=Path, help="the project folder (.studio)")
    p.add_argument(
        "-o", "--output", type=Path, help="package to write (default: beside the project)"
    )
    p.add_argument("--list-presets", action="store_true", help="list the LMS presets and exit")
    p.add_argument("--list-formats", action="store_true", help="list the formats and their options")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument(
        "--overwrite", action="store_true", help="replace the package if the file exists already"
    )
    add_export_arguments(p, with_format_flags=command is not None)
    p.set_defaults(func=run)

    v = sub.add_parser(
        "validate",
        help="check a package (SCORM, CC, EPUB, cmi5, Moodle backup) with Studio's own checks",
        description="Check manifest structure, referenced files, zip hygiene and the resume-data "
        "budget; prints each problem with its location. Exit 0 when there is no error.",
    )
    v.add_argument("package", type=Path,
                   help="the .zip, .imscc, .epub or .mbz file; or a project folder (.studio) for "
                   "its publish checklist, as `studio info` prints it")
    v.add_argument("--preset", default="generic",
                   help="with a project: the LMS the checklist is for")
    v.add_argument("--json", action="store_true", help="print the result as JSON")
    v.set_defaults(func=run_validate)


def add_export_arguments(p: argparse.ArgumentParser, *, with_format_flags: bool = True) -> None:
    """Format, preset and every exporter option: shared by ``export`` and ``batch export``.

    Without ``with_format_flags`` (the top-level help) the per-format flags are left out,
    so the exporters are not imported just to list the commands."""
    p.add_argument("--format", "-f", dest="format", help="format name (see --list-formats)")
    p.add_argument("--preset", help="an LMS preset (see --list-presets)")
    p.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="set any option of the chosen format (repeatable)",
    )
    p.add_argument("--no-embed", action="store_true", help="do not embed the course JSON")
    for flag, f, tp in _option_flags() if with_format_flags else []:
        help_text = str(f.metadata.get("help", ""))
        dest = f"opt__{f.name}"
        if tp is bool or tp == "bool":
            action = "store_false" if f.default is True else "store_true"
            p.add_argument(
                flag, dest=dest, action=action, default=argparse.SUPPRESS, help=help_text
            )
        else:
            choices = f.metadata.get("choices")
            p.add_argument(
                flag,
                dest=dest,
                default=argparse.SUPPRESS,
                choices=list(choices) if choices else None,
                help=help_text,
            )


# ---------------------------------------------------------------- options


def build_options(spec: Any, preset_options: dict[str, Any], args: argparse.Namespace) -> Any:
    """The options object: defaults < preset < explicit flags < ``--option``."""
    fields = {f.name: f for f in dataclasses.fields(spec.options_type)}
    values: dict[str, Any] = dict(preset_options)
    for key, value in vars(args).items():
        if not key.startswith("opt__"):
            continue
        name = key[len("opt__") :]
        if name not in fields:
            raise StudioError(
                f"the {spec.name} format has no option {name.replace('_', '-')}",
                hint=f"options of {spec.name}: {', '.join(sorted(fields))}",
            )
        values[name] = value
    values.update(option_values(spec.name, spec.options_type, args.option, "sco_per_lesson=true"))
    if args.no_embed and "embed_project" in fields:
        values["embed_project"] = False
    try:
        return spec.options_from(values)
    except (TypeError, ValueError) as exc:
        raise StudioError(str(exc), hint="see 'studio export --list-formats'") from exc


# ---------------------------------------------------------------- listing


def _list_formats() -> None:
    for name, spec in sorted(_specs().items()):
        print(f"{name:<10} {spec.label or name}: {spec.description}")
        for f in dataclasses.fields(spec.options_type):
            flag = _cli_flag(f)
            shown = f"{flag} / " if flag else ""
            print(
                f"    {shown}--option {f.name}=... (default {f.default!r}): {f.metadata.get('help', '')}"
            )


def _list_presets() -> None:
    presets = _presets()
    if not presets:
        print("No LMS presets in this build.")
        return
    for name, preset in presets.items():
        print(f"{name} ({preset.format}): {preset.description}")
        for drop in getattr(preset, "drops", ()):
            print(f"    drops: {drop}")
        if getattr(preset, "cmi5", ""):
            print(f"    cmi5: {preset.cmi5}")
    from studio.exporters.presets import cmi5_summary

    print(f"cmi5 packages (--format cmi5) are taken by: {cmi5_summary()}")


# ---------------------------------------------------------------- run


def resolve_export(args: argparse.Namespace) -> tuple[Any, Any] | None:
    """(exporter spec, options) from --format/--preset and the option flags; None (after
    printing a usage error) when neither a format nor a preset was given."""
    preset_options: dict[str, Any] = {}
    fmt = args.format
    if args.preset:
        presets = _presets()
        preset = presets.get(args.preset)
        if preset is None:
            raise StudioError(
                f"unknown preset {args.preset!r}",
                hint=f"presets: {', '.join(presets) or 'none'} (studio export --list-presets)",
            )
        if fmt and fmt != preset.format:
            raise StudioError(
                f"preset {args.preset} exports {preset.format}, not {fmt}", hint="drop --format"
            )
        fmt = preset.format
        preset_options = dict(preset.options)
    if not fmt:
        print(
            f"studio export: error: choose a --format ({', '.join(sorted(_specs()))}) or a --preset",
            file=sys.stderr,
        )
        return None
    from studio.exporters import get_exporter

    spec = get_exporter(fmt)
    return spec, build_options(spec, preset_options, args)


def run(args: argparse.Namespace) -> int:
    if args.list_presets:
        _list_presets()
        return 0
    if args.list_formats:
        _list_formats()
        return 0
    if args.path is None:
        print("studio export: error: give the project PATH", file=sys.stderr)
        return 2
    resolved = resolve_export(args)
    if resolved is None:
        return 2
    spec, options = resolved
    fmt = spec.name
    from studio.cli.progress_bar import cli_progress
    from studio.exporters.output import export_project, package_name

    project_path = Path(args.path)
    out = args.output or project_path.resolve().parent / package_name(project_path, spec)
    progress = cli_progress(f"export {fmt}", quiet=args.quiet)
    report = export_project(
        project_path, spec, options, Path(out), overwrite=args.overwrite, progress=progress
    )
    print(f"Package: {report.path}")
    print(f"Format: {spec.label or fmt}; {report.files} files; {human_size(report.size)}")
    print(f"Size: {upload_fit(report.size)}")
    for warning in report.warnings:
        print(f"Warning: {warning}")
    for dropped in report.dropped:
        print(f"Dropped by the target: {dropped}")
    return 0


def run_validate(args: argparse.Namespace) -> int:
    from studio.exporters.validate.packages import validate_package

    if (args.package / "project.json").is_file():
        return _validate_project(args)
    result = validate_package(args.package)
    if args.json:
        print(result.to_json())
    else:
        for problem in result.problems:  # file:line: severity: message, as compilers do
            print(f"{args.package.name}: {problem.where}: {problem.severity}: {problem.message}")
        errors = len(result.errors)
        warnings = len(result.problems) - errors
        verdict = "VALID" if result.ok else "INVALID"
        print(
            f"{args.package.name}: {verdict} [{result.kind}] {errors} error(s), {warnings} warning(s)"
        )
    return 0 if result.ok else 1


def _validate_project(args: argparse.Namespace) -> int:
    """``studio validate PROJECT``: the publish checklist (the same list as ``studio info``)."""
    from studio.cli.project_cmds import course_info, print_checklist
    from studio.project import Project

    with Project.open(args.package, read_only=True) as project:
        info = course_info(project, args.preset)
    problems = info["problems"]
    if args.json:
        print(json.dumps(problems, indent=2, ensure_ascii=False))
    else:
        print_checklist(problems, indent="")
    return 1 if any(p["severity"] == "error" for p in problems) else 0
