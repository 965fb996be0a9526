"""Learner preview: serve the rendered course from a local HTTP server on 127.0.0.1.

The course is rendered once (``render_site`` with ``target="preview"``, the same
pages and player the packages use) and served from memory; media files are
streamed from the project with HTTP range support so the browser can seek in
videos. The server binds a random free port on the loopback interface only
(nothing leaves the machine), runs on a daemon thread and stops on ``stop()``.
"""

from __future__ import annotations

import mimetypes
import posixpath
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from studio.jobs import Progress, null_progress
from studio.model.course import Course

CHUNK = 256 * 1024
EXTRA_TYPES = {
    ".vtt": "text/vtt",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".webm": "video/webm",
    ".m4a": "audio/mp4",
    ".mp4": "video/mp4",
    ".svg": "image/svg+xml",
    ".json": "application/json",
}


def content_type(path: str) -> str:
    ext = posixpath.splitext(path)[1].lower()
    kind = EXTRA_TYPES.get(ext) or mimetypes.guess_type(path)[0] or "application/octet-stream"
    if kind.startswith("text/") or kind in ("application/json", "application/xhtml+xml"):
        kind += "; charset=utf-8"
    return kind


def parse_range(header: str, size: int) -> tuple[int, int] | None:
    """``bytes=START-END`` -> (start, end inclusive), or None if unusable."""
    if not header.startswith("bytes=") or "," in header:
        return None
    start_text, _, end_text = header[6:].strip().partition("-")
    try:
        if start_text:
            start = int(start_text)
            end = int(end_text) if end_text else size - 1
        else:  # suffix: the last N bytes
            length = int(end_text)
            start, end = max(0, size - length), size - 1
    except ValueError:
        return None
    end = min(end, size - 1)
    if start > end or start >= size:
        return None
    return start, end


class _Handler(BaseHTTPRequestHandler):
    server: PreviewHTTPServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (stdlib name)
        pass  # quiet: the window has no console

    def do_HEAD(self) -> None:  # noqa: N802 (stdlib name)
        self._serve(head=True)

    def do_GET(self) -> None:  # noqa: N802 (stdlib name)
        self._serve(head=False)

    def _serve(self, *, head: bool) -> None:
        path = posixpath.normpath(unquote(urlsplit(self.path).path)).lstrip("/")
        if path in ("", "."):
            path = self.server.index
        files = self.server.files
        data = files.get(path)
        if data is None and path + "/index.html" in files:
            data = files[path + "/index.html"]
        if data is None:
            body = b"Not found"
            self.send_response(HTTPStatus.NOT_FOUND)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if not head:
                self.wfile.write(body)
            return
        if isinstance(data, bytes):
            self._send_bytes(path, data, head)
        else:
            self._send_file(path, data, head)

    def _start(self, status: HTTPStatus, path: str, length: int) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type(path))
        self.send_header("Content-Length", str(length))
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Cache-Control", "no-store")

    def _send_bytes(self, path: str, data: bytes, head: bool) -> None:
        self._start(HTTPStatus.OK, path, len(data))
        self.end_headers()
        if not head:
            self.wfile.write(data)

    def _send_file(self, path: str, file: Path, head: bool) -> None:
        try:
            size = file.stat().st_size
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "media file missing from the project")
            return
        wanted = self.headers.get("Range")
        span = parse_range(wanted, size) if wanted else None
        if wanted and span is None:
            self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
            self.send_header("Content-Range", f"bytes */{size}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        start, end = span if span else (0, size - 1)
        length = max(0, end - start + 1)
        self._start(HTTPStatus.PARTIAL_CONTENT if span else HTTPStatus.OK, path, length)
        if span:
            self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.end_headers()
        if head or length == 0:
            return
        with open(file, "rb") as handle:
            handle.seek(start)
            left = length
            try:
                while left > 0:
                    chunk = handle.read(min(CHUNK, left))
                    if not chunk:
                        break
                    self.wfile.write(chunk)
                    left -= len(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the browser stopped reading (seeked elsewhere)


class PreviewHTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, files: dict[str, bytes | Path], index: str) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.files = files
        self.index = index


class PreviewServer:
    """A running preview of one rendered course. ``url`` opens its first page."""

    def __init__(self, files: dict[str, bytes | Path], index: str = "index.html") -> None:
        self._httpd = PreviewHTTPServer(dict(files), index)
        self.port: int = self._httpd.server_address[1]
        self.index = index
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, name="studio-preview", daemon=True
        )
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/{self.index}"

    def update(self, files: dict[str, bytes | Path], index: str | None = None) -> None:
        """Serve a newly rendered course on the same address (the browser reloads it)."""
        self._httpd.files = dict(files)
        if index:
            self._httpd.index = index
            self.index = index

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> PreviewServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def render_preview(
    course: Course, media_dir: Path, progress: Progress | None = None
) -> tuple[dict[str, bytes | Path], str]:
    """Render the course for the learner preview; returns (files, index page)."""
    from studio.exporters.render import RenderOptions, render_site

    site = render_site(course, media_dir, RenderOptions(target="preview"), progress or null_progress())
    return dict(site.files), site.index


def start_preview(
    course: Course,
    media_dir: Path,
    progress: Progress | None = None,
    server: PreviewServer | None = None,
) -> PreviewServer:
    """Render ``course`` and serve it (re-using ``server`` if one is running)."""
    files, index = render_preview(course, media_dir, progress)
    if server is not None:
        server.update(files, index)
        return server
    return PreviewServer(files, index)
