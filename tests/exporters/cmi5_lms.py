"""The two servers a cmi5 launch needs in the tests: a real LRS (Ralph) and a small LMS.

``Ralph`` runs the ``ralph-malph`` LRS (file-system backend, see ``ralph_serve.py``) from
its own virtualenv (``make lrs-deps`` puts it in ``.cache/ralph``) on 127.0.0.1 and can be
stopped and started again on the same port and data folder, to simulate an outage.

``Lms`` is the LMS side of cmi5, as the specification asks of an LMS: it creates the
registration and session, records the ``launched`` statement, writes LMS.LaunchData,
hands out the auth token once through the fetch URL, and is the xAPI endpoint the AU
talks to: statements are forwarded to Ralph (so Ralph stores and validates them),
the State and Agent Profile resources (which Ralph does not implement) are kept here.
When Ralph is down the whole endpoint answers 503, as one LRS would.
"""

from __future__ import annotations

import base64
import contextlib
import http.server
import json
import os
import secrets
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
CMI5 = "https://w3id.org/xapi/cmi5/context/"
CATEGORY = CMI5 + "categories/cmi5"
SESSION = CMI5 + "extensions/sessionid"
LMS_USER, LMS_PASSWORD = "lms", secrets.token_hex(8)
HOME_PAGE = "https://lms.example.org"


def ralph_python() -> Path:
    """The Python of Ralph's own virtualenv (``STUDIO_RALPH_PYTHON`` overrides it)."""
    override = os.environ.get("STUDIO_RALPH_PYTHON")
    return Path(override) if override else REPO / ".cache" / "ralph" / "bin" / "python"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until(check: Callable[[], Any], what: str, timeout: float = 60.0) -> Any:
    """Poll ``check`` until it returns something true; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


class _PackageHandler(http.server.SimpleHTTPRequestHandler):
    """Static files with single byte ranges, as web servers answer a video player's seeks."""

    def log_message(self, fmt: str, *args: object) -> None:
        pass

    def send_head(self) -> Any:
        ranged = self.headers.get("Range", "")
        path = Path(self.translate_path(self.path))
        if not ranged.startswith("bytes=") or not path.is_file():
            return super().send_head()
        size = path.stat().st_size
        first, _, last = ranged[len("bytes=") :].partition("-")
        start = int(first) if first else max(0, size - int(last))
        end = min(size - 1, int(last)) if first and last else size - 1
        if start >= size:
            self.send_error(416)
            return None
        handle = path.open("rb")
        handle.seek(start)
        self.send_response(206)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.send_header("Content-Length", str(end - start + 1))
        self.send_header("Accept-Ranges", "bytes")
        self.end_headers()
        self._left = end - start + 1
        return handle

    def copyfile(self, source: Any, outputfile: Any) -> None:
        left = getattr(self, "_left", None)
        if left is None:
            super().copyfile(source, outputfile)
            return
        while left > 0:
            chunk = source.read(min(65536, left))
            if not chunk:
                break
            outputfile.write(chunk)
            left -= len(chunk)


