"""Which media files a course uses, where they go in the package, and ``asset:`` rewriting."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from studio.media_files import verify_media_file
from studio.model import (
    AttachmentBlock,
    AudioBlock,
    Course,
    ImageBlock,
    QuizBlock,
    TextBlock,
    VideoBlock,
)
from studio.model.blocks import DiscussionBlock

MEDIA_FOLDER = "media"
_ASSET_REF = re.compile(r"asset:([0-9A-Za-z_.-]+)")


def safe_name(ident: str) -> str:
    """A file-name-safe form of a model id (imported ids may hold any character).

    Ids made by Studio pass unchanged; others get a short hash so two ids that
    clean up alike still give different names.
    """
    clean = re.sub(r"[^A-Za-z0-9_-]", "-", ident)[:80] or "x"
    if clean == ident:
        return ident
    import hashlib

    return f"{clean}-{hashlib.sha256(ident.encode()).hexdigest()[:8]}"


def media_path(stored_name: str) -> str:
    return f"{MEDIA_FOLDER}/{stored_name}"


def _html_refs(html: str) -> set[str]:
    return set(_ASSET_REF.findall(html))


def used_assets(course: Course) -> list[str]:
    """Asset ids the rendered pages reference, in first-use order (deterministic)."""
    seen: dict[str, None] = {}

    def add(asset_id: str | None) -> None:
        if asset_id and asset_id in course.media:
            seen.setdefault(asset_id, None)

    for _, _, block in course.blocks():
        if isinstance(block, VideoBlock):
            add(block.asset)
            add(block.poster)
        elif isinstance(block, AudioBlock | AttachmentBlock):
            add(block.asset)
        elif isinstance(block, ImageBlock):
            add(block.asset)
            add(block.narration_audio)
        elif isinstance(block, TextBlock):
            for ref in sorted(_html_refs(block.html)):
                add(ref)
        elif isinstance(block, DiscussionBlock):
            for ref in sorted(_html_refs(block.prompt)):
                add(ref)
        elif isinstance(block, QuizBlock):
            quiz = block.quiz
            for ref in sorted(_html_refs(quiz.instructions)):
                add(ref)
            for question in quiz.questions:
                for ref in sorted(_html_refs(question.prompt)):
                    add(ref)
    return list(seen)


def build_media_map(course: Course, media_dir: Path) -> tuple[dict[str, str], dict[str, Path]]:
    """(asset id -> package path, package path -> source file) for every used asset."""
    mapping: dict[str, str] = {}
    files: dict[str, Path] = {}
    for asset_id in used_assets(course):
        asset = course.media[asset_id]
        target = media_path(asset.stored_name)
        mapping[asset_id] = target
        files[target] = verify_media_file(media_dir, asset)
    return mapping, files


def rewrite_asset_refs(fragment: str, media_map: dict[str, str], prefix: str = "") -> str:
    """Point ``src``/``href`` ``asset:<id>`` at packaged files; unknown assets lose the link.

    ``fragment`` is sanitized HTML (XML-serialised), so it parses as XML inside a wrapper.
    """
    if "asset:" not in fragment:
        return fragment
    try:
        root = etree.fromstring(f"<div>{fragment}</div>")
    except etree.XMLSyntaxError:
        return _ASSET_REF.sub("#", fragment)
    for el in root.iter():
        for attr in ("src", "href"):
            value = el.get(attr)
            if value is None or not value.startswith("asset:"):
                continue
            target = media_map.get(value[len("asset:") :])
            if target is not None:
                el.set(attr, prefix + target)
            elif attr == "href":
                del el.attrib["href"]
            else:  # an image whose file is missing: keep its text alternative
                parent = el.getparent()
                if parent is not None:
                    span = etree.Element("span")
                    span.text = el.get("alt", "")
                    span.tail = el.tail
                    parent.replace(el, span)
    text = root.text or ""
    from html import escape

    out = escape(text, quote=False) + "".join(
        etree.tostring(child, encoding="unicode", method="xml") for child in root
    )
    return out
