"""Studio's own packages: restore the embedded course exactly.

Every export carries ``studio/course.json`` (see ``studio.exporters.embed``):
the course JSON and a map from each media asset id to the package file that
holds it. The course is decoded (and migrated) like a project file; media come
back from the package files, checked against their ids (sha256).
"""

from __future__ import annotations

import json
from pathlib import Path

from studio.course_text import clean_model
from studio.errors import ImportFormatError, ProjectError
from studio.exporters.embed import EMBED_FORMAT, EMBED_PATH
from studio.importers.content import CourseInfo, ImportedContent
from studio.importers.report import ImportReport
from studio.importers.safe_archive import SafeArchive, check_member_name
from studio.importers.spec import CERTAIN, ImporterSpec, Probe, ReadRequest
from studio.jobs import Progress
from studio.media_files import name_problem
from studio.project_file import decode_project


def embedded_entry(archive: SafeArchive) -> str | None:
    """The embedded course entry: at the root, or one folder down (EPUB puts it in ``EPUB/``)."""
    found = archive.find(EMBED_PATH)
    if found is not None:
        return found
    for name in archive.names():
        head, _, tail = name.partition("/")
        if tail == EMBED_PATH and head:
            return name
    return None


def has_embedded_course(archive: SafeArchive) -> bool:
    return embedded_entry(archive) is not None


def read_studio_package(
    archive: SafeArchive, workdir: Path, report: ImportReport, progress: Progress
) -> ImportedContent:
    entry = embedded_entry(archive) or EMBED_PATH
    prefix = entry[: -len(EMBED_PATH)]
    where = f"{archive.where}!{entry}"
    raw = archive.read(entry)
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ImportFormatError(
            f"the embedded Studio course is damaged ({exc})",
            path=where,
            hint="Import the package as a foreign package with --format scorm/cc/epub.",
        ) from exc
    if not isinstance(document, dict) or document.get("format") != EMBED_FORMAT:
        raise ImportFormatError(
            "the embedded Studio course has an unknown format",
            path=where,
            hint="Import the package as a foreign package with --format scorm/cc/epub.",
        )
    try:
        course = decode_project(raw, Path(where))
    except ProjectError as exc:
        raise ImportFormatError(exc.message, path=where, hint=exc.hint) from exc
    except (RecursionError, ValueError, TypeError) as exc:
        raise ImportFormatError(f"the embedded course cannot be read ({exc})", path=where,
                                hint="Export the package again.") from exc
    for key, asset in sorted(course.media.items()):
        problem = name_problem(key, asset)
        if problem is not None:
            raise ImportFormatError(
                f"the embedded course names media file {asset.filename[:80]!r} unsafely: {problem}",
                path=where,
                hint="This package was damaged or tampered with: ask its author for a new export, "
                "or import it as a foreign package with --format scorm/cc/epub.",
            )
    clean_model(course)  # the embedded HTML is cleaned like every other import
    media_map = document.get("media", {})
    if not isinstance(media_map, dict):
        raise ImportFormatError("the embedded media map is not an object", path=where,
                                hint="Export the package again.")
    content = ImportedContent(course=course, assets=dict(course.media))
    content.info = CourseInfo(title=course.title, description=course.description,
                              language=course.language, authors=list(course.authors),
                              keywords=list(course.keywords))
    course.media = {}
    wanted = sorted((k, v) for k, v in media_map.items() if isinstance(k, str) and isinstance(v, str))
    folder = workdir / "package"
    for index, (asset_id, name) in enumerate(wanted):
        progress.update(index / max(1, len(wanted)), f"Unpacking {Path(name).name}")
        if asset_id not in content.assets:
            continue
        try:
            check_member_name(name, where)
        except ImportFormatError:
            report.skipped(f"media {name}", "unsafe path in the embedded media map")
            continue
        member = archive.find(name) or (archive.find(prefix + name) if prefix else None)
        if member is None:
            continue
        content.media.files[asset_id] = archive.extract(member, folder)
    report.kept("package", f"Studio course {course.title!r} restored from the embedded project")
    return content


def _sniff(probe: Probe) -> int:
    return CERTAIN if probe.archive is not None and has_embedded_course(probe.archive) else 0


def _read(request: ReadRequest) -> ImportedContent:
    return read_studio_package(request.need_archive(), request.workdir, request.report, request.progress)


SPEC = ImporterSpec(
    name="studio", label="Studio package", description="any package Studio exported (the course restored exactly)",
    extensions=(".zip", ".imscc", ".epub", ".mbz"), kind="package", sniff=_sniff, read=_read, archive=True,
)