@contextlib.contextmanager
def serve_package(folder: Path) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 (a free port), with byte ranges; yields the base URL."""

    def handler(*args: Any) -> _PackageHandler:
        return _PackageHandler(*args, directory=str(folder))

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


class Ralph:
    """A Ralph LRS process on 127.0.0.1 with a file-system backend in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.python = ralph_python()
        if not self.python.is_file():
            raise RuntimeError(
                f"Ralph is not installed ({self.python} is missing): run 'make lrs-deps'"
            )
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None
        (folder / "data").mkdir(parents=True, exist_ok=True)
        code = (
            "import bcrypt, json, sys; "
            "h = bcrypt.hashpw(sys.argv[1].encode(), bcrypt.gensalt(4)).decode(); "
            "print(json.dumps([{'username': 'lms', 'hash': h, 'scopes': ['all'], "
            "'agent': {'mbox': 'mailto:lms@example.org'}}]))"
        )
        users = subprocess.run([str(self.python), "-c", code, LMS_PASSWORD], check=True,
                               capture_output=True, text=True, timeout=60)  # fmt: skip
        (folder / "auth.json").write_text(users.stdout, encoding="utf-8")

    def start(self) -> None:
        env = {
            **os.environ,
            "RALPH_RUNSERVER_BACKEND": "fs",
            "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(self.folder / "data"),
            "RALPH_BACKENDS__DATA__FS__DEFAULT_DIRECTORY_PATH": str(self.folder / "data"),
            "RALPH_AUTH_FILE": str(self.folder / "auth.json"),
            "RALPH_APP_DIR": str(self.folder / "app"),
        }
        self.log = (self.folder / "ralph.log").open("ab")
        self.process = subprocess.Popen(
            [str(self.python), str(Path(__file__).with_name("ralph_serve.py")), str(self.port)],
            cwd=self.folder / "data", env=env, stdout=self.log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        wait_until(self.up, "Ralph to answer on " + self.url)

    def up(self) -> bool:
        if self.process is None or self.process.poll() is not None:
            raise AssertionError(f"Ralph exited: {(self.folder / 'ralph.log').read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(self.url + "/__lbheartbeat__", timeout=2) as r:
                return bool(r.status == 200)
        except OSError:
            return False

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=20)
            self.process = None
            self.log.close()

    @property
    def running(self) -> bool:
        return self.process is not None

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, bytes, str]:  # fmt: skip
        """(status, body, content type) of a request to Ralph as the LMS user."""
        req = urllib.request.Request(self.url + path, data=body, method=method)
        req.add_header("Authorization", basic(LMS_USER, LMS_PASSWORD))
        req.add_header("X-Experience-API-Version", "1.0.3")
        for key, value in (headers or {}).items():
            req.add_header(key, value)
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return r.status, r.read(), r.headers.get("Content-Type", "")
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read(), exc.headers.get("Content-Type", "")

    def post(self, statements: list[dict[str, Any]]) -> None:
        status, body, _ = self.request("POST", "/xAPI/statements", json.dumps(statements).encode(),
                                       {"Content-Type": "application/json"})  # fmt: skip
        assert status == 200, body

    def statements(self, registration: str) -> list[dict[str, Any]]:
        """Every statement of ``registration``, oldest first (by timestamp, then stored)."""
        found: list[dict[str, Any]] = []
        path = "/xAPI/statements?" + urllib.parse.urlencode(
            {"registration": registration, "limit": 100}
        )
        while path:
            status, body, _ = self.request("GET", path)
            assert status == 200, body
            page = json.loads(body)
            found.extend(page["statements"])
            path = page.get("more") or ""
        return sorted(found, key=lambda s: (when(s), s["stored"]))


@dataclass
class Launch:
    """One AU launch session the LMS made."""

    url: str
    registration: str
    session: str
    activity_id: str
    publisher_id: str
    actor: dict[str, Any]
    fetch_key: str
    token: str
    fetched: int = 0
    launch_data: dict[str, Any] = field(default_factory=dict)


