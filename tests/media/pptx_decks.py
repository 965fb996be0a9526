"""Decks made with python-pptx for the import tests (and the compose tests and bench)."""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.util import Inches

from tests.media_fixtures import make_image

P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
SECTION_EXT = "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"


def add_sections(prs: object, sections: list[tuple[str, list[int]]]) -> None:
    """Write PowerPoint 2010 sections (python-pptx has no API): (name, 0-based slides)."""
    pres = prs.element  # type: ignore[attr-defined]
    ids = [int(s.get("id")) for s in pres.sldIdLst]
    ns_p = pres.nsmap["p"]
    ext_lst = pres.find(f"{{{ns_p}}}extLst")
    if ext_lst is None:
        ext_lst = etree.SubElement(pres, f"{{{ns_p}}}extLst")
    ext = etree.SubElement(ext_lst, f"{{{ns_p}}}ext", uri=SECTION_EXT)
    lst = etree.SubElement(ext, f"{{{P14}}}sectionLst", nsmap={"p14": P14})
    for n, (name, members) in enumerate(sections):
        sec = etree.SubElement(
            lst, f"{{{P14}}}section", name=name, id=f"{{0000000{n}-0000-0000-0000-000000000000}}"
        )
        id_lst = etree.SubElement(sec, f"{{{P14}}}sldIdLst")
        for m in members:
            etree.SubElement(id_lst, f"{{{P14}}}sldId", id=str(ids[m]))


def rich_deck(path: Path, *, sections: bool = False) -> Path:
    """Five slides: bullets+notes, table, grouped shapes, picture with alt text, empty."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)  # 16:9
    prs.core_properties.title = "Water Cycle Lecture"
    title_only, bullets, blank = prs.slide_layouts[5], prs.slide_layouts[1], prs.slide_layouts[6]

    s1 = prs.slides.add_slide(bullets)
    s1.shapes.title.text = "Evaporation"
    body = s1.placeholders[1].text_frame
    body.text = "Sun heats the water"
    p = body.add_paragraph()
    p.text = "Vapour rises"
    p.level = 1
    body.add_paragraph().text = "Clouds <form> & grow"
    s1.notes_slide.notes_text_frame.text = "Today we look at evaporation. The sun heats the sea."

    s2 = prs.slides.add_slide(title_only)
    s2.shapes.title.text = "Rainfall by month"
    table = s2.shapes.add_table(3, 2, Inches(1), Inches(2), Inches(6), Inches(2)).table
    for r, row in enumerate([("Month", "Rain (mm)"), ("March", "60"), ("April", "45")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    s2.notes_slide.notes_text_frame.text = "March is the wettest month."

    s3 = prs.slides.add_slide(title_only)
    s3.shapes.title.text = "Grouped labels"
    group = s3.shapes.add_group_shape()
    group.shapes.add_textbox(
        Inches(1), Inches(2), Inches(3), Inches(1)
    ).text_frame.text = "Inside a group"
    inner = group.shapes.add_group_shape()
    inner.shapes.add_textbox(
        Inches(1), Inches(3), Inches(3), Inches(1)
    ).text_frame.text = "Nested group text"
    # no notes on this slide

    s4 = prs.slides.add_slide(blank)
    image = make_image(path.with_name("diagram.png"), "Cycle", (200, 150))
    pic = s4.shapes.add_picture(str(image), Inches(2), Inches(1), Inches(4))
    pic._element.nvPicPr.cNvPr.set("descr", "Diagram of the water cycle")
    s4.notes_slide.notes_text_frame.text = "Here is the whole cycle."

    prs.slides.add_slide(blank)  # empty slide, no notes

    if sections:
        add_sections(prs, [("Basics", [0, 1]), ("Details", [2, 3, 4])])
    prs.save(str(path))
    return path


def narrated_deck(path: Path, scripts: list[str], title: str = "Narrated lecture") -> Path:
    """One bullet slide per script; the script is the speaker notes."""
    prs = Presentation()
    prs.core_properties.title = title
    for n, script in enumerate(scripts, start=1):
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = f"Part {n}"
        slide.placeholders[1].text_frame.text = script.split(".")[0]
        slide.notes_slide.notes_text_frame.text = script
    prs.save(str(path))
    return path


def encrypted_looking(path: Path) -> Path:
    """An OLE compound file with an EncryptedPackage stream name, as PowerPoint writes."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    directory = "EncryptedPackage".encode("utf-16-le") + b"\x00" * 94
    path.write_bytes(header + directory + b"\x00" * 1024)
    return path


def linked_picture_deck(path: Path, image: Path, targets: list[str]) -> Path:
    """One slide per target, each with a picture linked (not embedded) to that URL.

    The picture is added embedded, then its ``a:blip`` is pointed at an external
    relationship (``r:link``), as PowerPoint writes "Insert > Picture > Link to File".
    """
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    prs = Presentation()
    blank = prs.slide_layouts[6]
    a_ns = "http://schemas.openxmlformats.org/drawingml/2006/main"
    r_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    for target in targets:
        slide = prs.slides.add_slide(blank)
        picture = slide.shapes.add_picture(str(image), Inches(1), Inches(1), Inches(8), Inches(5))
        rid = slide.part.relate_to(target, RT.IMAGE, is_external=True)
        blip = picture._element.find(f".//{{{a_ns}}}blip")
        del blip.attrib[f"{{{r_ns}}}embed"]
        blip.set(f"{{{r_ns}}}link", rid)
        slide.notes_slide.notes_text_frame.text = "A linked picture."
    prs.save(str(path))
    return path
