"""Standalone QTI exports of a course's quizzes, for question banks.

``qti12``: a QTI 1.2 zip in the layout Canvas' "QTI .zip file" import reads
(the layout Canvas itself and text2qti produce): ``imsmanifest.xml`` with one
``imsqti_xmlv1p2`` resource per quiz (``<id>/<id>.xml``, Canvas-flavoured QTI
keeping every question kind) and its ``assessment_meta.xml``. Other QTI 1.2
readers (Blackboard's test and pool import among them, not verified here) take the
same plain QTI 1.2 items.

``qti21``: an IMS QTI 2.1 content package: ``imsmanifest.xml``, one
``items/<question>.xml`` per question (``imsqti_item_xmlv2p1``) and one
``tests/<quiz>.xml`` assessmentTest per quiz (``imsqti_test_xmlv2p1``).

Media the questions show are packaged under ``media/``. The embedded project
(``studio/course.json``) rides along unless ``embed_project`` is off.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from studio.errors import ExportError
from studio.exporters.base import ExporterSpec, ExportOptions, ExportReport
from studio.exporters.embed import EMBED_PATH, embedded_project
from studio.exporters.ims import add_resource, manifest_root
from studio.exporters.package import PackageWriter
from studio.exporters.qti.canvas import canvas_assessment, canvas_quiz_meta
from studio.exporters.qti.items21 import assessment_item, assessment_test
from studio.exporters.qti.qti12 import quiz_assets, quiz_with_media
from studio.exporters.xml import XSI, sub, to_bytes
from studio.jobs import Progress
from studio.media_files import verify_media_file
from studio.model import Course
from studio.model.quiz import Quiz

MANIFEST = "imsmanifest.xml"
CC11_CP = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
IMSMD = "http://www.imsglobal.org/xsd/imsmd_v1p2"
CP = "http://www.imsglobal.org/xsd/imscp_v1p1"
LAR = "associatedcontent/imscc_xmlv1p1/learning-application-resource"


@dataclass
class QtiPackageOptions(ExportOptions):
    """Nothing beyond the common options: every quiz of the course is exported."""


def _quizzes(course: Course) -> list[Quiz]:
    quizzes = [block.quiz for _, _, block in course.quizzes()]
    if not quizzes:
        raise ExportError(
            "the course has no quiz to export as QTI",
            hint="add a quiz block, or choose a course format such as cc11.",
        )
    return quizzes


def _media(course: Course, media_dir: Path, quizzes: list[Quiz]) -> dict[str, str]:
    """asset id -> package path for the media the quizzes show."""
    mapping: dict[str, str] = {}
    for quiz in quizzes:
        for asset_id in quiz_assets(quiz):
            asset = course.media.get(asset_id)
            if asset is not None:
                mapping[asset_id] = f"media/{asset.stored_name}"
    return mapping


def _write(
    course: Course, media_dir: Path, out_path: Path, files: dict[str, bytes],
    media: dict[str, str], options: ExportOptions, fmt: str, progress: Progress,
    notes: list[str],
) -> ExportReport:
    writer = PackageWriter(out_path, first=(MANIFEST,), keep_photo_metadata=options.keep_photo_metadata)
    for name, data in files.items():
        writer.add_bytes(name, data)
    for asset_id, path in media.items():
        writer.add_file(path, verify_media_file(media_dir, course.media[asset_id]))
    if options.embed_project:
        writer.add_bytes(EMBED_PATH, embedded_project(course, media))
    size = writer.write(progress.sub(0.3, 1.0))
    report = ExportReport(path=Path(out_path), format=fmt, size=size, files=len(writer.names))
    report.dropped.extend(notes)
    report.warnings.extend(report.size_warnings())
    progress.update(1.0, "QTI package written")
    return report


def qti12_manifest(course: Course, resources: list[tuple[str, str, str, list[str], list[str]]]
                   ) -> bytes:
    root, meta = manifest_root(
        CC11_CP, {None: CC11_CP, "imsmd": IMSMD, "xsi": XSI}, f"MANIFEST-{course.id}-qti",
        f"{CC11_CP} http://www.imsglobal.org/xsd/imscp_v1p1.xsd "
        f"{IMSMD} http://www.imsglobal.org/xsd/imsmd_v1p2p2.xsd",
        "IMS Content", "1.1.3",
    )
    lom = sub(meta, f"{{{IMSMD}}}lom")
    title = sub(sub(lom, f"{{{IMSMD}}}general"), f"{{{IMSMD}}}title")
    sub(title, f"{{{IMSMD}}}string", f"{course.title}: quizzes")
    sub(root, f"{{{CC11_CP}}}organizations")
    res_el = sub(root, f"{{{CC11_CP}}}resources")
    for ident, rtype, href, files, deps in resources:
        add_resource(res_el, CC11_CP, ident, rtype, href, files, deps)
    return to_bytes(root)


def export_qti12(
    course: Course, media_dir: Path, out_path: Path, options: QtiPackageOptions,
    progress: Progress,
) -> ExportReport:
    quizzes = _quizzes(course)
    media = _media(course, media_dir, quizzes)
    files: dict[str, bytes] = {}
    resources: list[tuple[str, str, str, list[str], list[str]]] = []
    notes: list[str] = []
    for n, quiz in enumerate(quizzes):
        progress.update(0.3 * n / len(quizzes), f"Writing {quiz.title}")
        ident = quiz.id
        quiz_m = quiz_with_media(quiz, media, "$IMS-CC-FILEBASE$/")
        qti, quiz_notes = canvas_assessment(quiz_m, ident)
        notes.extend(quiz_notes)
        qti_path, meta_path = f"{ident}/{ident}.xml", f"{ident}/assessment_meta.xml"
        files[qti_path] = qti
        files[meta_path] = canvas_quiz_meta(quiz_m, ident)
        resources.append((ident, "imsqti_xmlv1p2", "", [qti_path], [f"{ident}-meta"]))
        resources.append((f"{ident}-meta", LAR, meta_path, [meta_path], []))
    for n, path in enumerate(sorted(set(media.values())), start=1):
        resources.append((f"RES-media-{n}", "webcontent", path, [path], []))
    files[MANIFEST] = qti12_manifest(course, resources)
    return _write(course, media_dir, out_path, files, media, options, "qti12", progress, notes)


def qti21_manifest(course: Course, resources: list[tuple[str, str, str, list[str], list[str]]]
                   ) -> bytes:
    root, _ = manifest_root(
        CP, {None: CP, "xsi": XSI}, f"MANIFEST-{course.id}-qti21",
        f"{CP} http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd",
        "QTIv2.1 Package", "1.0.0",
    )
    sub(root, f"{{{CP}}}organizations")
    res_el = sub(root, f"{{{CP}}}resources")
    for ident, rtype, href, files, deps in resources:
        add_resource(res_el, CP, ident, rtype, href, files, deps)
    return to_bytes(root)


def export_qti21(
    course: Course, media_dir: Path, out_path: Path, options: QtiPackageOptions,
    progress: Progress,
) -> ExportReport:
    quizzes = _quizzes(course)
    media = _media(course, media_dir, quizzes)
    files: dict[str, bytes] = {}
    resources: list[tuple[str, str, str, list[str], list[str]]] = []
    for n, quiz in enumerate(quizzes):
        progress.update(0.3 * n / len(quizzes), f"Writing {quiz.title}")
        quiz_m = quiz_with_media(quiz, media, "../")
        refs: list[tuple[str, str]] = []
        item_resources: list[str] = []
        for number, q in enumerate(quiz_m.questions, start=1):
            path = f"items/{q.id}.xml"
            files[path] = assessment_item(q, number, quiz.shuffle_choices)
            used = [media[a] for a in quiz_assets(Quiz(questions=[q])) if a in media]
            resources.append((f"RES-{q.id}", "imsqti_item_xmlv2p1", path, [path, *used], []))
            refs.append((q.id, f"../{path}"))
            item_resources.append(f"RES-{q.id}")
        test_path = f"tests/{quiz.id}.xml"
        files[test_path] = assessment_test(quiz_m, quiz.id, refs)
        resources.append((f"RES-{quiz.id}", "imsqti_test_xmlv2p1", test_path, [test_path],
                          item_resources))
    files[MANIFEST] = qti21_manifest(course, resources)
    return _write(course, media_dir, out_path, files, media, options, "qti21", progress, [])


SPECS = {
    "qti12": ExporterSpec(
        name="qti12",
        extension=".zip",
        description="QTI 1.2 zip of the course's quizzes (Canvas 'QTI .zip' import, "
        "other QTI 1.2 readers); every question kind kept",
        options_type=QtiPackageOptions,
        export=export_qti12,
        label="QTI 1.2 (quizzes)",
    ),
    "qti21": ExporterSpec(
        name="qti21",
        extension=".zip",
        description="IMS QTI 2.1 content package of the course's quizzes (question banks "
        "and pools, e.g. Blackboard Learn's QTI 2.1 pool import)",
        options_type=QtiPackageOptions,
        export=export_qti21,
        label="QTI 2.1 (quizzes)",
    ),
}
