"""Packages made by other tools: Articulate-style SCORM, a multi-SCO SCORM 1.2 with video and
SRT captions, a Common Cartridge with web links, discussions and a quiz, an EPUB 3 book."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.importers import detect_format, import_into, import_new
from studio.jobs import null_progress
from studio.model import (
    AttachmentBlock,
    DiscussionBlock,
    LinkBlock,
    QuizBlock,
    TextBlock,
    VideoBlock,
)
from studio.project import Project
from tests.importers.builders import SCORM12_MANIFEST, write_zip
from tests.importers.qti_samples import CANVAS_QTI

SRT = """1
00:00:00,000 --> 00:00:01,400
Welcome to the <i>lecture</i>.

2
00:00:01,500 --> 00:00:02,900
Water is always moving.
"""


@pytest.fixture
def media(media_files: dict[str, Path]) -> dict[str, bytes]:
    return {k: v.read_bytes() for k, v in media_files.items()}


def _blocks(project: Project) -> list[object]:
    return [b for _, _, b in project.course.blocks()]


def test_articulate_style_scorm_single_launch_page(tmp_path: Path, media: dict[str, bytes]) -> None:
    """One SCO whose launch page is a JavaScript player; the video lives in story_content/."""
    manifest = SCORM12_MANIFEST.format(
        title="Water Safety (Storyline)",
        items='<item identifier="I_SCO0" identifierref="R_SCO0"><title>Water Safety</title></item>',
        resources='<resource identifier="R_SCO0" type="webcontent" adlcp:scormtype="sco" href="story.html">'
        '<file href="story.html"/><file href="story_content/5xYz.mp4"/><file href="story_content/5xYz.srt"/>'
        "</resource>",
    )
    story = """<!DOCTYPE html><html><head><title>Water Safety</title>
