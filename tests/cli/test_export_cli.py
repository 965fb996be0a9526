"""``studio export`` and ``studio validate`` from the command line (in-process)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from studio.cli import main
from studio.project import Project


def test_export_scorm_with_flag_and_option_then_validate(
    full_project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(full_project.folder)
    out = tmp_path / "out.zip"
    full_project.close()
    assert (
        main(["export", path, "--format", "scorm12", "-o", str(out), "--sco-per-lesson", "--quiet"])
        == 0
    )
    text = capsys.readouterr().out
    assert f"Package: {out}" in text and "fits common LMS upload limits" in text
    assert "Warning: quiz" in text  # quiz passes at 70 %, course at 80 %
    with zipfile.ZipFile(out) as zf:
        assert sum(1 for n in zf.namelist() if n.startswith("les-")) == 4
    assert main(["validate", str(out)]) == 0
    assert "VALID [scorm12] 0 error(s)" in capsys.readouterr().out
    out2 = tmp_path / "out2.zip"
    assert (
        main(
            [
                "export",
                path,
                "-f",
                "scorm2004",
                "-o",
                str(out2),
                "--option",
                "embed_project=false",
                "--quiet",
            ]
        )
        == 0
    )
    with zipfile.ZipFile(out2) as zf:
        assert "studio/course.json" not in zf.namelist()
    # A preset picks the format and its options; validate dispatches on the package kind.
    out3 = tmp_path / "moodle.imscc"
    assert main(["export", path, "--preset", "moodle-cc", "-o", str(out3), "--quiet"]) == 0
    assert out3.is_file()
    assert main(["validate", str(out3), "--json"]) == 0
    assert '"kind": "cc"' in capsys.readouterr().out


def test_validate_reports_problems_with_location(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.zip"
    manifest = (
        '<?xml version="1.0"?>\n<manifest xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" '
        'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2" identifier="M">\n'
        "<metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>\n"
        '<organizations default="NOPE"><organization identifier="O"><title>t</title>\n'
        '<item identifier="I" identifierref="R"><title>t</title></item></organization></organizations>\n'
        '<resources><resource identifier="R" type="webcontent" adlcp:scormtype="sco" href="index.html">\n'
        '<file href="index.html"/><file href="missing.js"/></resource></resources></manifest>\n'
    )
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("imsmanifest.xml", manifest)
        zf.writestr(
            "index.html",
            '<html><body><img src="/abs.png" alt=""><script src="gone.js"></script></body></html>',
        )
        zf.writestr("../evil.txt", "x")
    assert main(["validate", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "imsmanifest.xml:4: error: default organization 'NOPE' does not exist" in out
    assert "imsmanifest.xml:7: error: listed file missing.js is not in the package" in out
    assert "imsmanifest.xml:5: warning: no isvisible attribute" in out
    assert "index.html:1: error: root-absolute link /abs.png" in out
    assert "gone.js" in out
    assert "../evil.txt (zip entry): error: '..' in the path" in out
    assert "INVALID [scorm12]" in out


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(tmp_path)]) == 2  # no format, no preset
    assert main(["export", str(tmp_path), "-f", "scorm12", "--option", "nonsense=1"]) == 1
    assert "has no option 'nonsense'" in capsys.readouterr().err
    assert main(["export", str(tmp_path), "-f", "nope"]) == 1
    assert main(["export", "--list-presets"]) == 0
    assert main(["export", "--list-formats"]) == 0
    assert "--sco-per-lesson" in capsys.readouterr().out
    assert main(["validate", str(tmp_path / "none.zip")]) == 1
