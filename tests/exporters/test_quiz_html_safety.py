"""Hostile HTML in every quiz field comes out inert in QTI and Common Cartridge.

An LMS renders a QTI ``mattext`` of type ``text/html`` (and a CC topic's text) as
markup, and some ignore ``texttype`` altogether. So every field that reaches one of
these files is either sanitized HTML or escaped text: a parser of the package finds
no script, no event handler and no ``javascript:`` URL, whether it reads the text as
HTML or not. The payloads come in through a CSV file and through a Studio package
whose embedded course holds them raw (as an older or tampered package would).
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html

from studio.exporters import EXPORTERS
from studio.exporters.presets import PRESETS
from studio.importers import import_new
from studio.jobs import null_progress
from studio.model import (
    Choice,
    DiscussionBlock,
    EssayQuestion,
    Feedback,
    FillBlankQuestion,
    Lesson,
    MatchingQuestion,
    MatchPair,
    Module,
    MultipleResponseQuestion,
    OrderingQuestion,
    OrderItem,
    Quiz,
    QuizBlock,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from studio.model.serialize import course_to_data
from studio.project import Project

EVIL = [
    '<img src=x onerror="alert(1)">',
    "<script>alert(2)</script>",
    '<a href="javascript:alert(3)">go</a>',
    "<svg onload=alert(4)></svg>",
    '<iframe src="http://attacker.invalid/"></iframe>',
]
# Elements whose text a consumer renders as HTML: QTI 1.2 mattext, a CC topic's text,
# Canvas' quiz description. (QTI 2.1 carries XHTML as elements; its text nodes are text.)
HTML_AS_TEXT = {"mattext", "text", "description"}
DANGEROUS_TAGS = {"script", "iframe", "object", "embed", "svg", "form", "style", "base", "meta"}

CSV_TEXT = "\n".join(
    [
        "type,question,points,answer,option 1,option 2,option 3,correct feedback,"
        "incorrect feedback,explanation",
        *(
            f'mc,"Q{n} {p.replace(chr(34), chr(34) * 2)}",1,1,'
            f'"{p.replace(chr(34), chr(34) * 2)}",'
            f'"B {p.replace(chr(34), chr(34) * 2)}",C,'
            f'"{p.replace(chr(34), chr(34) * 2)}","{p.replace(chr(34), chr(34) * 2)}",'
            f'"{p.replace(chr(34), chr(34) * 2)}"'
            for n, p in enumerate(EVIL)
        ),
    ]
)


def _hostile_quiz() -> Quiz:
    p = " ".join(EVIL)
    fb = Feedback(correct=p, incorrect=p, general=p)
    choices = [Choice(text=p, correct=True, feedback=p), Choice(text="B " + p, feedback=p)]
    return Quiz(
        title="Q " + p,
        instructions=p,
        questions=[
            SingleChoiceQuestion(prompt=p, choices=choices, feedback=fb),
            MultipleResponseQuestion(prompt=p, choices=[Choice(text=p, correct=True),
                                                        Choice(text="x" + p)], feedback=fb),
            TrueFalseQuestion(prompt=p, true_feedback=p, false_feedback=p, feedback=fb),
            FillBlankQuestion(prompt=p, accepted=[p, "ok"], feedback=fb),
            MatchingQuestion(prompt=p, pairs=[MatchPair(p, "a" + p), MatchPair("b", p)],
                             distractors=[p + "d"], feedback=fb),
            OrderingQuestion(prompt=p, items=[OrderItem(p), OrderItem("2" + p)], feedback=fb),
            EssayQuestion(prompt=p, guidance=p, feedback=fb),
        ],
    )


def _studio_package(tmp_path: Path) -> Path:
    """A package whose embedded course holds the payloads raw (never sanitized)."""
    with Project.create(tmp_path / "src", title="Clean") as project:
        project.course.modules = [Module(title="M", lessons=[Lesson(title="L", blocks=[
            QuizBlock(quiz=Quiz(title="T"))])])]
        spec = EXPORTERS["scorm12"]
        clean = tmp_path / "clean.zip"
        spec.export(project.course, project.media_dir, clean, spec.default_options(),
                    null_progress())
        raw = course_to_data(project.course)
    raw["modules"][0]["lessons"][0]["blocks"] = [
        {"kind": "quiz", "quiz": _to_data(_hostile_quiz()), "id": "blk-q"},
        {"kind": "discussion", "title": "D", "prompt": " ".join(EVIL), "id": "blk-d"},
    ]
    hostile = tmp_path / "hostile.zip"
    with zipfile.ZipFile(clean) as src, zipfile.ZipFile(hostile, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "studio/course.json":
                doc = json.loads(data)
                doc["course"] = raw
                data = json.dumps(doc).encode()
            dst.writestr(info, data)
    return hostile


def _to_data(quiz: Quiz) -> dict[str, object]:
    from studio.model.serialize import to_data

    return to_data(quiz)  # type: ignore[no-any-return]


def _check_fragment(markup: str, where: str) -> None:
    """``markup`` read as HTML holds nothing that can run."""
    root = lxml_html.fragment_fromstring(markup, create_parent="div")
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        assert el.tag.lower() not in DANGEROUS_TAGS, f"{where}: <{el.tag}> in {markup[:120]!r}"
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on"), f"{where}: {name}= in {markup[:120]!r}"
            assert "javascript:" not in value.lower().replace(" ", ""), f"{where}: {value!r}"


def assert_inert(package: Path) -> int:
    """Every XML file of the package, and every text in it read as HTML, is inert."""
    checked = 0
    with zipfile.ZipFile(package) as zf:
        for name in zf.namelist():
            if not name.endswith((".xml", ".qti")) or name.startswith("studio/"):
                continue
            root = etree.fromstring(zf.read(name))
            for el in root.iter():
                if not isinstance(el.tag, str):
                    continue
                local = etree.QName(el).localname.lower()
                assert local not in DANGEROUS_TAGS, f"{name}: element {local}"
                for attr, value in el.attrib.items():
                    attr_name = etree.QName(attr).localname.lower()
                    assert not attr_name.startswith("on"), name
                    if attr_name in {"href", "src", "uri", "url", "action"}:
                        assert not value.lower().strip().startswith("javascript:"), name
                text = el.text
                if local in HTML_AS_TEXT and text and "<" in text:
                    _check_fragment(text, name)  # markup the consumer renders as HTML
                    checked += 1
    return checked


def _targets() -> list[tuple[str, str, dict[str, object]]]:
    direct = [(name, name, {}) for name in ("qti12", "qti21", "cc11", "cc13")]
    presets = [(f"preset {p.name}", p.format, dict(p.options)) for p in PRESETS.values()]
    return direct + presets


@pytest.mark.parametrize("source", ["csv", "studio package"])
def test_hostile_quiz_html_is_inert_in_every_qti_and_cartridge(tmp_path: Path,
                                                                source: str) -> None:
    if source == "csv":
        src = tmp_path / "bank.csv"
        src.write_text(CSV_TEXT, encoding="utf-8")
    else:
        src = _studio_package(tmp_path)
    import_new(src, tmp_path / "received")
    with Project.open(tmp_path / "received", read_only=True) as project:
        assert any(True for _ in project.course.quizzes())
        for label, fmt, options in _targets():
            spec = EXPORTERS[fmt]
            out = tmp_path / f"{label.replace(' ', '-')}{spec.extension}"
            spec.export(project.course, project.media_dir, out, spec.options_from(options),
                        null_progress())
            assert_inert(out)


def test_raw_model_html_is_sanitized_on_the_way_out(tmp_path: Path) -> None:
    """Even a course whose fields were never cleaned (an old project) exports inert."""
    with Project.create(tmp_path / "p", title="Old") as project:
        project.course.modules = [Module(title="M", lessons=[Lesson(title="L", blocks=[
            QuizBlock(quiz=_hostile_quiz()),
            DiscussionBlock(title="D", prompt=" ".join(EVIL))])])]
        for label, fmt, options in _targets():
            spec = EXPORTERS[fmt]
            out = tmp_path / f"{label.replace(' ', '-')}{spec.extension}"
            spec.export(project.course, project.media_dir, out, spec.options_from(options),
                        null_progress())
            assert assert_inert(out) >= 0
