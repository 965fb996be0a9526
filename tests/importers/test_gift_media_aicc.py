"""Moodle's "GIFT with medias" zip (the images land in the question text) and AICC courses
(a message that names AICC and says what to do)."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.cli import main
from studio.errors import ImportFormatError
from studio.importers import detect_format, import_new
from studio.project import Project
from tests.importers.builders import write_zip
from tests.media_fixtures import make_image

GIFT = r"""// exported with GIFT with medias
::Q1::[html]Which picture shows <b>rain</b>?<br><img src\="@@PLUGINFILE@@/images/rain%20drop.png" alt\="Rain drops" /> {
=Rain
~Snow
}

::Q2::[html]What is missing here? <img src\="@@PLUGINFILE@@/images/gone.png" alt\="A missing picture" /> {=Nothing ~Everything}

::Q3:: Water boils at 100 degrees. {TRUE}
"""


def test_gift_with_media_puts_the_images_in_the_question_text(tmp_path: Path) -> None:
    image = make_image(tmp_path / "rain.png", "Rain").read_bytes()
    source = write_zip(tmp_path / "questions.zip", {"questions.txt": GIFT, "images/rain drop.png": image,
                                                    "images/unused.png": image + b"x"})
    assert detect_format(source) == "giftzip"
    report = import_new(source, tmp_path / "q.studio")
    with Project.open(tmp_path / "q.studio") as project:
        questions = [q for _, _, b in project.course.quizzes() for q in b.quiz.questions]
        assert len(questions) == 3
        (asset,) = project.course.media
        assert f'<img src="asset:{asset}" alt="Rain drops"/>' in questions[0].prompt
        assert project.course.media[asset].filename == "rain drop.png"
        assert "<img" not in questions[1].prompt and "A missing picture" in questions[1].prompt
        assert "@@PLUGINFILE@@" not in questions[1].prompt
    assert "the file 'images/gone.png' is not in the zip" in report.format_text()


def test_a_zip_without_a_gift_file_is_a_clear_error(tmp_path: Path) -> None:
    source = write_zip(tmp_path / "x.zip", {"images/a.png": b"x", "notes/readme.md": "hi"})
    with pytest.raises(ImportFormatError, match="no GIFT file") as caught:
        import_new(source, tmp_path / "x.studio", fmt="giftzip")
    assert "top of the zip" in caught.value.hint


AICC = {
    "course.crs": "[Course]\nCourse_Creator=Tool\nCourse_ID=WATER\nCourse_Title=Water\n",
    "course.au": '"System_ID","Type","Command_Line","File_Name"\n"A1","","","index.html"\n',
    "course.des": '"System_ID","Developer_ID","Title"\n"A1","1","Water"\n',
    "course.cst": '"block","member"\n"root","A1"\n',
    "index.html": "<html><body><p>Water</p></body></html>",
}


def test_aicc_is_named_with_what_to_do(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for source in (write_zip(tmp_path / "aicc.zip", AICC), tmp_path / "course.crs"):
        if source.suffix == ".crs":
            source.write_text(AICC["course.crs"], encoding="utf-8")
        assert detect_format(source) == "aicc"
        assert main(["import", str(source), str(tmp_path / "a.studio"), "--quiet"]) == 1
        err = capsys.readouterr().err
        assert "this is an AICC course" in err and "SCORM 1.2 or SCORM 2004" in err
        assert not (tmp_path / "a.studio").exists()
    # A package that is both SCORM and AICC imports as SCORM.
    from tests.importers.builders import SCORM12_MANIFEST

    both = dict(AICC, **{"imsmanifest.xml": SCORM12_MANIFEST.format(
        title="Water", items='<item identifier="I1" identifierref="R1"><title>Water</title></item>',
        resources='<resource identifier="R1" type="webcontent" adlcp:scormtype="sco" href="index.html"/>')})
    assert detect_format(write_zip(tmp_path / "both.zip", both)) == "scorm"
