"""The learner preview serves the rendered course on 127.0.0.1 (fetched with urllib)."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest

from studio.exporters.preview import PreviewServer, parse_range, start_preview
from studio.project import Project


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, dict(response.headers), response.read()


def test_preview_serves_every_page_and_media_with_ranges(full_project: Project) -> None:
    server = start_preview(full_project.course, full_project.media_dir)
    try:
        assert server.url.startswith("http://127.0.0.1:")
        status, headers, body = fetch(server.url)
        assert status == 200
        assert headers["Content-Type"].startswith("text/html")
        assert full_project.course.title.encode() in body
        status, _, root = fetch(server.url.rsplit("/", 1)[0] + "/")
        assert root == body
        files = server._httpd.files
        pages = [p for p in files if p.endswith(".html")]
        assert len(pages) >= 4
        for page in pages:
            status, _, html = fetch(f"http://127.0.0.1:{server.port}/{page}")
            assert status == 200 and b"<html" in html.lower()
        lesson_html = b"".join(files[p] for p in pages if isinstance(files[p], bytes))
        assert b"The lecture" in lesson_html
        media = [p for p, v in files.items() if not isinstance(v, bytes)]
        assert media, "the video should be streamed from the project"
        video = next(p for p in media if p.endswith(".mp4"))
        size = files[video].stat().st_size
        status, headers, part = fetch(
            f"http://127.0.0.1:{server.port}/{video}", {"Range": "bytes=10-99"}
        )
        assert status == 206
        assert headers["Content-Range"] == f"bytes 10-99/{size}"
        assert part == files[video].read_bytes()[10:100]
        assert headers["Content-Type"] == "video/mp4"
        with pytest.raises(urllib.error.HTTPError) as missing:
            fetch(f"http://127.0.0.1:{server.port}/nothing-here.html")
        assert missing.value.code == 404
        # A second render re-uses the same server and address.
        full_project.course.modules[0].lessons[0].title = "Renamed welcome"
        same = start_preview(full_project.course, full_project.media_dir, server=server)
        assert same is server
        joined = b"".join(v for v in server._httpd.files.values() if isinstance(v, bytes))
        assert b"Renamed welcome" in joined
    finally:
        server.stop()
    with pytest.raises(OSError):
        fetch(server.url)


def test_path_traversal_is_not_served(tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("no")
    with PreviewServer({"index.html": b"<html>hi</html>"}) as server:
        with pytest.raises(urllib.error.HTTPError) as err:
            fetch(f"http://127.0.0.1:{server.port}/../secret.txt")
        assert err.value.code == 404
        status, _, body = fetch(server.url)
        assert body == b"<html>hi</html>"


def test_parse_range() -> None:
    assert parse_range("bytes=0-9", 100) == (0, 9)
    assert parse_range("bytes=90-", 100) == (90, 99)
    assert parse_range("bytes=-10", 100) == (90, 99)
    assert parse_range("bytes=100-", 100) is None
    assert parse_range("bytes=5-1", 100) is None
    assert parse_range("items=0-1", 100) is None
    assert parse_range("bytes=0-1,5-6", 100) is None
