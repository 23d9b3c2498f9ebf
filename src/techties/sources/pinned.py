"""The connections of one fetch: to the addresses that passed the check, within one deadline.

httpx's timeouts apply to each network operation, so a server that sends its headers one
byte a second never trips them. Every connect, TLS handshake, read and write made here
gets only the time left before the fetch's overall deadline. And a host name is connected
to at the address checked for it (`pins`), not resolved a second time, so a name that
answers a public address to the check and a private one to the connect (DNS rebinding)
cannot steer the request; TLS still verifies the certificate against the name.
"""

from __future__ import annotations

import ssl
import time
import typing

import httpcore
import httpx


class Deadline:
    """Seconds left before `at` (time.monotonic), each wait cut to fit."""

    def __init__(self, at: float):
        self.at = at

    def left(self, timeout: float | None, error: type[Exception]) -> float:
        remaining = self.at - time.monotonic()
        if remaining <= 0:
            raise error("overall deadline passed")
        return remaining if timeout is None else min(timeout, remaining)


class _Stream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream, deadline: Deadline):
        self._stream = stream
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._deadline.left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._deadline.left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        stream = self._stream.start_tls(ssl_context, server_hostname,
                                        self._deadline.left(timeout, httpcore.ConnectTimeout))
        return _Stream(stream, self._deadline)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class PinnedBackend(httpcore.NetworkBackend):
    """Plain sockets, connected to `pins[host]` when the host is pinned, within `deadline`."""

    def __init__(self, deadline: Deadline, pins: dict[str, str]):
        self._backend = httpcore.SyncBackend()
        self.deadline = deadline
        self.pins = pins

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: typing.Iterable[typing.Any] | None = None) -> httpcore.NetworkStream:
        address = self.pins.get(host.lower(), host)
        stream = self._backend.connect_tcp(address, port,
                                           self.deadline.left(timeout, httpcore.ConnectTimeout),
                                           local_address, socket_options)
        return _Stream(stream, self.deadline)

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: typing.Iterable[typing.Any] | None = None) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("no Unix sockets for fetches")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class PinnedTransport(httpx.HTTPTransport):
    """httpx's transport over a PinnedBackend (direct connections; proxies keep their own)."""

    def __init__(self, backend: PinnedBackend):
        super().__init__()
        # httpx offers no public way to hand its pool a network backend: replace the pool.
        self._pool = httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(),
                                             network_backend=backend)
