"""Which Host headers the server answers: a defence against DNS rebinding.

A web page the analyst visits can point a name of its own (rebind.evil.example) at
127.0.0.1 and then read and post to the local dashboard as a same-origin site. Its
requests carry that name in the Host header. So in single-user mode (no login) only
loopback names are answered (localhost, 127.0.0.1, [::1], on the server's port when it
is known), plus the names an administrator allowed (`--allowed-host`,
TECHTIES_ALLOWED_HOSTS). With a login required the allow-list, when given, applies too.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from techties.interfaces.web.auth import is_loopback


def split_host(header: str) -> tuple[str, int | None] | None:
    """The name and port of a Host header, or None when it is malformed."""
    if not header or any(c in header for c in "/?#@ \\"):
        return None
    try:
        parts = urlsplit("//" + header)
        return (parts.hostname or "").rstrip(".").lower(), parts.port
    except ValueError:
        return None


class HostPolicy:
    """The Host headers one server accepts."""

    def __init__(self, allowed: tuple[str, ...] = (), port: int | None = None):
        self.allowed = tuple(name.strip().lower().rstrip(".") for name in allowed if name.strip())
        self.port = port

    def accepts(self, header: str, login_required: Callable[[], bool]) -> bool:
        """Whether a request with Host `header` is answered: an allowed or loopback name
        always; any other only when a login is required and no allow-list was given."""
        parsed = split_host(header)
        if parsed is not None and parsed[0]:
            name, port = parsed
            if "*" in self.allowed or name in self.allowed:
                return True
            if is_loopback(name) and (self.port is None or port in (None, self.port)):
                return True
        return not self.allowed and login_required()
