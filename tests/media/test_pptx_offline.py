"""A deck with linked pictures imports without any connection and without local files.

LibreOffice follows external relationships when it draws a slide: an ``http://`` link
is fetched (a tracking beacon) and a ``file://`` link draws a local picture. Studio
strips them before rendering and runs LibreOffice without network access.
"""

from __future__ import annotations

import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio.media.pptx_import import import_pptx
from studio.media.pptx_read import read_deck
from studio.media.slide_render import render_deck
from studio.project import Project
from tests.media.pptx_decks import linked_picture_deck

pytestmark = pytest.mark.skipif(
    not (shutil.which("soffice") and shutil.which("pdftoppm")),
    reason="LibreOffice and pdftoppm render the slides (make test installs them)",
)

SECRET_RGB = (255, 0, 0)


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []  # noqa: RUF012 - shared on purpose: the server makes one per request

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        type(self).hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        body = Path(self.server.image).read_bytes()  # type: ignore[attr-defined]
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def listener(tmp_path: Path) -> Iterator[tuple[str, list[str]]]:
    from PIL import Image

    beacon = tmp_path / "beacon.png"
    Image.new("RGB", (64, 64), SECRET_RGB).save(beacon)
    _Counter.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    server.image = str(beacon)  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/beacon.png", _Counter.hits
    finally:
        server.shutdown()
        server.server_close()


def _red_pixels(png: Path) -> int:
    from PIL import Image

    with Image.open(png) as img:
        rgb = img.convert("RGB")
        return sum(
            1 for r, g, b in rgb.getdata() if r > 200 and g < 60 and b < 60
        )


def test_linked_pictures_are_neither_fetched_nor_drawn(tmp_path: Path, listener) -> None:
    from PIL import Image

    url, hits = listener
    secret = tmp_path / "secret.png"
    Image.new("RGB", (200, 200), SECRET_RGB).save(secret)
    placeholder = tmp_path / "placeholder.png"
    Image.new("RGB", (32, 32), (200, 200, 200)).save(placeholder)
    deck = linked_picture_deck(tmp_path / "linked.pptx", placeholder, [url, secret.as_uri()])

    out = tmp_path / "slides"
    out.mkdir()
    paths, used = render_deck(read_deck(deck), out, renderer="libreoffice")
    assert used == "libreoffice" and len(paths) == 2
    assert hits == [], f"LibreOffice fetched {hits}"
    for png in paths:
        assert _red_pixels(png) == 0, f"{png.name} shows the linked local picture"


def test_import_reports_linked_pictures_as_missing(tmp_path: Path, listener) -> None:
    from PIL import Image

    url, hits = listener
    placeholder = tmp_path / "placeholder.png"
    Image.new("RGB", (32, 32), (200, 200, 200)).save(placeholder)
    deck = linked_picture_deck(tmp_path / "linked.pptx", placeholder, [url])
    with Project.create(tmp_path / "course", title="Linked") as project:
        report = import_pptx(project, deck, renderer="libreoffice")
    assert hits == []
    assert any("linked" in w and "slide 1" in w for w in report.warnings), report.warnings
