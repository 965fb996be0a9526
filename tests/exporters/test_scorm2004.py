"""SCORM 2004 4th Edition export: manifest, LOM, sequencing, validity."""

from __future__ import annotations

import zipfile
from pathlib import Path

from studio.exporters.validate.packages import validate_package
from studio.project import Project
from tests.exporters.scorm_helpers import export, listed_files, manifest, shared_validator

CP = "http://www.imsglobal.org/xsd/imscp_v1p1"
ADL = "http://www.adlnet.org/xsd/adlcp_v1p3"
SS = "http://www.imsglobal.org/xsd/imsss"
LOM = "http://ltsc.ieee.org/xsd/LOM"


def test_single_sco_package_is_valid_with_sequencing(full_project: Project, tmp_path: Path) -> None:
    out = export(full_project, "scorm2004", tmp_path / "course.zip")
    result = shared_validator(out, "scorm2004")
    assert result.returncode == 0, result.stdout + result.stderr
    assert validate_package(out).problems == []
    data, root = manifest(out)
    head = data[:1024].decode("utf-8")
    for ns in (CP, ADL, SS, LOM):
        assert f'="{ns}"' in head
    assert root.findtext(f"{{{CP}}}metadata/{{{CP}}}schemaversion") == "2004 4th Edition"
    lom = root.find(f"{{{CP}}}metadata/{{{LOM}}}lom")
    assert lom is not None
    assert (
        lom.findtext(f"{{{LOM}}}general/{{{LOM}}}title/{{{LOM}}}string")
        == full_project.course.title
    )
    assert [k.findtext(f"{{{LOM}}}string") for k in lom.iter(f"{{{LOM}}}keyword")] == [
        "water",
        "science",
    ]
    assert lom.find(f"{{{LOM}}}rights/{{{LOM}}}copyrightAndOtherRestrictions") is not None
    item = root.find(f".//{{{CP}}}item")
    assert item is not None and item.get("isvisible") == "true"
    primary = item.find(f"{{{SS}}}sequencing/{{{SS}}}objectives/{{{SS}}}primaryObjective")
    assert primary is not None and primary.get("satisfiedByMeasure") == "true"
    assert primary.findtext(f"{{{SS}}}minNormalizedMeasure") == "0.8"
    res = root.find(f".//{{{CP}}}resource")
    assert res is not None and res.get(f"{{{ADL}}}scormType") == "sco"
    with zipfile.ZipFile(out) as zf:
        assert listed_files(root) == set(zf.namelist()) - {"imsmanifest.xml"}
        page = zf.read("index.html").decode()
    assert '"standard":"2004"' in page and '"suspendLimit":64000' in page


def test_sco_per_lesson_package_is_valid(full_project: Project, tmp_path: Path) -> None:
    out = export(full_project, "scorm2004", tmp_path / "per.zip", sco_per_lesson=True)
    assert shared_validator(out, "scorm2004").returncode == 0
    _, root = manifest(out)
    scos = [r for r in root.iter(f"{{{CP}}}resource") if r.get(f"{{{ADL}}}scormType") == "sco"]
    assert len(scos) == 4
    assert all(r.find(f"{{{CP}}}dependency") is not None for r in scos)
    measures = [m.text for m in root.iter(f"{{{SS}}}minNormalizedMeasure")]
    assert measures == ["0.8"]
