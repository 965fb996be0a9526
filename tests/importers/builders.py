"""Small helpers the importer tests use to write packages the way other tools do."""

from __future__ import annotations

import io
import stat
import zipfile
from pathlib import Path


def zip_bytes(entries: dict[str, bytes | str], *, symlinks: dict[str, str] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
        for name, target in (symlinks or {}).items():
            info = zipfile.ZipInfo(name)
            info.create_system = 3
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, target)
    return buffer.getvalue()


def write_zip(path: Path, entries: dict[str, bytes | str], **kwargs: dict[str, str]) -> Path:
    path.write_bytes(zip_bytes(entries, **kwargs))
    return path


SCORM12_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="com.example.course" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="ORG">
    <organization identifier="ORG">
      <title>{title}</title>
      {items}
    </organization>
  </organizations>
  <resources>
    {resources}
  </resources>
</manifest>
"""
