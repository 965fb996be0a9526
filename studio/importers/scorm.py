"""SCORM 1.2 / 2004 packages made by other tools -> a course.

The default organization becomes modules and lessons; each SCO or asset's launch
page becomes page blocks (see ``html_pages``), media files become video/audio
blocks with their caption files, QTI files in a resource become quizzes. A launch
page that is a small JavaScript player gives the content pages it shows and its
question scripts (``player_pages``). Players that draw everything with JavaScript
(Articulate, Captivate) leave little HTML; their media files are kept in a last
lesson and the report says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from studio.errors import ImportFormatError
from studio.importers.content import CourseInfo, ImportedContent
from studio.importers.html_pages import PackageFiles
from studio.importers.manifest import Item, Resource, read_manifest
from studio.importers.package_tree import (
    Sections,
    build_modules,
    orphan_media,
    resource_sections,
    unused_pages,
)
from studio.importers.report import ImportReport
from studio.importers.safe_archive import SafeArchive
from studio.importers.spec import ImporterSpec, ImportOptions, Probe, ReadRequest
from studio.jobs import Progress
from studio.model.course import Module
from studio.options import option


@dataclass
class ScormOptions(ImportOptions):
    player_pages: bool = option(
        True,
        "when a launch page is a JavaScript player, import the content pages it shows (listed in "
        "the manifest or in the player's page list) and its question scripts; off: only what "
        "the items launch",
    )


def read_scorm(
    archive: SafeArchive, workdir: Path, report: ImportReport, progress: Progress,
    options: ScormOptions | None = None,
) -> ImportedContent:
    manifest = read_manifest(archive)
    content = ImportedContent()
    files = PackageFiles(archive, workdir, content.media, report)
    title = manifest.organization_title or manifest.title or Path(archive.where).stem
    version = manifest.schema_version or "1.2"
    report.kept("package", f"SCORM {version} package {title!r}")

    def blocks(item: Item, resource: Resource | None) -> Sections:
        if resource is None:
            return []
        return resource_sections(files, resource, report, players=(options or ScormOptions()).player_pages)

    modules = build_modules(manifest, title, blocks, report, progress)
    extra = orphan_media(files, report)
    if extra is not None:
        if modules:
            modules[-1].lessons.append(extra)
        else:
            modules.append(Module(title=title, lessons=[extra]))
    unused_pages(files, report)
    if not modules:
        raise ImportFormatError(
            "nothing in this SCORM package could be imported",
            path=archive.where,
            hint="The package shows its content with a JavaScript player and holds no pages "
            "or media Studio can read; import its source files instead.",
        )
    content.modules = modules
    content.info = CourseInfo(title=title, description=manifest.description,
                              language=manifest.language, keywords=manifest.keywords)
    return content


def _sniff(probe: Probe) -> int:
    head = probe.manifest_head
    if head is None:
        return 0
    return 60 if b"adlcp" in head or b"scorm" in head else 20  # any other manifest: try SCORM


def _read(request: ReadRequest) -> ImportedContent:
    return read_scorm(request.need_archive(), request.workdir, request.report, request.progress,
                      request.options)


SPEC = ImporterSpec(
    name="scorm", label="SCORM package", description="SCORM 1.2 and 2004 packages made by other tools",
    extensions=(".zip",), kind="package", sniff=_sniff, read=_read, archive=True,
    options_type=ScormOptions,
)
