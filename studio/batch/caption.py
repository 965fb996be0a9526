"""``batch caption``: media files and the uncaptioned blocks of projects, planned and finished.

A media file's captions go next to it (``lecture.mp4`` -> ``lecture.vtt``) or into
``--out DIR``, mirroring the folders below the one named; its manifest lives in that
output folder. A project's blocks get their track through the caption commands, the
project held open (and locked) from planning until its last block is done, and saved
after each block, so an interrupted run keeps every finished block.
"""

from __future__ import annotations

from dataclasses import asdict
from functools import partial
from pathlib import Path
from typing import Any

from studio.batch.execute import Item, Plan
from studio.batch.inputs import find_inputs, is_media
from studio.batch.manifest import Manifest, Manifests, fingerprint
from studio.batch.summary import Row
from studio.batch.work import Outcome, Task
from studio.captions.commands import replace_track
from studio.captions.io import write_caption_file
from studio.captions.report import is_low
from studio.errors import StudioError
from studio.media.captioning import (
    BlockJob,
    Captioned,
    CaptionOptions,
    block_job,
    captioned_from_result,
    media_blocks,
)
from studio.project import Project

_NOT_SETTINGS = ("threads",)  # options that do not change the text: never force a redo


def caption_settings(options: CaptionOptions, fmt: str) -> dict[str, Any]:
    params = {k: v for k, v in asdict(options.transcribe).items() if k not in _NOT_SETTINGS}
    return {"transcribe": params, "profile": options.profile, "format": fmt}


def caption_fields(result: dict[str, Any], done: Captioned, wall: float) -> Row:
    words = [w for cue in done.track.cues for w in cue.words]
    duration = float(result.get("duration") or 0.0)
    return {
        "duration": round(duration, 3),
        "rtf": round(wall / duration, 4) if duration else None,
        "cues": len(done.track.cues),
        "words": len(words),
        "low_confidence_words": sum(1 for w in words if is_low(w)),
        "outside_profile": len(done.exceptions),
        "language": done.track.language,
        "model": str(result.get("model", "")),
        "model_loads": int(result.get("loads", 0)),  # 0: the worker had the model warm
        "notes": "; ".join(done.notes),
    }


def _duration(path: Path) -> float:
    """For progress only: a file that cannot be probed fails later, in its worker."""
    from studio.media.audio_decode import media_duration

    try:
        return media_duration(path)
    except Exception:
        return 0.0


def _params(path: Path, options: CaptionOptions) -> dict[str, Any]:
    return {"path": str(path.resolve()), "label": str(path), "options": options.transcribe.to_params()}


def plan_caption(
    inputs: list[Path], options: CaptionOptions, *, out: Path | None, fmt: str, force: bool
) -> Plan:
    from studio.captions.profiles import get_profile

    get_profile(options.profile)  # a bad profile fails before anything starts
    plan = Plan("caption")
    try:
        _fill(plan, inputs, options, out, fmt, force)
    except BaseException:
        plan.close()  # unlock the projects opened so far
        raise
    return plan


def _fill(
    plan: Plan, inputs: list[Path], options: CaptionOptions, out: Path | None, fmt: str,
    force: bool,
) -> None:  # fmt: skip
    settings = fingerprint(caption_settings(options, fmt))
    found = find_inputs(inputs, is_media, ("an audio or video file", "audio or video files"), projects=True)
    plan.notes.extend(found.notes)
    for path, what, hint in found.problems:
        plan.fail(plan.row(input=str(path)), what, hint, path)
    manifests = Manifests()
    outputs: set[Path] = set()
    for entry in found.files:
        rel = entry.path.relative_to(entry.root) if out else Path(entry.path.name)
        output = ((out / rel) if out else entry.path).with_suffix(f".{fmt}")
        row = plan.row(input=str(entry.path), block="", output=str(output))
        if output.resolve() in outputs:
            plan.fail(row, "another input would write the same caption file", "rename one of them, "
                      "or give --out DIR for separate folders", output)  # fmt: skip
            continue
        outputs.add(output.resolve())
        _plan_media(plan, row, entry.path, output, manifests.at(out or output.parent), options,
                    settings, force)  # fmt: skip
    for folder in found.projects:
        _plan_project(plan, folder, options, force)


def _plan_media(
    plan: Plan,
    row: Row,
    path: Path,
    output: Path,
    manifest: Manifest,
    options: CaptionOptions,
    settings: str,
    force: bool,
) -> None:
    state = plan.needs_run(row, manifest, path, settings, output=output, force=force,
                           refuse_hint="--force replaces it; or move it away first.")  # fmt: skip
    if state is None:
        return
    key = manifest.key(output)
    task = Task(f"t{len(plan.items)}", "transcribe", _params(path, options), _duration(path))

    def finish(outcome: Outcome) -> Row:
        done = captioned_from_result(outcome.result, options.profile,
                                     min_departure_words=options.min_departure_words)  # fmt: skip
        output.parent.mkdir(parents=True, exist_ok=True)
        write_caption_file(output, done.track)
        fields = caption_fields(outcome.result, done, outcome.wall)
        manifest.done(key, path, state, settings, fields, output)
        return fields

    plan.add(Item(task, row, finish))


def _plan_project(plan: Plan, folder: Path, options: CaptionOptions, force: bool) -> None:
    try:
        project = Project.open(folder)  # the lock, as the window takes it
    except StudioError as exc:
        plan.fail(plan.row(input=str(folder), block=""), exc.message, exc.hint, exc.path)
        return
    if project.recovery is not None:  # saving would throw the unsaved work away
        project.close()
        plan.fail(plan.row(input=str(folder), block=""), "the project has unsaved changes "
                  "from a session that ended unexpectedly", "open it in Studio to recover or "
                  "discard them, then run the batch again.", folder)  # fmt: skip
        return
    blocks = media_blocks(project)
    if not blocks:
        plan.notes.append(f"{folder}: no video or audio blocks")
    items: list[Item] = []
    for block in blocks:
        row = plan.row(input=str(folder), block=block.id, output=str(project.folder))
        if block.tracks and not force:
            row.update(status="skipped", note="the block has captions already")
            continue
        try:
            job = block_job(project, block, options)
        except StudioError as exc:  # its media is missing from the project
            plan.fail(row, exc.message, exc.hint, exc.path)
            continue
        asset = project.course.media.get(block.asset)
        weight = (asset.duration if asset else None) or _duration(job.media)
        task = Task(f"t{len(plan.items) + len(items)}", "transcribe",
                    _params(job.media, job.options), weight)  # fmt: skip
        items.append(Item(task, row, partial(_apply, project, block.id, job)))
    if not items:
        project.close()
        return
    left = [len(items)]

    def after() -> None:
        left[0] -= 1
        if left[0] == 0:
            project.close()

    for item in items:
        item.after = after
        plan.add(item)
    plan.cleanup.append(project.close)


def _apply(project: Project, block_id: str, job: BlockJob, outcome: Outcome) -> Row:
    """Apply one block's track through the caption command and save (atomically), as
    ``studio caption --block`` does: its script and slide changes shape the cues."""
    found = project.course.find_block(block_id)
    if found is None:  # cannot happen while we hold the lock; say so if it does
        raise StudioError(f"block {block_id!r} left the project", path=project.folder)
    done = captioned_from_result(outcome.result, job.options.profile, job.script,
                                 job.options.min_departure_words, job.breaks)  # fmt: skip
    replace_track(project.stack, found[1], done.track)  # type: ignore[arg-type]
    project.save()
    return caption_fields(outcome.result, done, outcome.wall)
