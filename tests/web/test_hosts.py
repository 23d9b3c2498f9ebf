"""DNS rebinding: a request naming another host is refused in single-user mode."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from techties.interfaces.web.app import create_app
from techties.interfaces.web.hosts import HostPolicy

EVIL = "rebind.evil.example:8000"


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "localhost:8000", "[::1]:8000", "localhost",
                                  "LOCALHOST.:8000", "127.0.0.1"])
def test_loopback_names_on_the_servers_port(host: str) -> None:
    assert HostPolicy(port=8000).accepts(host, login_required=lambda: False)


@pytest.mark.parametrize("host", [EVIL, "127.0.0.1:9000", "127.0.0.1.nip.io:8000", "", "a b",
                                  "localhost@evil.example", "[::1", "127.0.0.1:x"])
def test_other_names_refused_without_login(host: str) -> None:
    assert not HostPolicy(port=8000).accepts(host, login_required=lambda: False)


def test_allow_list() -> None:
    policy = HostPolicy(("dash.example.org",), port=8000)
    assert policy.accepts("Dash.Example.org", login_required=lambda: True)
    assert policy.accepts("localhost:8000", login_required=lambda: True)
    assert not policy.accepts(EVIL, login_required=lambda: True)
    assert HostPolicy().accepts(EVIL, login_required=lambda: True), "no list: a login protects"


def test_single_user_app_refuses_a_foreign_host(client: TestClient) -> None:
    assert client.get("/api/v1/me").status_code == 200
    answer = client.get("/api/v1/me", headers={"Host": EVIL})
    assert answer.status_code == 400 and "Host" in answer.json()["detail"]
    page = client.get("/review", headers={"Host": EVIL})
    assert page.status_code == 400 and "text/html" in page.headers["content-type"]
    post = client.post("/api/v1/events/x/review", json={"action": "accept"}, headers={"Host": EVIL})
    assert post.status_code == 400


def test_allowed_hosts_from_the_environment(sample_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TECHTIES_ALLOWED_HOSTS", "dash.example.org, other.example")
    with TestClient(create_app(sample_url), base_url="http://dash.example.org") as c:
        assert c.get("/api/v1/me").status_code == 200
        assert c.get("/api/v1/me", headers={"Host": EVIL}).status_code == 400
