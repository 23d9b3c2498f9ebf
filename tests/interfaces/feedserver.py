"""A real HTTP server on 127.0.0.1 that answers conditional requests as news sites do:
each path has a body, an ETag and a Last-Modified; a request whose If-None-Match or
If-Modified-Since matches gets 304 Not Modified. It logs every request and its answer."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from hashlib import sha1
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Page:
    body: bytes
    content_type: str
    status: int = 200
    delay: float = 0.0
    last_modified: str = "Sat, 05 Dec 2026 08:00:00 GMT"

    @property
    def etag(self) -> str:
        return '"' + sha1(self.body).hexdigest()[:16] + '"'


@dataclass
class Seen:
    path: str
    headers: dict[str, str]
    status: int


@dataclass
class FeedServer:
    base: str
    pages: dict[str, Page]
    seen: list[Seen] = field(default_factory=list)
    posts: list[tuple[str, bytes]] = field(default_factory=list)  # (path, body) of each POST

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def put(self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8",
            *, status: int = 200, delay: float = 0.0) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.pages[path] = Page(data, content_type, status, delay)
        return self.url(path)

    def requests_for(self, path: str) -> list[Seen]:
        return [s for s in self.seen if s.path == path]


def _handler(server: FeedServer) -> type:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            page = server.pages.get(self.path)
            headers = {k.lower(): v for k, v in self.headers.items()}
            if page is None:
                self._answer(404, b"not found", "text/plain", headers)
                return
            if page.delay:
                time.sleep(page.delay)
            if page.status != 200:
                self._answer(page.status, b"server trouble", "text/plain", headers)
                return
            unchanged = (headers.get("if-none-match") == page.etag
                         or ("if-none-match" not in headers
                             and headers.get("if-modified-since") == page.last_modified))
            extra = {"ETag": page.etag, "Last-Modified": page.last_modified}
            if unchanged:
                self._answer(304, b"", page.content_type, headers, extra)
            else:
                self._answer(200, page.body, page.content_type, headers, extra)

        def do_POST(self) -> None:  # noqa: N802 - a webhook receiver
            length = int(self.headers.get("Content-Length") or 0)
            server.posts.append((self.path, self.rfile.read(length)))
            self._answer(204, b"", "text/plain", {})

        def _answer(self, status: int, body: bytes, content_type: str, headers: dict[str, str],
                    extra: dict[str, str] | None = None) -> None:
            server.seen.append(Seen(self.path, headers, status))
            self.send_response(status)
            for name, value in (extra or {}).items():
                self.send_header(name, value)
            if status not in (204, 304):
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if status not in (204, 304):
                self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


class _Quiet(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass


@contextmanager
def serve_feeds() -> Iterator[FeedServer]:
    """A server running in a thread until the block ends."""
    state = FeedServer("", {})
    httpd = _Quiet(("127.0.0.1", 0), _handler(state))
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
