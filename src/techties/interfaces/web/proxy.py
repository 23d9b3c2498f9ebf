"""Behind a reverse proxy: the scheme, client address and host the proxy saw.

uvicorn's ProxyHeadersMiddleware takes X-Forwarded-Proto and X-Forwarded-For from the
trusted proxies (`--forwarded-allow-ips`); this adds X-Forwarded-Host, so that the
CSRF origin check, the Host allow-list, `Secure` cookies and HSTS see the site as the
browser does (https://dash.example.org) and not as the proxy reached it.
"""

from __future__ import annotations

from typing import Any

from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware


class ForwardedHeaders(ProxyHeadersMiddleware):
    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        client = scope.get("client") if scope["type"] in ("http", "websocket") else None
        if client and client[0] in self.trusted_hosts:
            forwarded = [v for n, v in scope["headers"] if n == b"x-forwarded-host"]
            if forwarded:
                host = forwarded[0].split(b",")[0].strip()
                scope = dict(scope)
                scope["headers"] = [(n, v) for n, v in scope["headers"] if n != b"host"] + [(b"host", host)]
        await super().__call__(scope, receive, send)
