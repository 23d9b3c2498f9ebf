"""What the server gives away: the API schema needs a login when one is required, the CSRF
token changes at sign-in and sign-out, and no Server header names the software."""

from __future__ import annotations

import re

import httpx
from fastapi.testclient import TestClient

from techties.interfaces.web.app import create_app
from techties.interfaces.web.auth import CSRF_COOKIE
from techties.store.accounts import Accounts

from .live_server import free_port, running


def test_schema_needs_a_login_when_one_is_required(public_client: TestClient) -> None:
    assert public_client.get("/openapi.json").status_code == 401
    accounts: Accounts = public_client.app.state.accounts  # type: ignore[attr-defined]
    accounts.add_user("bot", "bot-password", "viewer")
    secret, _ = accounts.create_token("bot")
    answer = public_client.get("/openapi.json", headers={"Authorization": f"Bearer {secret}"})
    assert answer.status_code == 200 and "/api/v1/events" in answer.json()["paths"]
    assert "/openapi.json" not in answer.json()["paths"]


def test_schema_open_in_single_user_mode(client: TestClient) -> None:
    assert client.get("/openapi.json").status_code == 200


def _form_csrf(client: TestClient, path: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', client.get(path).text)
    assert found
    return found.group(1)


def test_csrf_token_rotated_at_login_and_logout(public_client: TestClient) -> None:
    accounts: Accounts = public_client.app.state.accounts  # type: ignore[attr-defined]
    accounts.add_user("ana", "correct horse", "analyst")
    before = _form_csrf(public_client, "/login")
    assert public_client.cookies.get(CSRF_COOKIE) == before
    answer = public_client.post("/login", data={"username": "ana", "password": "correct horse",
                                                "csrf": before, "next": "/"}, follow_redirects=False)
    assert answer.status_code == 303
    after = public_client.cookies.get(CSRF_COOKIE)
    assert after and after != before
    assert _form_csrf(public_client, "/") == after
    assert public_client.post("/logout", data={"csrf": after}, follow_redirects=False).status_code == 303
    assert public_client.cookies.get(CSRF_COOKIE) not in (None, after)


def test_no_server_header(sample_url: str) -> None:
    with running(create_app(sample_url), free_port()) as base:
        answer = httpx.get(f"{base}/static/app.css")
    assert answer.status_code == 200 and "server" not in answer.headers
