"""Behind an HTTPS reverse proxy: forwarded scheme and host from a trusted proxy are
believed, so login passes the origin check, cookies get Secure and answers get HSTS."""

from __future__ import annotations

import re

import httpx
import pytest

from techties.interfaces.web.app import create_app
from techties.interfaces.web.auth import CSRF_COOKIE, SESSION_COOKIE

from .live_server import free_port, running

SITE = "dash.example.org"
FORWARDED = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": SITE, "X-Forwarded-For": "203.0.113.9"}


def _cookie(response: httpx.Response, name: str) -> str:
    for header in response.headers.get_list("set-cookie"):
        if header.startswith(f"{name}="):
            return header
    raise AssertionError(f"no {name} cookie")


def _login(base: str) -> tuple[httpx.Response, httpx.Response]:
    # Secure cookies are not sent back over this plain-HTTP leg, so they travel by hand.
    with httpx.Client(base_url=base, headers=FORWARDED) as client:
        page = client.get("/login")
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert csrf
        answer = client.post("/login", data={"username": "ana", "password": "correct horse",
                                             "csrf": csrf.group(1), "next": "/"},
                             headers={"Origin": f"https://{SITE}", "Cookie": f"{CSRF_COOKIE}={csrf.group(1)}"},
                             follow_redirects=False)
    return page, answer


@pytest.mark.parametrize("trusted", [True, False])
def test_login_behind_an_https_proxy(sample_url: str, trusted: bool) -> None:
    app = create_app(sample_url, allowed_hosts=(SITE,))
    app.state.accounts.add_user("ana", "correct horse", "analyst")
    port = free_port()
    proxies = "127.0.0.1" if trusted else "10.9.9.9"
    with running(app, port, proxy_headers=True, forwarded_allow_ips=proxies) as base:
        page, answer = _login(base)
    if trusted:
        assert page.headers["strict-transport-security"].startswith("max-age=")
        assert "secure" in _cookie(page, CSRF_COOKIE).lower()
        assert answer.status_code == 303, answer.text[:300]
        assert "secure" in _cookie(answer, SESSION_COOKIE).lower()
    else:  # the forwarded headers of an unknown proxy are ignored
        assert "strict-transport-security" not in page.headers
        assert answer.status_code == 403, "an https origin against a plain-http request"
