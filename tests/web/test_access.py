"""Accounts and access: single-user mode on loopback, logins, roles, tokens and CSRF."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from techties.interfaces.web.app import create_app
from techties.interfaces.web.auth import CSRF_COOKIE, SESSION_COOKIE, is_loopback
from techties.store.accounts import AccountError, Accounts


def _csrf(client: TestClient, path: str = "/login") -> str:
    html = client.get(path).text
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, path
    return found.group(1)


def _login(client: TestClient, username: str, password: str, next_url: str = "/") -> int:
    token = _csrf(client)
    response = client.post("/login", data={"username": username, "password": password,
                                           "csrf": token, "next": next_url}, follow_redirects=False)
    return response.status_code


def _accounts(client: TestClient) -> Accounts:
    accounts: Accounts = client.app.state.accounts  # type: ignore[attr-defined]
    return accounts


@pytest.mark.parametrize(("host", "loopback"), [
    ("127.0.0.1", True), ("127.8.0.1", True), ("::1", True), ("[::1]", True), ("localhost", True),
    ("0.0.0.0", False), ("192.168.1.4", False), ("example.org", False), ("::", False)])
def test_loopback_addresses(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_single_user_mode_until_a_user_exists(client: TestClient) -> None:
    assert client.get("/").status_code == 200
    me = client.get("/api/v1/me").json()
    assert me == {"username": "local", "role": "admin", "mode": "single-user", "login_required": False}
    _accounts(client).add_user("ana", "correct horse", "analyst")
    response = client.get("/events?domain=space", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Fevents%3Fdomain%3Dspace"
    assert client.get("/api/v1/events").status_code == 401


def test_any_other_address_needs_a_login_even_without_users(public_client: TestClient) -> None:
    assert public_client.get("/", follow_redirects=False).status_code == 303
    assert "techties user add" in public_client.get("/login").text
    assert public_client.get("/api/v1/overview").status_code == 401
    assert public_client.get("/static/app.css").status_code == 200


def test_login_roles_and_logout(public_client: TestClient) -> None:
    c = public_client
    _accounts(c).add_user("vera", "viewer-pass", "viewer")
    assert _login(c, "vera", "wrong password") == 200
    assert _login(c, "nobody", "viewer-pass") == 200
    assert not c.cookies.get(SESSION_COOKIE)
    assert _login(c, "vera", "viewer-pass", "/network") == 303
    assert c.cookies.get(SESSION_COOKIE)
    assert c.get("/network").status_code == 200
    assert c.get("/api/v1/me").json()["role"] == "viewer"
    event_id = c.get("/api/v1/review/queue").json()["events"][0]["id"]
    token = _csrf(c, f"/events/{event_id}")
    refused = c.post(f"/events/{event_id}/review", data={"action": "accept", "csrf": token},
                     follow_redirects=False)
    assert refused.status_code == 403, "a viewer cannot review"
    assert c.post("/logout", data={"csrf": token}, follow_redirects=False).status_code == 303
    assert c.get("/", follow_redirects=False).status_code == 303
    assert c.get("/api/v1/me").status_code == 401


def test_csrf_is_required_for_page_writes(public_client: TestClient) -> None:
    c = public_client
    _accounts(c).add_user("ana", "analyst-pass", "analyst")
    assert _login(c, "ana", "analyst-pass") == 303
    event_id = c.get("/api/v1/review/queue").json()["events"][0]["id"]
    assert c.post(f"/events/{event_id}/review", data={"action": "accept"}).status_code == 403
    assert c.post(f"/events/{event_id}/review", data={"action": "accept", "csrf": "x" * 43}).status_code == 403
    token = c.cookies[CSRF_COOKIE]
    foreign = c.post(f"/events/{event_id}/review", data={"action": "accept", "csrf": token},
                     headers={"Origin": "https://evil.example"})
    assert foreign.status_code == 403
    # the API with a session cookie needs the token in a header
    assert c.post(f"/api/v1/events/{event_id}/review", json={"action": "accept"}).status_code == 403
    ok = c.post(f"/api/v1/events/{event_id}/review", json={"action": "accept"},
                headers={"X-CSRF-Token": token})
    assert ok.status_code == 200 and ok.json()["event"]["review_status"] == "accepted"


def test_api_tokens(public_client: TestClient) -> None:
    accounts = _accounts(public_client)
    accounts.add_user("bot", "robot-pass", "analyst")
    secret, row = accounts.create_token("bot", "nightly export")
    auth = {"Authorization": f"Bearer {secret}"}
    assert public_client.get("/api/v1/me", headers=auth).json()["mode"] == "token"
    event_id = public_client.get("/api/v1/review/queue", headers=auth).json()["events"][0]["id"]
    reviewed = public_client.post(f"/api/v1/events/{event_id}/review", headers=auth,
                                  json={"action": "reject", "note": "not a cooperation event"})
    assert reviewed.status_code == 200
    assert reviewed.json()["review"]["reviewer"] == "bot"
    assert accounts.tokens("bot")[0].last_used_at is not None
    accounts.revoke_token(row.id)
    assert public_client.get("/api/v1/me", headers=auth).status_code == 401
    assert public_client.get("/api/v1/me", headers={"Authorization": "Bearer nonsense"}).status_code == 401


def test_accounts_refuse_bad_input(sample_url: str) -> None:
    accounts = Accounts(create_app(sample_url).state.store.engine)
    with pytest.raises(AccountError):
        accounts.add_user("x", "short", "viewer")
    with pytest.raises(AccountError):
        accounts.add_user("bad name!", "long enough", "viewer")
    with pytest.raises(AccountError):
        accounts.add_user("ok", "long enough", "boss")
    user = accounts.add_user("ok", "long enough", "admin")
    with pytest.raises(AccountError):
        accounts.add_user("ok", "long enough", "admin")
    stored = accounts.engine.connect().exec_driver_sql("SELECT password_hash FROM users").scalar()
    assert stored.startswith("$argon2id$") and "long enough" not in stored
    found = accounts.authenticate("ok", "long enough")
    assert found is not None and (found.id, found.role) == (user.id, "admin")
    accounts.set_active("ok", False)
    assert accounts.authenticate("ok", "long enough") is None
