"""fetch_url against a real local server: schemes, addresses, redirects, size and time limits."""

from __future__ import annotations

import ipaddress

import httpx
import pytest

from techties.exceptions import ItemError
from techties.sources import urls
from techties.sources.urls import fetch_url

from .localserver import LocalServer


@pytest.fixture
def no_requests(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to send a request fails the test: refusals must come first."""

    def refuse(*args: object, **kwargs: object) -> None:
        pytest.fail("a request was sent")

    monkeypatch.setattr(httpx.Client, "send", refuse)


@pytest.fixture
def loopback_is_public(monkeypatch: pytest.MonkeyPatch) -> None:
    """Treat 127.0.0.1 as public so the redirect checks can be seen with allow_private off."""
    real = urls.refused_reason

    def reason(ip: urls.IPAddress) -> str | None:
        return None if str(ip) == "127.0.0.1" else real(ip)

    monkeypatch.setattr(urls, "refused_reason", reason)


def test_fetches_a_page_with_its_user_agent(server: LocalServer) -> None:
    url = server.route("/page", "<html>hello</html>",
                       headers={"Content-Type": "text/html; charset=utf-8"})
    fetched = fetch_url(url, allow_private=True)
    assert fetched.body == b"<html>hello</html>"
    assert fetched.url == fetched.final_url == url
    assert fetched.media_type == "text/html" and fetched.charset == "utf-8"
    assert server.requests[0][1]["User-Agent"] == "techties/0.1"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/file.txt",
                                 "gopher://example.org/"])
def test_refuses_other_schemes(url: str, no_requests: None) -> None:
    with pytest.raises(ItemError, match="refused URL scheme"):
        fetch_url(url, allow_private=True)


@pytest.mark.parametrize("url", ["http://127.0.0.1/", "http://10.0.0.1/", "http://192.168.1.1/",
                                 "http://169.254.169.254/latest/meta-data/", "http://[::1]/",
                                 "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/",
                                 "http://224.0.0.1/", "http://100.64.0.1/"])
def test_refuses_private_addresses_without_the_flag(url: str, no_requests: None) -> None:
    with pytest.raises(ItemError, match="refused") as caught:
        fetch_url(url)
    assert caught.value.source == url


def test_refuses_the_local_server_before_asking_it(server: LocalServer) -> None:
    url = server.route("/secret", "admin panel")
    with pytest.raises(ItemError, match="refused loopback address 127.0.0.1"):
        fetch_url(url)
    assert server.requests == []


def test_refuses_a_name_that_resolves_to_loopback(no_requests: None) -> None:
    with pytest.raises(ItemError, match="refused loopback"):
        fetch_url("http://localhost/")


def test_refused_reason_names_the_range() -> None:
    assert urls.refused_reason(ipaddress.ip_address("10.1.2.3")) == "private"
    assert urls.refused_reason(ipaddress.ip_address("::ffff:192.168.0.1")) == "private"
    assert urls.refused_reason(ipaddress.ip_address("fe80::1")) == "link-local"
    assert urls.refused_reason(ipaddress.ip_address("93.184.216.34")) is None


def test_follows_redirects(server: LocalServer) -> None:
    target = server.route("/final", "done", headers={"Content-Type": "text/plain"})
    start = server.route("/start", status=302, headers={"Location": "/final"})
    fetched = fetch_url(start, allow_private=True)
    assert fetched.final_url == target and fetched.url == start and fetched.body == b"done"


def test_refuses_a_redirect_to_a_private_address(server: LocalServer,
                                                 loopback_is_public: None) -> None:
    start = server.route("/hop", status=301, headers={"Location": "http://10.0.0.1/admin"})
    with pytest.raises(ItemError, match="refused private address 10.0.0.1") as caught:
        fetch_url(start)
    assert caught.value.source == start
    assert [path for path, _ in server.requests] == ["/hop"]


def test_refuses_a_redirect_to_a_file_url(server: LocalServer) -> None:
    start = server.route("/hop", status=302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(ItemError, match="refused URL scheme 'file'"):
        fetch_url(start, allow_private=True)


def test_stops_after_five_redirects(server: LocalServer) -> None:
    for n in range(7):
        server.route(f"/r{n}", status=302, headers={"Location": f"/r{n + 1}"})
    with pytest.raises(ItemError, match="more than 5 redirects"):
        fetch_url(server.url("/r0"), allow_private=True)
    assert len(server.requests) == 6


def test_reports_http_errors(server: LocalServer) -> None:
    with pytest.raises(ItemError, match="HTTP 404"):
        fetch_url(server.url("/missing"), allow_private=True)


@pytest.mark.parametrize("chunked", [False, True], ids=["declared", "streamed"])
def test_refuses_bodies_over_the_size_cap(server: LocalServer, chunked: bool) -> None:
    url = server.route("/big", b"x" * 50_000, chunked=chunked)
    with pytest.raises(ItemError, match="larger than 10000 bytes"):
        fetch_url(url, allow_private=True, max_bytes=10_000)
    assert fetch_url(url, allow_private=True, max_bytes=50_000).body == b"x" * 50_000


def test_size_cap_defaults_to_the_setting(server: LocalServer,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TECHTIES_MAX_BYTES", "100")
    url = server.route("/big", b"y" * 101)
    with pytest.raises(ItemError, match="larger than 100 bytes"):
        fetch_url(url, allow_private=True)


def test_gives_up_on_a_slow_server(server: LocalServer) -> None:
    url = server.route("/slow", "late", delay=2.0)
    with pytest.raises(ItemError, match="timed out after 0.3 s"):
        fetch_url(url, allow_private=True, timeout=0.3)


def test_reports_a_closed_port() -> None:
    with pytest.raises(ItemError, match="fetch failed"):
        fetch_url("http://127.0.0.1:9/", allow_private=True, timeout=2)


def test_a_conditional_request_sends_its_validators_and_a_304_has_no_body(server: LocalServer) -> None:
    url = server.route("/feed", "", status=304, headers={"ETag": '"v2"'})
    fetched = fetch_url(url, allow_private=True,
                        headers={"If-None-Match": '"v1"', "If-Modified-Since": "Sat, 05 Dec 2026 08:00:00 GMT"})
    assert fetched.unchanged and fetched.body == b"" and fetched.etag == '"v2"'
    sent = server.requests[-1][1]
    assert sent["If-None-Match"] == '"v1"'
    assert sent["If-Modified-Since"] == "Sat, 05 Dec 2026 08:00:00 GMT"


def test_a_download_reports_its_validators(server: LocalServer) -> None:
    url = server.route("/feed", "<rss/>", headers={"ETag": '"abc"', "Last-Modified": "Sun, 06 Dec 2026 05:00:00 GMT"})
    fetched = fetch_url(url, allow_private=True)
    assert (fetched.status, fetched.unchanged, fetched.etag, fetched.last_modified) == \
        (200, False, '"abc"', "Sun, 06 Dec 2026 05:00:00 GMT")


def test_a_conditional_request_keeps_the_address_guards(no_requests: None) -> None:
    with pytest.raises(ItemError, match="refused loopback address"):
        fetch_url("http://127.0.0.1:9/feed", headers={"If-None-Match": '"v1"'})
