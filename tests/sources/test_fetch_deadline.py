"""One deadline for the whole fetch, and the connection made to the address that was checked."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from techties.exceptions import ItemError
from techties.sources import urls
from techties.sources.urls import fetch_url

from .localserver import LocalServer


@pytest.fixture
def dribbler() -> Iterator[str]:
    """A server that sends its status line and headers a byte every 0.1 s, for 8 s."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def answer() -> None:
        try:
            conn, _ = listener.accept()
        except OSError:
            return
        with conn:
            conn.recv(65536)
            for byte in b"HTTP/1.1 200 OK\r\nX-Pad: " + b"a" * 80:
                if stop.wait(0.1):
                    return
                try:
                    conn.sendall(bytes([byte]))
                except OSError:
                    return

    thread = threading.Thread(target=answer, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/"
    stop.set()
    listener.close()
    thread.join(2)


def test_headers_sent_a_byte_at_a_time_are_cut_at_the_deadline(dribbler: str) -> None:
    started = time.monotonic()
    with pytest.raises(ItemError, match="timed out after 1 s"):
        fetch_url(dribbler, allow_private=True, timeout=1)
    assert time.monotonic() - started < 4, "the deadline covers the headers, not each byte"


def test_the_checked_address_is_the_one_connected_to(server: LocalServer,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A name the check resolved to an address (here the local server, taken as public) is
    connected to at that address; were it resolved again, `.invalid` would not resolve."""
    checked = {"rebind.invalid": [urls.ipaddress.ip_address("127.0.0.1")]}
    real = urls._addresses

    def resolve(host: str, port: int, source: str) -> list[urls.IPAddress]:
        return checked.get(host) or real(host, port, source)

    monkeypatch.setattr(urls, "_addresses", resolve)
    monkeypatch.setattr(urls, "refused_reason", lambda ip: None)
    port = server.base.rsplit(":", 1)[1]
    server.route("/page", "pinned")
    fetched = fetch_url(f"http://rebind.invalid:{port}/page", timeout=2)
    assert fetched.body == b"pinned"
    assert server.requests[-1][1]["Host"] == f"rebind.invalid:{port}"
