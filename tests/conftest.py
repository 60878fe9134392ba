"""Shared fixtures: a real HTTP server on 127.0.0.1, settings that allow it, a temp store.

`local_server` is a threaded HTTP/1.1 server; tests register routes on it:

    local_server.route("/feed.xml", body=b"...", headers={"Content-Type": "application/rss+xml"})
    local_server.route("/old", status=301, headers={"Location": "/feed.xml"})
    local_server.route("/dyn", handler=lambda req: Reply(200, {}, b"..."))   # full control
    url = local_server.url("/feed.xml")

Each request is recorded in `local_server.requests` (path, headers) so tests can
check conditional GET headers, User-Agent and the like.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newsdesk.settings import Settings, load_settings
from newsdesk.store import Store, open_store

FIXTURES = Path(__file__).parent / "fixtures"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_73062b48682f12c1.txt"
# The seed beside the repository (../shared/seed): tests of it skip, never fail, without it.
needs_seed = pytest.mark.skipif(not SEED.exists(),
                                reason="the shared seed (../shared/seed) is not beside the repo")


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]


@dataclass
class Reply:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | Iterator[bytes] = b""
    # seconds to sleep before each chunk when body is an iterator (slow bodies)
    chunk_delay: float = 0.0


Handler = Callable[[Request], Reply]


class LocalServer:
    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.requests: list[Request] = []
        outer = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # keep test output clean
                return

            def do_GET(self) -> None:
                outer._serve(self, "GET")

            def do_HEAD(self) -> None:
                outer._serve(self, "HEAD")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(
            target=lambda: self.httpd.serve_forever(poll_interval=0.05), daemon=True)
        self.thread.start()

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def route(
        self,
        path: str,
        body: bytes | str = b"",
        status: int = 200,
        headers: dict[str, str] | None = None,
        handler: Handler | None = None,
    ) -> str:
        if handler is None:
            data = body.encode("utf-8") if isinstance(body, str) else body
            fixed = Reply(status, dict(headers or {}), data)
            handler = lambda _req: fixed  # noqa: E731
        self.routes[path] = handler
        return self.url(path)

    def _serve(self, h: BaseHTTPRequestHandler, method: str) -> None:
        req = Request(method, h.path, {k.lower(): v for k, v in h.headers.items()})
        self.requests.append(req)
        handler = self.routes.get(h.path) or self.routes.get(h.path.split("?")[0])
        reply = handler(req) if handler else Reply(404, {"Content-Type": "text/plain"}, b"nf")
        h.send_response(reply.status)
        headers = {k.lower(): v for k, v in reply.headers.items()}
        if isinstance(reply.body, bytes):
            headers.setdefault("content-length", str(len(reply.body)))
            for k, v in headers.items():
                h.send_header(k, v)
            h.end_headers()
            if method != "HEAD":
                h.wfile.write(reply.body)
            return
        headers.pop("content-length", None)
        headers["transfer-encoding"] = "chunked"
        for k, v in headers.items():
            h.send_header(k, v)
        h.end_headers()
        try:
            for chunk in reply.body:
                if reply.chunk_delay:
                    time.sleep(reply.chunk_delay)
                h.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                h.wfile.flush()
            h.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            return

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture()
def local_server() -> Iterator[LocalServer]:
    server = LocalServer()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture()
def store(settings: Settings) -> Iterator[Store]:
    """A fresh SQLite store at the `settings` database (tests/store/ runs every backend)."""
    opened = open_store(settings.db_url)
    yield opened
    opened.close()


@pytest.fixture()
def settings(tmp_path: Path) -> Settings:
    """Settings for tests: a temp SQLite DB, only 127.0.0.1 allowed, short timeouts."""
    return load_settings(
        cli={
            "db": f"sqlite:///{tmp_path / 'nd.db'}",
            "allowed_hosts": "127.0.0.1",
            "connect_timeout": "2",
            "read_timeout": "2",
            "total_timeout": "5",
            "respect_robots": "true",
        },
        env={},
        config=None,
    )