<script src="story_content/user.js"></script><script>window.globalProvideData('frame', '{}');</script>
</head><body><div id="preso"></div><noscript>Enable JavaScript</noscript>
<script>DS.init();</script></body></html>"""
    package = write_zip(tmp_path / "water-safety-scorm12.zip", {
        "imsmanifest.xml": manifest,
        "story.html": story,
        "story_html5.html": story,
        "story_content/user.js": "function x(){}",
        "story_content/5xYz.mp4": media["video"],
        "story_content/5xYz.srt": SRT,
        "meta.xml": "<meta/>",
    })
    assert detect_format(package) == "scorm"
    report = import_new(package, tmp_path / "new.studio", null_progress())
    with Project.open(tmp_path / "new.studio", read_only=True) as project:
        assert project.course.title == "Water Safety (Storyline)"
        (video,) = [b for b in _blocks(project) if isinstance(b, VideoBlock)]
        assert project.media_path(video.asset).is_file()
        (track,) = video.tracks
        assert [c.text for c in track.cues] == ["Welcome to the lecture.", "Water is always moving."]
        assert project.course.media[video.asset].duration
    messages = " ".join(e.message for e in report.skipped_entries)
    assert "no readable content" in messages and "script" in messages
    assert "story_html5.html" in messages  # the page no item reaches is listed, not dropped silently


def test_scorm12_pages_with_video_captions_images_and_qti(tmp_path: Path, media: dict[str, bytes]) -> None:
    manifest = SCORM12_MANIFEST.format(
        title="Water",
        items="""<item identifier="M1"><title>Week 1</title>
            <item identifier="I1" identifierref="R1"><title>Welcome</title></item>
            <item identifier="I2" identifierref="R2"><title>Lecture</title></item></item>
          <item identifier="I3" identifierref="R3"><title>Check</title></item>""",
        resources="""<resource identifier="R1" type="webcontent" adlcp:scormtype="sco" href="pages/welcome.html">
            <file href="pages/welcome.html"/><file href="img/cycle.png"/></resource>
          <resource identifier="R2" type="webcontent" adlcp:scormtype="sco" href="pages/lecture.html">
            <file href="pages/lecture.html"/></resource>
          <resource identifier="R3" type="webcontent" adlcp:scormtype="asset" href="quiz/check.html">
            <file href="quiz/check.html"/><file href="quiz/check.xml"/></resource>""",
    )
    welcome = """<html><body><div class="wrap"><h1>Welcome</h1><p onclick="evil()">Hello <b>there</b>.</p>
      <img src="../img/cycle.png" alt="The water cycle"/>
      <p><a href="../docs/worksheet.pdf">Worksheet</a> and <a href="https://example.org/x">more</a> <a href="javascript:alert(1)">click</a>.</p>
      <iframe src="https://youtube.com/embed/x"></iframe><script>alert(1)</script></div></body></html>"""
    lecture = """<html><body><p>Before the video.</p>
      <video controls="" src="../media/lecture.mp4" title="The lecture">
        <track kind="captions" src="../media/lecture.srt" srclang="en" label="English"/>
        <track kind="subtitles" src="../media/missing.vtt" srclang="fr"/>
      </video><p>After the video.</p></body></html>"""
    package = write_zip(tmp_path / "course.zip", {
        "imsmanifest.xml": manifest,
        "pages/welcome.html": welcome,
        "pages/lecture.html": lecture,
        "img/cycle.png": media["image"],
        "docs/worksheet.pdf": b"%PDF-1.4 tiny",
        "media/lecture.mp4": media["video"],
        "media/lecture.srt": SRT,
        "quiz/check.html": "<html><body><p>Answer the questions.</p></body></html>",
        "quiz/check.xml": CANVAS_QTI,
    })
    report = import_new(package, tmp_path / "c.studio", null_progress())
    with Project.open(tmp_path / "c.studio", read_only=True) as project:
        modules = project.course.modules
        assert [m.title for m in modules] == ["Week 1", "Water"]
        assert [les.title for les in modules[0].lessons] == ["Welcome", "Lecture"]
        welcome_html = modules[0].lessons[0].blocks[0]
        assert isinstance(welcome_html, TextBlock)
        assert "onclick" not in welcome_html.html and "<script" not in welcome_html.html
        assert "<iframe" not in welcome_html.html and "<h2>Welcome</h2>" in welcome_html.html
        assert "javascript" not in welcome_html.html
        assert 'alt="The water cycle"' in welcome_html.html and 'src="asset:' in welcome_html.html
        assert 'href="https://example.org/x"' in welcome_html.html
        assert welcome_html.html.count('href="asset:') == 1  # the worksheet became media
        kinds = [type(b).__name__ for b in modules[0].lessons[1].blocks]
        assert kinds == ["TextBlock", "VideoBlock", "TextBlock"]
        video = modules[0].lessons[1].blocks[1]
        assert isinstance(video, VideoBlock) and video.title == "The lecture"
        assert video.tracks[0].cues[0].text == "Welcome to the lecture."
        check = modules[1].lessons[0].blocks
        assert isinstance(check[0], TextBlock) and isinstance(check[1], QuizBlock)
        assert len(check[1].quiz.questions) == 8
        assert not project.missing_media()
    skipped = " | ".join(f"{e.where}: {e.message}" for e in report.skipped_entries)
    assert "missing.vtt" in skipped and "iframe" in skipped and "item i9" in skipped
    assert report.of("raw_html")


CC_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="cctd0001" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
  xmlns:lomimscc="http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest">
  <metadata><schema>IMS Common Cartridge</schema><schemaversion>1.1.0</schemaversion>
    <lomimscc:lom><lomimscc:general><lomimscc:title><lomimscc:string>Rivers 101</lomimscc:string></lomimscc:title>
    <lomimscc:language>en</lomimscc:language></lomimscc:general></lomimscc:lom></metadata>
  <organizations><organization identifier="O1" structure="rooted-hierarchy">
    <item identifier="LearningModules">
      <item identifier="W1"><title>Week 1: Rivers</title>
        <item identifier="W1a" identifierref="RPAGE"><title>Reading</title></item>
        <item identifier="W1b" identifierref="RLINK"><title>River atlas</title></item>
        <item identifier="W1c" identifierref="RDISC"><title>Your river</title></item>
        <item identifier="W1d" identifierref="RQUIZ"><title>Week 1 quiz</title></item>
        <item identifier="W1e" identifierref="RLTI"><title>Publisher tool</title></item>
        <item identifier="W1f" identifierref="RPDF"><title>Map</title></item>
      </item>
    </item>
  </organization></organizations>
  <resources>
    <resource identifier="RPAGE" type="webcontent" href="wiki_content/reading.html">
      <file href="wiki_content/reading.html"/><dependency identifierref="RIMG"/></resource>
    <resource identifier="RIMG" type="webcontent" href="web_resources/images/river.png">
      <file href="web_resources/images/river.png"/></resource>
    <resource identifier="RPDF" type="webcontent" href="web_resources/map.pdf"><file href="web_resources/map.pdf"/></resource>
    <resource identifier="RLINK" type="imswl_xmlv1p1"><file href="RLINK.xml"/></resource>
    <resource identifier="RDISC" type="imsdt_xmlv1p1"><file href="RDISC.xml"/></resource>
    <resource identifier="RQUIZ" type="imsqti_xmlv1p2/imscc_xmlv1p1/assessment"><file href="RQUIZ/assessment.xml"/></resource>
    <resource identifier="RLTI" type="imsbasiclti_xmlv1p0"><file href="RLTI.xml"/></resource>
  </resources>
</manifest>
"""

