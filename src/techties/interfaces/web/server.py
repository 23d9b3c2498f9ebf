"""Serving the dashboard with uvicorn: `serve` is what `techties serve` and `techties demo`
call."""

from __future__ import annotations

import logging
import os
from typing import Any

from techties.interfaces.web.auth import is_loopback

log = logging.getLogger(__name__)
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def server_config(app: Any, host: str, port: int, proxy_headers: bool = False,
                  forwarded_allow_ips: str | None = None) -> Any:
    """uvicorn's settings for `app`: no Server header, and with `proxy_headers` the scheme,
    client and host forwarded by the proxies at `forwarded_allow_ips` (default
    FORWARDED_ALLOW_IPS, else 127.0.0.1; '*' trusts any)."""
    import uvicorn

    from techties.interfaces.web.proxy import ForwardedHeaders

    if proxy_headers:
        trusted = forwarded_allow_ips or os.environ.get("FORWARDED_ALLOW_IPS") or "127.0.0.1"
        app = ForwardedHeaders(app, [h.strip() for h in trusted.split(",")])
    return uvicorn.Config(app, host=host, port=port, log_level="warning", proxy_headers=False,
                          server_header=False)


def serve(db_url: str | None, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          allowed_hosts: tuple[str, ...] = (), proxy_headers: bool = False,
          forwarded_allow_ips: str | None = None) -> None:
    """Serve the dashboard and API over the store at `db_url` (None: TECHTIES_DB or the
    default SQLite file) until interrupted.

    On a loopback address with no user created it runs in single-user mode (no login);
    once a user exists, or on any other address, every page and API call needs one.
    Requests are answered for loopback names and `allowed_hosts` (with TECHTIES_ALLOWED_HOSTS)
    only, in single-user mode always, with a login when an allow-list is given.
    Behind a reverse proxy, `proxy_headers` trusts what the proxies at `forwarded_allow_ips`
    forward (docs/reverse-proxy.md).
    """

    import uvicorn

    from techties import settings
    from techties.interfaces.web.app import create_app
    from techties.store.store import database_label

    app = create_app(db_url, host=host, port=port,
                     allowed_hosts=tuple(allowed_hosts) + settings.allowed_hosts())
    accounts = app.state.accounts
    if app.state.access.login_required():
        if not accounts.has_users():
            log.warning("bound to %s with no user: create one with `techties user add NAME`", host)
        mode = "login required"
    else:
        mode = "single-user mode (loopback, no account): no login"
    shown = f"[{host}]" if ":" in host else host
    print(f"techties dashboard on http://{shown}:{port}/  ({mode}; Ctrl-C stops it)", flush=True)
    print(f"database: {database_label(app.state.store.url)}", flush=True)
    if not is_loopback(host):
        print("warning: reachable from other machines; put it behind HTTPS", flush=True)
    uvicorn.Server(server_config(app, host, port, proxy_headers, forwarded_allow_ips)).run()
