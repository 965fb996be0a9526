"""Photo metadata left out of packages: GPS position, author, camera, comments.

A phone photo carries where it was taken and by whom; a course shipped to hundreds of
learners should not. The metadata blocks are cut out of the file's bytes, so the
pixels are not re-encoded (no quality loss, same bytes every time):

- JPEG: APP1 (Exif, XMP), APP13 (IPTC), other vendor APPn segments and comments go;
  JFIF (APP0), the colour profile (APP2) and Adobe's colour transform (APP14) stay.
  A photo whose Exif says "rotate" keeps a minimal Exif holding only that orientation,
  so it is still shown the right way up.
- PNG: text chunks (tEXt, zTXt, iTXt), eXIf and tIME go; everything that changes how
  the image looks stays.
- WebP: the EXIF and XMP chunks go (and their flags in the VP8X header).

Anything not understood is returned unchanged.
"""

from __future__ import annotations

import struct

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp"})

_JPEG_KEEP = {0xE0, 0xE2, 0xEE}  # APP0 JFIF, APP2 ICC profile, APP14 Adobe
_PNG_DROP = {b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME"}
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def strip_metadata(data: bytes, suffix: str) -> bytes:
    """``data`` without identifying metadata (see the module docstring)."""
    suffix = suffix.lower()
    try:
        if suffix in (".jpg", ".jpeg"):
            return _jpeg(data)
        if suffix == ".png":
            return _png(data)
        if suffix == ".webp":
            return _webp(data)
    except (IndexError, struct.error, ValueError):
        return data  # not what the name says: leave it as it is
    return data


def _jpeg(data: bytes) -> bytes:
    if data[:2] != b"\xff\xd8":
        return data
    out = bytearray(b"\xff\xd8")
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            raise ValueError("not a marker")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xDA or marker == 0xD9:  # start of scan / end: the rest is image data
            break
        length = struct.unpack(">H", data[pos + 2 : pos + 4])[0]
        segment = data[pos : pos + 2 + length]
        if marker == 0xE1 and segment[4:10] == b"Exif\x00\x00":
            orientation = _exif_orientation(segment[10:])
            if orientation != 1:  # keep the one tag that decides how the photo is shown
                out += _minimal_exif(orientation)
        elif marker in _JPEG_KEEP or not (0xE0 <= marker <= 0xEF or marker == 0xFE):
            out += segment
        pos += 2 + length
    out += data[pos:]
    return bytes(out)


def _exif_orientation(tiff: bytes) -> int:
    """The Orientation tag (0x0112) of an Exif TIFF block, or 1."""
    order = "<" if tiff[:2] == b"II" else ">"
    (ifd,) = struct.unpack(order + "I", tiff[4:8])
    (count,) = struct.unpack(order + "H", tiff[ifd : ifd + 2])
    for n in range(count):
        entry = tiff[ifd + 2 + 12 * n : ifd + 14 + 12 * n]
        tag, _kind, _num = struct.unpack(order + "HHI", entry[:8])
        if tag == 0x0112:
            value: int = struct.unpack(order + "H", entry[8:10])[0]
            return value if 1 <= value <= 8 else 1
    return 1


def _minimal_exif(orientation: int) -> bytes:
    """An APP1 Exif segment holding only the orientation."""
    tiff = b"MM\x00\x2a" + struct.pack(">I", 8)
    tiff += struct.pack(">H", 1) + struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0)
    tiff += struct.pack(">I", 0)
    body = b"Exif\x00\x00" + tiff
    return b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body


def _png(data: bytes) -> bytes:
    if not data.startswith(_PNG_SIGNATURE):
        return data
    out = bytearray(_PNG_SIGNATURE)
    pos = len(_PNG_SIGNATURE)
    while pos + 8 <= len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise ValueError("truncated chunk")
        if kind not in _PNG_DROP:
            out += data[pos:end]
        pos = end
        if kind == b"IEND":
            break
    return bytes(out)


def _webp(data: bytes) -> bytes:
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        return data
    chunks = bytearray()
    pos = 12
    while pos + 8 <= len(data):
        kind = data[pos : pos + 4]
        (size,) = struct.unpack("<I", data[pos + 4 : pos + 8])
        end = pos + 8 + size + (size & 1)
        chunk = bytearray(data[pos:end])
        if kind == b"VP8X":
            chunk[8] &= ~0x0C & 0xFF  # clear the EXIF (0x08) and XMP (0x04) flags
        if kind not in (b"EXIF", b"XMP "):
            chunks += chunk
        pos = end
    return b"RIFF" + struct.pack("<I", len(chunks) + 4) + b"WEBP" + bytes(chunks)
