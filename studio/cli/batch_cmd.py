"""``studio batch caption|export|validate``: many inputs, on this machine or a Dask cluster."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from studio.cli.caption_cmd import add_whisper_arguments
from studio.cli.export_cmd import add_export_arguments
from studio.errors import StudioError

EXIT_INTERRUPTED = 130


def register(sub: argparse._SubParsersAction, command: str | None = "") -> None:  # type: ignore[type-arg]
    """``command`` None (top-level help): no per-format flags, so no exporter is imported."""
    b = sub.add_parser(
        "batch",
        help="caption, export or validate many inputs at once (this machine or a Dask cluster)",
        description="Run many inputs on a local pool of worker processes sized to this "
        "machine, on a Dask cluster (--scheduler tcp://HOST:PORT or $STUDIO_DASK_SCHEDULER), "
        "or on Slurm/PBS/SGE through dask-jobqueue (--cluster). A re-run skips what is done; "
        "one bad input fails alone; a summary is written as JSON and CSV.",
    )
    actions = b.add_subparsers(dest="batch_command", metavar="ACTION", required=True)

    c = actions.add_parser(
        "caption",
        help="caption media files, folders of them, and the uncaptioned blocks of projects",
        description="Caption every audio and video file named or found in the folders named "
        "(recursively), and every video/audio block without captions in the projects named.",
    )
    c.add_argument("inputs", nargs="+", type=Path, metavar="INPUT",
                   help="media files, folders, or Studio projects")  # fmt: skip
    c.add_argument("--out", type=Path, metavar="DIR",
                   help="write caption files here, mirroring the folders named (default: next "
                   "to each media file)")  # fmt: skip
    c.add_argument("--format", choices=["vtt", "srt"], default="vtt",
                   help="caption file format (default vtt)")  # fmt: skip
    add_whisper_arguments(c)
    _add_common(c)
    c.set_defaults(func=run_caption_batch)

    e = actions.add_parser(
        "export", help="export many projects", description="Export every project named (or "
        "found in the folders named) to one format, into --out DIR.",
    )  # fmt: skip
    e.add_argument("inputs", nargs="+", type=Path, metavar="PROJECT",
                   help="Studio projects, or folders holding them")  # fmt: skip
    e.add_argument("--out", type=Path, metavar="DIR", required=True,
                   help="folder for the packages (NAME-FORMAT.ext)")  # fmt: skip
    add_export_arguments(e, with_format_flags=command is not None)
    _add_common(e)
    e.set_defaults(func=run_export_batch)

    v = actions.add_parser(
        "validate", help="check many packages", description="Run Studio's package checks on "
        "every package named or found in the folders named (.zip, .imscc, .epub, .mbz).",
    )  # fmt: skip
    v.add_argument("inputs", nargs="+", type=Path, metavar="PACKAGE",
                   help="packages, or folders holding them")  # fmt: skip
    v.add_argument("--out", type=Path, metavar="DIR",
                   help="folder for the summary and the manifest (default: this folder)")  # fmt: skip
    _add_common(v)
    v.set_defaults(func=run_validate_batch)


def _add_common(p: argparse.ArgumentParser) -> None:
    where = p.add_argument_group("where it runs")
    where.add_argument("--workers", type=int, default=0, metavar="N",
                       help="local pool: worker processes (default: sized to this machine)")  # fmt: skip
    where.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                       help="an existing Dask scheduler (default: $STUDIO_DASK_SCHEDULER)")  # fmt: skip
    where.add_argument("--cluster", choices=["slurm", "pbs", "sge"],
                       help="start Dask workers as batch jobs (dask-jobqueue)")  # fmt: skip
    where.add_argument("--cores", type=int, default=4, help="--cluster: cores per job")
    where.add_argument("--memory", default="8GB", help="--cluster: memory per job, e.g. 16GB")
    where.add_argument("--processes", type=int, default=0,
                       help="--cluster: workers per job (default: planned from cores, memory)")  # fmt: skip
    where.add_argument("--jobs", type=int, default=1, help="--cluster: how many jobs")
    where.add_argument("--queue", help="--cluster: queue or partition")
    where.add_argument("--account", help="--cluster: account or project to charge")
    where.add_argument("--walltime", default="01:00:00", help="--cluster: time limit per job")
    where.add_argument("--interface", help="--cluster: network interface workers reach us on")
    where.add_argument("--job-extra", action="append", default=[], metavar="DIRECTIVE",
                       help="--cluster: an extra scheduler directive (repeatable)")  # fmt: skip
    where.add_argument("--print-job-script", action="store_true",
                       help="--cluster: print the job script and stop")  # fmt: skip
    where.add_argument("--path-map", action="append", default=[], metavar="LOCAL=REMOTE",
                       help="the workers see the folder LOCAL as REMOTE (repeatable)")  # fmt: skip
    where.add_argument("--ship-media", action="store_true",
                       help="send the files' bytes to the workers (no shared folder needed)")  # fmt: skip
    p.add_argument("--force", action="store_true",
                   help="redo everything, replacing outputs made before or by others")  # fmt: skip
    p.add_argument("--summary", type=Path, metavar="PATH",
                   help="summary files PATH.json and PATH.csv (default: "
                   "studio-batch-ACTION in --out or this folder)")  # fmt: skip
    p.add_argument("--quiet", action="store_true", help="no progress lines")


def _where(args: argparse.Namespace, per_process: int) -> Any:
    from studio.batch.jobqueue import ClusterRequest
    from studio.batch.paths import PathMap
    from studio.batch.runners import Where, scheduler_from_env

    scheduler = scheduler_from_env(args.scheduler)
    if args.cluster and args.scheduler:
        raise StudioError("give --scheduler or --cluster, not both",
                          hint="--cluster starts its own scheduler.")  # fmt: skip
    cluster = None
    if args.cluster:
        scheduler = None
        cluster = ClusterRequest(
            kind=args.cluster, cores=args.cores, memory=args.memory, per_process=per_process,
            processes=args.processes, jobs=args.jobs, queue=args.queue, account=args.account,
            walltime=args.walltime, interface=args.interface, job_extra=list(args.job_extra),
        )  # fmt: skip
    if args.print_job_script and cluster is None:
        raise StudioError("--print-job-script needs --cluster slurm|pbs|sge")
    if args.workers < 0:
        raise StudioError("--workers must be 0 (automatic) or more")
    return Where(
        scheduler=scheduler, cluster=cluster, workers=args.workers,
        threads=getattr(args, "threads", 0) or 0, per_process=per_process,
        ship_media=args.ship_media, path_map=PathMap.parse(args.path_map),
    )  # fmt: skip


def _print_job_script(where: Any) -> int:
    from studio.batch.jobqueue import make_cluster

    cluster = make_cluster(where.cluster)
    try:
        print(cluster.job_script())
    finally:
        cluster.close()
    return 0


def run_caption_batch(args: argparse.Namespace) -> int:
    from studio.batch.caption import plan_caption
    from studio.batch.sizing import model_memory
    from studio.cli.caption_cmd import caption_options

    options = caption_options(args)
    where = _where(args, model_memory(options.transcribe.model))
    if args.print_job_script:
        return _print_job_script(where)
    plan = plan_caption(list(args.inputs), options, out=args.out, fmt=args.format,
                        force=args.force)  # fmt: skip
    return _run(args, plan, where, audio=True)


def run_export_batch(args: argparse.Namespace) -> int:
    from studio.batch.export import plan_export
    from studio.batch.sizing import OTHER_WORK_MEMORY
    from studio.cli.export_cmd import resolve_export

    where = _where(args, OTHER_WORK_MEMORY)
    if args.print_job_script:
        return _print_job_script(where)
    if where.ship_media:
        raise StudioError("--ship-media sends single files; a project is a folder",
                          hint="export from a folder the workers share (--path-map maps its "
                          "name), or run the export here without --scheduler.")  # fmt: skip
    resolved = resolve_export(args)
    if resolved is None:
        return 2
    spec, options = resolved
    plan = plan_export(list(args.inputs), spec, options, out=args.out, force=args.force)
    return _run(args, plan, where, audio=False)


def run_validate_batch(args: argparse.Namespace) -> int:
    from studio.batch.sizing import OTHER_WORK_MEMORY
    from studio.batch.validate import plan_validate

    where = _where(args, OTHER_WORK_MEMORY)
    if args.print_job_script:
        return _print_job_script(where)
    plan = plan_validate(list(args.inputs), state_dir=args.out or Path.cwd(), force=args.force)
    code = _run(args, plan, where, audio=False)
    invalid = any(r.get("verdict") == "INVALID" for r in plan.rows if r["status"] == "done")
    return 1 if code == 0 and invalid else code


class _Lines:
    """Progress on stderr: one line per finished input, redrawn in place on a terminal."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.tty = sys.stderr.isatty()

    def __call__(self, line: str) -> None:
        if self.quiet:
            return
        if self.tty:
            sys.stderr.write(f"\r{line[:150]:<150}")
        else:
            sys.stderr.write(line + "\n")
        sys.stderr.flush()

    def end(self) -> None:
        if self.tty and not self.quiet:
            sys.stderr.write("\n")


