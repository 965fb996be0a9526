"""QTI 1.2.1 assessments: the Common Cartridge profile file, and Canvas' extension file.

``cc_assessment`` writes one ``cc.exam.v0p1`` assessment (one section, every
item with ``cc_profile`` metadata) for a quiz, after ``qti.convert`` mapped
the kinds the profile lacks. ``canvas_assessment`` (in ``qti.canvas``) keeps
every kind as a Canvas question type. ``QuizFiles`` bundles both for the
cartridge and the standalone QTI package.

Assessment metadata: ``cc_maxattempts`` (a number, or ``unlimited``),
``qmd_scoretype`` Percentage, and ``studio_passing_score`` (percent; no LMS
reads a pass mark from a cartridge, so it is also stated in the instructions
shown before the questions, ``presentation_material``). Points per item are
``cc_weighting`` in each item's metadata.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from studio.exporters.qti.convert import QtiPolicy, to_profile
from studio.exporters.qti.items12 import (
    QTI_NS,
    XSI_NS,
    build_item,
    item_title,
    material_html,
    meta_field,
    sub,
)
from studio.exporters.xml import to_bytes
from studio.model.quiz import EssayQuestion, Quiz

CC_QTI_XSD = {
    "1.1": "http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_qtiasiv1p2p1_v1p0.xsd",
    "1.2": "http://www.imsglobal.org/profile/cc/ccv1p2/ccv1p2_qtiasiv1p2p1_v1p0.xsd",
    "1.3": "http://www.imsglobal.org/profile/cc/ccv1p3/ccv1p3_qtiasiv1p2p1_v1p0.xsd",
}
PLAIN_QTI_XSD = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd"
PASSING_SCORE_FIELD = "studio_passing_score"


@dataclass
class QuizFiles:
    """The QTI of one quiz: the CC-profile file, the optional Canvas file, the notes."""

    cc_xml: bytes
    canvas_xml: bytes | None = None
    canvas_meta: bytes | None = None
    notes: list[str] = field(default_factory=list)
    item_count: int = 0




def questestinterop(schema_location: str) -> etree._Element:
    root = etree.Element(f"{{{QTI_NS}}}questestinterop", nsmap={None: QTI_NS, "xsi": XSI_NS})
    root.set(f"{{{XSI_NS}}}schemaLocation", f"{QTI_NS} {schema_location}")
    return root


def max_attempts(quiz: Quiz) -> str:
    return str(quiz.attempts) if quiz.attempts > 0 else "unlimited"


def instructions_html(quiz: Quiz) -> str:
    """The quiz instructions plus the pass mark, shown before the questions."""
    mark = f"<p>To pass: {quiz.passing_score:g} % of the points.</p>"
    return (quiz.instructions or "") + mark


def cc_assessment(
    quiz: Quiz, ident: str, *, version: str = "1.1", policy: QtiPolicy | None = None
) -> tuple[bytes, list[str], int]:
    """(file bytes, conversion notes, item count) of the CC-profile assessment."""
    entries, notes = to_profile(quiz, policy or QtiPolicy())
    root = questestinterop(CC_QTI_XSD[version])
    assessment = sub(root, "assessment", ident=ident, title=quiz.title)
    meta = sub(assessment, "qtimetadata")
    meta_field(meta, "cc_profile", "cc.exam.v0p1")
    meta_field(meta, "qmd_assessmenttype", "Examination")
    meta_field(meta, "qmd_scoretype", "Percentage")
    meta_field(meta, "qmd_feedbackpermitted", "Yes")
    meta_field(meta, "qmd_hintspermitted", "No")
    meta_field(meta, "qmd_solutionspermitted", "Yes")
    meta_field(meta, "cc_maxattempts", max_attempts(quiz))
    meta_field(meta, PASSING_SCORE_FIELD, f"{quiz.passing_score:g}")
    material_html(sub(sub(assessment, "presentation_material"), "flow_mat"), instructions_html(quiz))
    section = sub(assessment, "section", ident="root_section", title=quiz.title)
    for n, entry in enumerate(entries, start=1):
        build_item(section, entry.ident, item_title(n, entry.question.prompt), entry.question,
                   quiz.shuffle_choices)
    if not entries:
        # The profile needs one item per section: say why the quiz is empty.
        empty = EssayQuestion(
            prompt="<p>This quiz has no questions this learning platform can show.</p>",
            points=0, id=f"{ident}-empty",
        )
        build_item(section, empty.id, "No questions", empty, False)
        notes.append(f"quiz {quiz.title!r}: no question could be kept for this target")
    if quiz.draw:
        notes.append(f"quiz {quiz.title!r}: 'draw {quiz.draw} at random' is not in Common "
                     "Cartridge; every question is asked")
    return to_bytes(root), notes, len(entries)


def quiz_files(
    quiz: Quiz, ident: str, *, version: str = "1.1", policy: QtiPolicy | None = None,
    canvas: bool = False,
) -> QuizFiles:
    cc_xml, notes, count = cc_assessment(quiz, ident, version=version, policy=policy)
    files = QuizFiles(cc_xml=cc_xml, notes=notes, item_count=count)
    if canvas:
        from studio.exporters.qti.canvas import canvas_assessment, canvas_quiz_meta

        files.canvas_xml, canvas_notes = canvas_assessment(quiz, ident)
        files.canvas_meta = canvas_quiz_meta(quiz, ident)
        files.notes.extend(canvas_notes)
    return files


def quiz_assets(quiz: Quiz) -> list[str]:
    """Media asset ids the quiz's text points at (``asset:<id>``), in first-use order."""
    import re

    found: dict[str, None] = {}
    for text in _quiz_texts(quiz):
        for ref in re.findall(r"asset:([0-9A-Za-z_.-]+)", text):
            found.setdefault(ref, None)
    return list(found)


def _quiz_texts(quiz: Quiz) -> list[str]:
    texts = [quiz.instructions]
    for q in quiz.questions:
        texts += [q.prompt, q.feedback.correct, q.feedback.incorrect, q.feedback.general]
        texts += [c.text for c in getattr(q, "choices", [])]
        texts += [c.feedback for c in getattr(q, "choices", [])]
    return texts


def quiz_with_media(quiz: Quiz, media_map: dict[str, str], prefix: str) -> Quiz:
    """A copy of the quiz whose ``asset:`` links point at packaged files (``prefix`` + path)."""
    from studio.exporters.render.media_map import rewrite_asset_refs
    from studio.model.serialize import clone

    if not quiz_assets(quiz):
        return quiz
    copy = clone(quiz)

    def fix(html: str) -> str:
        return rewrite_asset_refs(html, media_map, prefix) if "asset:" in html else html

    copy.instructions = fix(copy.instructions)
    for q in copy.questions:
        q.prompt = fix(q.prompt)
        q.feedback.correct = fix(q.feedback.correct)
        q.feedback.incorrect = fix(q.feedback.incorrect)
        q.feedback.general = fix(q.feedback.general)
        for c in getattr(q, "choices", []):
            c.text = fix(c.text)
            c.feedback = fix(c.feedback)
    return copy
