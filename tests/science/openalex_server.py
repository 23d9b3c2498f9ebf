"""A real OpenAlex-like API on 127.0.0.1: pages of works by cursor, and failures on demand."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .openalex_works import api_response


@dataclass
class FakeOpenAlex:
    url: str
    pages: dict[str, tuple[list[dict[str, Any]], str | None]]  # cursor → (works, next cursor)
    failures: dict[str, list[int]] = field(default_factory=dict)  # cursor → statuses to send first
    requests: list[dict[str, list[str]]] = field(default_factory=list)


@contextmanager
def openalex_server(pages: dict[str, tuple[list[dict[str, Any]], str | None]]) -> Iterator[FakeOpenAlex]:
    api = FakeOpenAlex("", pages)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            query = parse_qs(urlsplit(self.path).query)
            api.requests.append(query)
            cursor = query.get("cursor", ["*"])[0]
            pending = api.failures.get(cursor)
            if pending:
                status = pending.pop(0)
                body = b'{"error": "try later"}'
                self.send_response(status)
                if status == 429:
                    self.send_header("Retry-After", "0")
            elif cursor in api.pages:
                works, next_cursor = api.pages[cursor]
                body = json.dumps(api_response(works, next_cursor)).encode()
                self.send_response(200)
            else:
                body = b'{"error": "bad cursor"}'
                self.send_response(400)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    api.url = f"http://127.0.0.1:{server.server_address[1]}/works"
    try:
        yield api
    finally:
        server.shutdown()
        server.server_close()