def _run(args: argparse.Namespace, plan: Any, where: Any, *, audio: bool) -> int:
    import time

    from studio.batch.execute import execute
    from studio.batch.progress import BatchTracker
    from studio.batch.runners import open_runner
    from studio.batch.summary import write_summary

    lines = _Lines(args.quiet)
    for note in plan.notes:
        print(f"note: {note}", file=sys.stderr)
    tracker = BatchTracker(f"batch {plan.command}", audio=audio)
    runner_name = "nothing to run"
    interrupted = False
    start = time.monotonic()
    try:
        if plan.items:
            with open_runner(where, len(plan.items)) as runner:
                runner_name = runner.name
                for note in where.notes + getattr(runner, "notes", []):
                    print(f"note: {note}", file=sys.stderr)
                lines(f"batch {plan.command}: {len(plan.items)} to do on {runner.name}")
                execute(plan, runner, tracker, lines)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        lines.end()
        plan.close()  # a runner that never started leaves projects to unlock
        for row in plan.rows:
            if row.get("status") is None:
                row["status"] = "interrupted"
        base = args.summary or (args.out or Path.cwd()) / f"studio-batch-{plan.command}"
        json_path, csv_path = write_summary(base, plan.command, plan.rows, runner=runner_name,
                                            elapsed=time.monotonic() - start,
                                            interrupted=interrupted)  # fmt: skip
    return _report(plan.rows, plan.command, json_path, csv_path, interrupted)


def _report(rows: list[dict[str, Any]], command: str, json_path: Path, csv_path: Path,
            interrupted: bool) -> int:  # fmt: skip
    from studio.batch.summary import totals

    for row in rows:
        if row["status"] == "failed":
            name = str(row.get("input")) + (f" [{row['block']}]" if row.get("block") else "")
            error = str(row.get("error"))
            error = error.removeprefix(f"{row.get('input')}: ")  # the name is said once
            print(f"failed: {name}: {error}", file=sys.stderr)
    t = totals(rows)
    print(f"batch {command}: {t['done']} done, {t['skipped']} skipped, {t['failed']} failed"
          + (f", {t['interrupted']} not finished" if t["interrupted"] else "")
          + f"; summary: {json_path} and {csv_path}")  # fmt: skip
    if interrupted:
        print("studio batch: interrupted; run the same command again to resume (finished "
              "work is kept and skipped)", file=sys.stderr)  # fmt: skip
        return EXIT_INTERRUPTED
    return 1 if t["failed"] else 0