class Lms:
    """The LMS side of cmi5 (see the module docstring), on its own 127.0.0.1 port."""

    def __init__(self, ralph: Ralph) -> None:
        self.ralph = ralph
        self.launches: dict[str, Launch] = {}  # fetch key -> launch
        self.tokens: dict[str, Launch] = {}  # "Basic ..." -> launch
        self.documents: dict[tuple[str, ...], bytes] = {}  # state and agent profile documents
        self.requests: list[tuple[str, str, int]] = []  # (method, path, status)
        self.refused: list[tuple[int, bytes, bytes]] = []  # statements Ralph refused: why, what
        self.lock = threading.Lock()
        lms = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, fmt: str, *args: object) -> None:  # keep test output clean
                pass

            def do_OPTIONS(self) -> None:  # noqa: N802 (http.server's naming)
                self.reply(204, b"")

            def do_GET(self) -> None:  # noqa: N802
                lms.handle(self, "GET")

            def do_POST(self) -> None:  # noqa: N802
                lms.handle(self, "POST")

            def do_PUT(self) -> None:  # noqa: N802
                lms.handle(self, "PUT")

            def do_DELETE(self) -> None:  # noqa: N802
                lms.handle(self, "DELETE")

            def reply(self, status: int, body: bytes, kind: str = "application/json") -> None:
                self.send_response(status)
                self.send_header("Access-Control-Allow-Origin", "*")
                self.send_header("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE")
                self.send_header(
                    "Access-Control-Allow-Headers",
                    "Authorization, Content-Type, X-Experience-API-Version",
                )
                self.send_header("Access-Control-Max-Age", "600")
                self.send_header("Cache-Control", "no-store")
                if body or status != 204:
                    self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)

    # ------------------------------------------------------------------ launching

    def launch(
        self,
        au_url: str,
        publisher_id: str,
        *,
        mode: str = "Normal",
        mastery: float | None = None,
        move_on: str = "CompletedAndPassed",
        registration: str | None = None,
        learner: str = "learner-1",
        return_url: str | None = None,
    ) -> Launch:
        """A new AU session: registration, session id, LMS.LaunchData, ``launched``, URL."""
        registration = registration or str(uuid.uuid4())
        session = str(uuid.uuid4())
        actor = {"objectType": "Agent", "account": {"homePage": HOME_PAGE, "name": learner}}
        activity_id = f"{HOME_PAGE}/activities/{uuid.uuid5(uuid.NAMESPACE_URL, publisher_id)}"
        fetch_key = secrets.token_urlsafe(16)
        token = base64.b64encode(f"au-{session}:{secrets.token_hex(16)}".encode()).decode()
        template = {
            "contextActivities": {"grouping": [{"objectType": "Activity", "id": publisher_id}]},
            "extensions": {SESSION: session},
        }
        data: dict[str, Any] = {"contextTemplate": template, "launchMode": mode, "moveOn": move_on}
        if mastery is not None:
            data["masteryScore"] = mastery
        if return_url:
            data["returnURL"] = return_url
        params = {
            "endpoint": f"{self.url}/xapi/",
            "fetch": f"{self.url}/fetch?k={fetch_key}",
            "actor": json.dumps(actor),
            "registration": registration,
            "activityId": activity_id,
        }
        url = au_url + "?" + urllib.parse.urlencode(params, quote_via=urllib.parse.quote)
        launch = Launch(url, registration, session, activity_id, publisher_id, actor, fetch_key,
                        token, launch_data=data)  # fmt: skip
        key = self._state_key(activity_id, actor, registration, "LMS.LaunchData")
        with self.lock:
            self.documents[key] = json.dumps(data).encode()
            self.launches[fetch_key] = launch
            self.tokens["Basic " + token] = launch
        extensions = {
            SESSION: session,
            CMI5 + "extensions/launchmode": mode,
            CMI5 + "extensions/launchurl": au_url,
            CMI5 + "extensions/moveon": move_on,
        }
        if mastery is not None:
            extensions[CMI5 + "extensions/masteryscore"] = mastery
        self.ralph.post([{
            "id": str(uuid.uuid4()),
            "actor": actor,
            "verb": {"id": "http://adlnet.gov/expapi/verbs/launched", "display": {"en-US": "launched"}},
            "object": {"objectType": "Activity", "id": activity_id},
            "context": {
                "registration": registration,
                "contextActivities": {**template["contextActivities"], "category": [{"id": CATEGORY}]},
                "extensions": extensions,
            },
            "timestamp": _now(),
        }])  # fmt: skip
        return launch

    def fetch(self, launch: Launch) -> dict[str, Any]:
        """POST the launch's fetch URL as the AU would (to check it is refused a second time)."""
        req = urllib.request.Request(f"{self.url}/fetch?k={launch.fetch_key}", data=b"",
                                     method="POST")  # fmt: skip
        with urllib.request.urlopen(req, timeout=30) as r:
            result: dict[str, Any] = json.loads(r.read())
            return result

    def document(self, launch: Launch, state_id: str) -> Any:
        raw = self.documents.get(
            self._state_key(launch.activity_id, launch.actor, launch.registration, state_id)
        )
        return None if raw is None else json.loads(raw)

    # ------------------------------------------------------------------ requests

    @staticmethod
    def _agent(actor: Any) -> str:
        return json.dumps(actor, sort_keys=True)

    def _state_key(self, activity: str, actor: Any, registration: str, state_id: str
                   ) -> tuple[str, ...]:  # fmt: skip
        return ("state", activity, self._agent(actor), registration, state_id)

    def handle(self, h: Any, method: str) -> None:
        parts = urllib.parse.urlsplit(h.path)
        query = dict(urllib.parse.parse_qsl(parts.query))
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else b""
        status, reply = self._route(method, parts.path, query, body, h.headers)
        with self.lock:
            self.requests.append((method, parts.path, status))
        kind = "text/html; charset=utf-8" if parts.path == "/lms/return" else "application/json"
        h.reply(status, reply, kind)

    def _route(self, method: str, path: str, query: dict[str, str], body: bytes,
               headers: Any) -> tuple[int, bytes]:  # fmt: skip
        if path == "/lms/return":
            return 200, b"<!doctype html><title>LMS</title><h1>Back in the LMS</h1>"
        if path == "/fetch" and method == "POST":
            with self.lock:
                launch = self.launches.get(query.get("k", ""))
                if launch is None:
                    return 200, _json({"error-code": "2", "error-text": "Unknown launch."})
                launch.fetched += 1
                if launch.fetched > 1:
                    return 200, _json({"error-code": "1", "error-text":
                                       "The authorization token has already been returned."})  # fmt: skip
            return 200, _json({"auth-token": launch.token})
        if not path.startswith("/xapi/"):
            return 404, _json({"error": "not found"})
        launch = self.tokens.get(headers.get("Authorization", ""))
        if launch is None:
            return 401, _json({"error": "bad or missing auth token"})
        if not self.ralph.running:
            return 503, _json({"error": "the LRS is down"})
        resource = path[len("/xapi/") :]
        if resource == "statements":
            return self._statements(method, query, body, headers)
        if resource == "activities/state":
            key = self._state_key(query.get("activityId", ""), json.loads(query.get("agent", "{}")),
                                  query.get("registration", ""), query.get("stateId", ""))  # fmt: skip
            return self._document(key, method, body, read_only=key[-1] == "LMS.LaunchData")
        if resource == "agents/profile":
            key = ("profile", self._agent(json.loads(query.get("agent", "{}"))),
                   query.get("profileId", ""))  # fmt: skip
            return self._document(key, method, body, read_only=False)
        return 404, _json({"error": f"no resource {resource}"})

    def _statements(self, method: str, query: dict[str, str], body: bytes,
                    headers: Any) -> tuple[int, bytes]:  # fmt: skip
        path = "/xAPI/statements"
        if query:
            path += "?" + urllib.parse.urlencode(query)
        try:
            status, reply, _ = self.ralph.request(
                method, path, body or None,
                {"Content-Type": headers.get("Content-Type", "application/json")},
            )  # fmt: skip
        except OSError:
            return 503, _json({"error": "the LRS is down"})
        if status >= 400:
            with self.lock:
                self.refused.append((status, reply, body))
        return status, reply

    def _document(self, key: tuple[str, ...], method: str, body: bytes,
                  read_only: bool) -> tuple[int, bytes]:  # fmt: skip
        with self.lock:
            if method == "GET":
                found = self.documents.get(key)
                return (200, found) if found is not None else (404, b"")
            if read_only:
                return 403, _json({"error": "the AU must not change LMS.LaunchData"})
            if method in ("PUT", "POST"):
                json.loads(body)  # the AU's documents are JSON
                self.documents[key] = body
                return 204, b""
            self.documents.pop(key, None)
            return 204, b""


def _json(value: Any) -> bytes:
    return json.dumps(value).encode()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def when(statement: dict[str, Any]) -> datetime:
    """A statement's timestamp as a datetime (LRSs rewrite the format)."""
    return datetime.fromisoformat(statement["timestamp"].replace("Z", "+00:00"))
