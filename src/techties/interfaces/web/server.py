"""Serving the dashboard with uvicorn: `serve` is what `techties serve` and `techties demo`
call."""

from __future__ import annotations

import logging

from techties.interfaces.web.auth import is_loopback

log = logging.getLogger(__name__)
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def serve(db_url: str | None, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> None:
    """Serve the dashboard and API over the store at `db_url` (None: TECHTIES_DB or the
    default SQLite file) until interrupted.

    On a loopback address with no user created it runs in single-user mode (no login);
    once a user exists, or on any other address, every page and API call needs one.
    """
    import uvicorn

    from techties.interfaces.web.app import create_app
    from techties.store.store import database_label

    app = create_app(db_url, host=host)
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
    uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=False)
