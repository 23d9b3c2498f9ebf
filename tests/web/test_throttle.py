"""Guessing passwords and API tokens: after N failures, 429 for a cooling period.

The app tests use N = 3 (TECHTIES_LOGIN_MAX_FAILURES): each wrong password costs a
deliberately slow hash check."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from techties.interfaces.web.app import create_app
from techties.interfaces.web.throttle import Throttle
from techties.store.accounts import Accounts


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_blocked_after_the_limit_for_the_window() -> None:
    clock = Clock()
    throttle = Throttle(3, 60, clock)
    throttle.fail("a")
    throttle.fail("a")
    assert throttle.wait("a") == 0
    throttle.fail("a", "b")
    assert throttle.wait("a") == 60 and throttle.wait("b", "c") == 0
    clock.now += 59.5
    assert throttle.wait("a") == 1
    clock.now += 1
    assert throttle.wait("a") == 0


def test_failures_outside_the_window_do_not_add_up() -> None:
    clock = Clock()
    throttle = Throttle(3, 60, clock)
    for _ in range(10):
        throttle.fail("a")
        clock.now += 31
    assert throttle.wait("a") == 0


@pytest.fixture
def guarded(sample_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    """An app that needs a login, refusing after three failures."""
    monkeypatch.setenv("TECHTIES_LOGIN_MAX_FAILURES", "3")
    with TestClient(create_app(sample_url, host="0.0.0.0"), base_url="http://127.0.0.1") as c:
        yield c


def _csrf(client: TestClient) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text)
    assert found
    return found.group(1)


def _post_login(client: TestClient, csrf: str, username: str, password: str) -> tuple[int, dict[str, str]]:
    answer = client.post("/login", data={"username": username, "password": password,
                                         "csrf": csrf, "next": "/"}, follow_redirects=False)
    return answer.status_code, dict(answer.headers)


def test_two_hundred_wrong_passwords_then_the_right_one(guarded: TestClient,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    accounts: Accounts = guarded.app.state.accounts  # type: ignore[attr-defined]
    accounts.add_user("ana", "correct horse", "analyst")
    statuses = []
    csrf = _csrf(guarded)
    with caplog.at_level(logging.WARNING):
        for n in range(200):
            status, headers = _post_login(guarded, csrf, "ana", f"guess {n}")
            statuses.append(status)
    assert statuses[:2] == [200] * 2, "wrong passwords are answered with the form"
    assert set(statuses[3:]) == {429}
    assert int(headers["retry-after"]) > 0
    assert "failed sign-ins" in caplog.text
    assert _post_login(guarded, csrf, "ana", "correct horse")[0] == 429


def test_wrong_api_tokens(guarded: TestClient) -> None:
    accounts: Accounts = guarded.app.state.accounts  # type: ignore[attr-defined]
    accounts.add_user("bot", "bot-password", "viewer")
    secret, _ = accounts.create_token("bot")
    assert guarded.get("/api/v1/me", headers={"Authorization": f"Bearer {secret}"}).status_code == 200
    statuses = [guarded.get("/api/v1/me", headers={"Authorization": f"Bearer wrong{n}"}).status_code
                for n in range(30)]
    assert statuses[:2] == [401] * 2 and set(statuses[3:]) == {429}
    answer = guarded.get("/api/v1/me", headers={"Authorization": f"Bearer {secret}"})
    assert answer.status_code == 429 and answer.headers["retry-after"]
