"""Question files that are not what they seem: binary data, UTF-16 without a byte order
mark, repeated Aiken letters, unclosed GIFT braces, oversized CSV. Each gets a clear
message that names the line, or imports correctly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from studio.errors import ImportFormatError
from studio.importers import import_new
from studio.importers.csv_questions import MAX_ROWS
from studio.project import Project


def _questions(folder: Path) -> list[object]:
    with Project.open(folder, read_only=True) as project:
        return [q for _, _, b in project.course.quizzes() for q in b.quiz.questions]


def test_random_bytes_are_not_a_question_file(tmp_path: Path) -> None:
    src = tmp_path / "bank.gift"
    src.write_bytes(os.urandom(4000))
    with pytest.raises(ImportFormatError, match="not a text file"):
        import_new(src, tmp_path / "p")
    assert not (tmp_path / "p.studio").exists()


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_reads_as_text(tmp_path: Path, encoding: str) -> None:
    src = tmp_path / "bank.gift"
    src.write_bytes("::Q1:: Est-ce que l'eau bout à 100 °C ? {T}\n".encode(encoding))
    import_new(src, tmp_path / "p")
    (question,) = _questions(tmp_path / "p.studio")
    assert "bout à 100 °C" in question.prompt  # type: ignore[attr-defined]


def test_aiken_with_a_repeated_letter_names_the_line(tmp_path: Path) -> None:
    src = tmp_path / "bank.txt"
    src.write_text("Which?\nA. one\nB. two\nB. three\nANSWER: B\n", encoding="utf-8")
    with pytest.raises(ImportFormatError) as caught:
        import_new(src, tmp_path / "p", fmt="aiken")
    assert "line 1" in caught.value.message and "B appears twice" in caught.value.message


def test_gift_unclosed_brace_is_reported_and_the_rest_imported(tmp_path: Path) -> None:
    src = tmp_path / "bank.gift"
    src.write_text("// intro\n::Q1:: What? {=a ~b\n\n::Q2:: Sky is blue {T}\n", encoding="utf-8")
    report = import_new(src, tmp_path / "p")
    assert [e.where for e in report.skipped_entries] == ["line 2"]
    assert "never closed" in report.skipped_entries[0].message
    (question,) = _questions(tmp_path / "p.studio")
    assert "Sky is blue" in question.prompt  # type: ignore[attr-defined]


def test_csv_row_limit_is_stated(tmp_path: Path) -> None:
    src = tmp_path / "bank.csv"
    rows = ["type,question,answer"] + [f"tf,Q{n},true" for n in range(MAX_ROWS + 1)]
    src.write_text("\n".join(rows), encoding="utf-8")
    with pytest.raises(ImportFormatError) as caught:
        import_new(src, tmp_path / "p")
    assert f"{MAX_ROWS:,}" in caught.value.message and f"{MAX_ROWS:,}" in caught.value.hint


def _page_package(tmp_path: Path) -> Path:
    from tests.importers.builders import SCORM12_MANIFEST, write_zip

    manifest = SCORM12_MANIFEST.format(
        title="Pixels",
        items='<item identifier="I1" identifierref="R1"><title>Welcome</title></item>',
        resources='<resource identifier="R1" type="webcontent" adlcp:scormtype="sco" '
        'href="welcome.html"><file href="welcome.html"/></resource>',
    )
    page = ("<html><head><title>Welcome</title></head><body><h1>Welcome</h1>"
            '<p>Hello <img src="https://tracker.invalid/pixel.gif?u=1" alt="" width="1"/>'
            'and a chart: <img src="http://example.invalid/chart.png" alt="Rainfall chart"/>.</p>'
            "</body></html>")
    return write_zip(tmp_path / "pixels.zip", {"imsmanifest.xml": manifest,
                                               "welcome.html": page})


def _all_html(folder: Path) -> str:
    with Project.open(folder, read_only=True) as project:
        return " ".join(getattr(b, "html", "") for _, _, b in project.course.blocks())


def test_remote_images_are_left_out_and_reported(tmp_path: Path) -> None:
    report = import_new(_page_package(tmp_path), tmp_path / "p")
    html = _all_html(tmp_path / "p.studio")
    assert "tracker.invalid" not in html and "example.invalid" not in html
    assert "Rainfall chart" in html  # the text alternative stays
    skipped = [e.where for e in report.skipped_entries]
    assert any("tracker.invalid" in w for w in skipped) and any("chart.png" in w for w in skipped)


def test_remote_images_are_kept_when_asked(tmp_path: Path) -> None:
    import_new(_page_package(tmp_path), tmp_path / "p", keep_remote_images=True)
    assert "http://example.invalid/chart.png" in _all_html(tmp_path / "p.studio")