WEBLINK = """<?xml version="1.0" encoding="UTF-8"?>
<webLink xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1"><title>World river atlas</title>
<url href="https://example.org/atlas" target="_blank"/></webLink>"""

DISCUSSION = """<?xml version="1.0" encoding="UTF-8"?>
<topic xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imsdt_v1p1"><title>Your river</title>
<text texttype="text/html">&lt;p&gt;Describe the river &lt;strong&gt;nearest&lt;/strong&gt; you.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</text>
</topic>"""

CC_QUIZ = """<?xml version="1.0" encoding="UTF-8"?>
<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2">
<assessment ident="A1" title="Week 1 quiz"><section ident="root_section">
<item ident="Q1" title="Q1"><itemmetadata><qtimetadata>
  <qtimetadatafield><fieldlabel>cc_profile</fieldlabel><fieldentry>cc.multiple_choice.v0p1</fieldentry></qtimetadatafield>
  <qtimetadatafield><fieldlabel>cc_weighting</fieldlabel><fieldentry>2</fieldentry></qtimetadatafield>
</qtimetadata></itemmetadata>
<presentation><material><mattext texttype="text/html">&lt;p&gt;Longest river?&lt;/p&gt;</mattext></material>
<response_lid ident="response1" rcardinality="Single"><render_choice>
<response_label ident="a"><material><mattext>Nile</mattext></material></response_label>
<response_label ident="b"><material><mattext>Thames</mattext></material></response_label>
</render_choice></response_lid></presentation>
<resprocessing><outcomes><decvar varname="SCORE" vartype="Decimal" minvalue="0" maxvalue="100"/></outcomes>
<respcondition continue="No"><conditionvar><varequal respident="response1">a</varequal></conditionvar>
<setvar varname="SCORE" action="Set">100</setvar></respcondition></resprocessing>
</item>
<item ident="Q2" title="Q2"><itemmetadata><qtimetadata>
  <qtimetadatafield><fieldlabel>cc_profile</fieldlabel><fieldentry>cc.true_false.v0p1</fieldentry></qtimetadatafield>
</qtimetadata></itemmetadata>
<presentation><material><mattext>Rivers flow uphill.</mattext></material>
<response_lid ident="response1" rcardinality="Single"><render_choice>
<response_label ident="t"><material><mattext>True</mattext></material></response_label>
<response_label ident="f"><material><mattext>False</mattext></material></response_label>
</render_choice></response_lid></presentation>
<resprocessing><respcondition continue="No"><conditionvar><varequal respident="response1">f</varequal></conditionvar>
<setvar varname="SCORE" action="Set">100</setvar></respcondition></resprocessing>
</item>
</section></assessment></questestinterop>"""


def test_common_cartridge_with_links_discussions_quiz(tmp_path: Path, media: dict[str, bytes]) -> None:
    reading = ('<html><body><h2>Rivers</h2><p>A river flows to the sea.</p>'
               '<p><img src="%24IMS-CC-FILEBASE%24/images/river.png" alt="A river"/></p></body></html>')
    package = write_zip(tmp_path / "rivers.imscc", {
        "imsmanifest.xml": CC_MANIFEST,
        "wiki_content/reading.html": reading,
        "web_resources/images/river.png": media["image"],
        "web_resources/map.pdf": b"%PDF-1.4 map",
        "RLINK.xml": WEBLINK,
        "RDISC.xml": DISCUSSION,
        "RQUIZ/assessment.xml": CC_QUIZ,
        "RLTI.xml": "<cartridge_basiclti_link/>",
    })
    assert detect_format(package) == "cc"
    report = import_new(package, tmp_path / "r.studio", null_progress())
    with Project.open(tmp_path / "r.studio", read_only=True) as project:
        course = project.course
        assert course.title == "Rivers 101"
        (module,) = course.modules
        assert module.title == "Week 1: Rivers"
        assert [les.title for les in module.lessons] == ["Reading", "River atlas", "Your river", "Week 1 quiz", "Map"]
        page = module.lessons[0].blocks[0]
        assert isinstance(page, TextBlock) and 'src="asset:' in page.html
        link = module.lessons[1].blocks[0]
        assert isinstance(link, LinkBlock) and link.url == "https://example.org/atlas"
        assert link.title == "World river atlas"
        disc = module.lessons[2].blocks[0]
        assert isinstance(disc, DiscussionBlock)
        assert disc.prompt == "<p>Describe the river <strong>nearest</strong> you.</p>"
        quiz = module.lessons[3].blocks[0]
        assert isinstance(quiz, QuizBlock) and quiz.quiz.title == "Week 1 quiz"
        assert [q.KIND for q in quiz.quiz.questions] == ["single_choice", "true_false"]
        assert quiz.quiz.questions[0].points == 2
        assert isinstance(module.lessons[4].blocks[0], AttachmentBlock)
        assert not project.missing_media()
    assert any("LTI" in e.message for e in report.skipped_entries)


CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>"""

OPF = """<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
  <dc:identifier id="uid">urn:uuid:1</dc:identifier><dc:title>Tides</dc:title><dc:language>en</dc:language>
  <dc:creator>M. Ocean</dc:creator><meta property="dcterms:modified">2024-01-01T00:00:00Z</meta></metadata>
<manifest>
  <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
  <item id="c1" href="text/ch1.xhtml" media-type="application/xhtml+xml"/>
  <item id="c2" href="text/ch2.xhtml" media-type="application/xhtml+xml"/>
  <item id="img" href="images/moon.png" media-type="image/png"/>
  <item id="css" href="style.css" media-type="text/css"/>
</manifest>
<spine><itemref idref="nav" linear="no"/><itemref idref="c1"/><itemref idref="c2"/></spine></package>"""

NAV = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Contents</title></head>
<body><nav epub:type="toc"><ol><li><a href="text/ch1.xhtml">1. The Moon</a></li>
<li><a href="text/ch2.xhtml#top">2. Spring tides</a></li></ol></nav></body></html>"""


def _chapter(title: str, body: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>{title}</title><link rel="stylesheet" href="../style.css"/></head>
<body><section><h1>{title}</h1>{body}</section></body></html>"""


def test_epub3_chapters_become_lessons(tmp_path: Path, tmp_project: Project, media: dict[str, bytes]) -> None:
    package = write_zip(tmp_path / "tides.epub", {
        "mimetype": "application/epub+zip",
        "META-INF/container.xml": CONTAINER,
        "OEBPS/content.opf": OPF,
        "OEBPS/nav.xhtml": NAV,
        "OEBPS/text/ch1.xhtml": _chapter("The Moon", '<p>The moon pulls.</p><img src="../images/moon.png" alt="Moon"/>'),
        "OEBPS/text/ch2.xhtml": _chapter("Spring", "<p>Twice a month.</p>"),
        "OEBPS/images/moon.png": media["image"],
        "OEBPS/style.css": "body{}",
    })
    assert detect_format(package) == "epub"
    import_into(tmp_project, package, null_progress())
    (module,) = tmp_project.course.modules
    assert module.title == "Tides"
    assert [les.title for les in module.lessons] == ["1. The Moon", "2. Spring tides"]
    first = module.lessons[0].blocks[0]
    assert isinstance(first, TextBlock) and "The moon pulls." in first.html and 'src="asset:' in first.html
    assert len(tmp_project.course.media) == 1


@pytest.mark.parametrize(("name", "fmt"), [("scorm12", "scorm"), ("scorm2004", "scorm"), ("cc13", "cc"),
                                           ("epub", "epub")])
def test_our_packages_without_the_embedded_course_read_as_foreign(
    full_project: Project, tmp_path: Path, name: str, fmt: str
) -> None:
    """With embedding off, the package is read like anyone else's: lessons, pages, captioned video."""
    from studio.exporters import EXPORTERS, get_exporter

    if name not in EXPORTERS:
        pytest.fail(f"EXPORTER {name!r} IS ABSENT")
    spec = get_exporter(name)
    out = tmp_path / f"course{spec.extension}"
    spec.export(full_project.course, full_project.media_dir, out,
                spec.options_from({"embed_project": False}), null_progress())
    assert detect_format(out) == fmt
    import_new(out, tmp_path / "foreign.studio", null_progress())
    with Project.open(tmp_path / "foreign.studio", read_only=True) as project:
        titles = [les.title for _, les in project.course.lessons()]
        for _, lesson in full_project.course.lessons():
            assert any(lesson.title in t for t in titles), (lesson.title, titles)
        videos = [b for b in _blocks(project) if isinstance(b, VideoBlock)]
        assert len(videos) == 1 and len(videos[0].tracks) == 2
        assert {t.language for t in videos[0].tracks} == {"en", "fr"}
        assert videos[0].tracks[0].cues[0].text == "Welcome to the lecture."
        original = next(b for b in full_project.course.blocks() if isinstance(b[2], VideoBlock))[2]
        assert videos[0].asset == original.asset  # the same file, byte for byte
        assert not project.missing_media()


def test_an_unreadable_video_is_left_out_and_reported(tmp_project: Project, tmp_path: Path,
                                                      media: dict[str, bytes]) -> None:
    manifest = SCORM12_MANIFEST.format(
        title="T", items='<item identifier="I1" identifierref="R1"><title>Lecture</title></item>',
        resources='<resource identifier="R1" type="webcontent" adlcp:scormtype="sco" href="a.html"/>')
    page = '<p>Intro <img src="d.png" alt="D"/></p><video src="broken.mp4"></video><p>End.</p>'
    package = write_zip(tmp_path / "p.zip", {"imsmanifest.xml": manifest, "a.html": page,
                                              "d.png": media["image"], "broken.mp4": b"not a video at all"})
    report = import_into(tmp_project, package, null_progress())
    blocks = _blocks(tmp_project)
    assert [type(b).__name__ for b in blocks] == ["TextBlock", "TextBlock"]
    assert any("broken.mp4" in e.where for e in report.skipped_entries)
    assert len(tmp_project.course.media) == 1
    stored = sorted(p.name for p in tmp_project.media_dir.iterdir())
    assert stored == [next(iter(tmp_project.course.media.values())).stored_name]


def test_an_unzipped_package_folder(tmp_path: Path, media: dict[str, bytes]) -> None:
    """Designers often hold packages unzipped: a folder imports like the zip; links are ignored."""
    import os

    folder = tmp_path / "unzipped"
    (folder / "media").mkdir(parents=True)
    (folder / "imsmanifest.xml").write_text(SCORM12_MANIFEST.format(
        title="Folder course", items='<item identifier="I1" identifierref="R1"><title>One</title></item>',
        resources='<resource identifier="R1" type="webcontent" adlcp:scormtype="sco" href="a.html"/>'))
    (folder / "a.html").write_text('<p>Hello</p><video src="media/v.mp4"></video><img src="secret.png"/>')
    (folder / "media" / "v.mp4").write_bytes(media["video"])
    outside = tmp_path / "secret.png"
    outside.write_bytes(media["image"])
    os.symlink(outside, folder / "secret.png")
    assert detect_format(folder) == "scorm"
    report = import_new(folder, tmp_path / "f.studio", null_progress())
    with Project.open(tmp_path / "f.studio", read_only=True) as project:
        assert [type(b).__name__ for b in _blocks(project)] == ["TextBlock", "VideoBlock"]
        assert len(project.course.media) == 1  # the linked image outside the folder is not read
    assert any("secret.png" in e.message for e in report.skipped_entries)


def test_frameset_launch_page_follows_its_frames(tmp_project: Project, tmp_path: Path) -> None:
    manifest = SCORM12_MANIFEST.format(
        title="Old course", items='<item identifier="I1" identifierref="R1"><title>Unit 1</title></item>',
        resources='<resource identifier="R1" type="webcontent" adlcp:scormtype="sco" href="launch.html"/>')
    launch = ('<html><frameset rows="10%,90%"><frame src="toolbar.html"/><frame src="content/u1.html"/>'
              "</frameset></html>")
    package = write_zip(tmp_path / "old.zip", {
        "imsmanifest.xml": manifest, "launch.html": launch,
        "toolbar.html": "<html><body><script>nav()</script></body></html>",
        "content/u1.html": "<html><body><h1>Unit 1</h1><p>Rivers carry water.</p></body></html>"})
    import_into(tmp_project, package, null_progress())
    (lesson,) = [les for _, les in tmp_project.course.lessons()]
    assert lesson.title == "Unit 1"
    assert isinstance(lesson.blocks[0], TextBlock) and "Rivers carry water." in lesson.blocks[0].html
