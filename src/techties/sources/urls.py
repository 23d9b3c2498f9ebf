"""Fetching one URL safely: http(s) only, public addresses only, bounded in size and time.

Every hop of a redirect chain is checked before it is requested and connected to at the
address that passed the check (pinned.py), so a name that resolves differently the second
time (DNS rebinding) cannot reach a private host; the address actually connected to is
checked again as well. One deadline covers connecting, the headers and the body.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass

import httpx

from techties import settings
from techties.exceptions import ItemError
from techties.sources.pinned import Deadline, PinnedBackend, PinnedTransport

USER_AGENT = "techties/0.1"
MAX_REDIRECTS = 5
SCHEMES = frozenset({"http", "https"})
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True)
class Fetched:
    """A downloaded body and what the server said about it."""

    url: str  # as requested
    final_url: str  # after redirects
    content_type: str  # the Content-Type header as sent, "" when absent
    body: bytes
    status: int = 200  # 304 when a conditional request found the resource unchanged (no body)
    etag: str | None = None  # validators for the next conditional request
    last_modified: str | None = None

    @property
    def unchanged(self) -> bool:
        """True when the server answered 304 Not Modified to a conditional request."""
        return self.status == 304

    @property
    def media_type(self) -> str:
        """The media type alone, lower case: text/html for "text/html; charset=UTF-8"."""
        return self.content_type.split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for param in self.content_type.split(";")[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "charset" and value.strip():
                return value.strip().strip("'\"")
        return None


def refused_reason(ip: IPAddress) -> str | None:
    """Why an address may not be fetched without allow_private, or None when it is public."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for reason in ("loopback", "link_local", "multicast", "unspecified", "reserved", "private"):
        if getattr(ip, f"is_{reason}"):
            return reason.replace("_", "-")
    if not ip.is_global:  # shared address space (100.64/10) and other non-routable ranges
        return "non-global"
    return None


def _addresses(host: str, port: int, source: str) -> list[IPAddress]:
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise ItemError(source, f"cannot resolve host {host!r} ({exc})") from None
    return [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]


def check_url(url: httpx.URL, source: str, allow_private: bool) -> str | None:
    """Refuse a URL that is not http(s) or whose host resolves to a non-public address;
    returns the checked address to connect to (None when nothing was checked)."""
    if url.scheme not in SCHEMES:
        scheme = url.scheme or "(none)"
        raise ItemError(source, f"refused URL scheme {scheme!r}: only http and https")
    if not url.host:
        raise ItemError(source, "URL has no host")
    if allow_private:
        return None
    host = url.raw_host.decode("ascii")  # the name as connected to (IDNA-encoded)
    addresses = _addresses(host, url.port or (443 if url.scheme == "https" else 80), source)
    for ip in addresses:
        reason = refused_reason(ip)
        if reason:
            raise ItemError(source, f"refused {reason} address {ip} for host {url.host!r} "
                                    "(allow private addresses to fetch it)")
    return str(addresses[0]) if addresses else None


def _proxied(url: httpx.URL) -> bool:
    """Whether httpx sends this request through a proxy from the environment."""
    proxies = urllib.request.getproxies_environment()
    if url.scheme not in proxies and "all" not in proxies:
        return False
    return not urllib.request.proxy_bypass(url.host)  # honours NO_PROXY


def _check_peer(response: httpx.Response, source: str, allow_private: bool) -> None:
    """Refuse when the address connected to is not public; behind a proxy, it is the proxy's."""
    if allow_private or _proxied(response.request.url):
        return
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if not peer:
        return
    ip = ipaddress.ip_address(str(peer[0]).split("%", 1)[0])
    reason = refused_reason(ip)
    if reason:
        raise ItemError(source, f"refused {reason} address {ip}, which the host resolved to "
                                "on connect")


def _read_body(response: httpx.Response, source: str, max_bytes: int, deadline: float,
               timeout: float) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise ItemError(source, f"larger than {max_bytes} bytes ({declared} declared)")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise ItemError(source, f"larger than {max_bytes} bytes")
        if time.monotonic() > deadline:
            raise ItemError(source, f"timed out after {timeout:g} s")
        chunks.append(chunk)
    return b"".join(chunks)


def _get(client: httpx.Client, current: httpx.URL, url: str, allow_private: bool,
         limits: tuple[int, float, float], pins: dict[str, str],
         headers: Mapping[str, str] | None = None) -> Fetched | httpx.URL:
    """One hop: the download, or the URL a redirect points to."""
    max_bytes, deadline, timeout = limits
    checked = check_url(current, url, allow_private)
    if checked is not None:
        pins[current.raw_host.decode("ascii").lower()] = checked
    with client.stream("GET", current, headers=headers) as response:
        _check_peer(response, url, allow_private)
        validators = response.headers.get("etag"), response.headers.get("last-modified")
        if response.status_code == 304:
            return Fetched(url, str(response.url), response.headers.get("content-type", ""), b"",
                           304, *validators)
        if response.is_redirect and "location" in response.headers:
            return current.join(response.headers["location"])
        if response.status_code >= 400:
            status = f"HTTP {response.status_code} {response.reason_phrase}"
            raise ItemError(url, status.strip())
        body = _read_body(response, url, max_bytes, deadline, timeout)
        return Fetched(url, str(response.url), response.headers.get("content-type", ""), body,
                       response.status_code, *validators)


def fetch_url(url: str, *, allow_private: bool = False, timeout: float | None = None,
              max_bytes: int | None = None, headers: Mapping[str, str] | None = None) -> Fetched:
    """Download `url`, following at most five redirects; raises ItemError on any failure.

    `timeout` (seconds, for the whole download) and `max_bytes` default to the
    TECHTIES_FETCH_TIMEOUT and TECHTIES_MAX_BYTES settings. `headers` are sent with every
    hop: If-None-Match and If-Modified-Since make it a conditional request, and a 304
    answer comes back as a Fetched with no body whose `unchanged` is true.
    """
    timeout = settings.fetch_timeout() if timeout is None else timeout
    max_bytes = settings.max_bytes() if max_bytes is None else max_bytes
    try:
        current = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ItemError(url, f"invalid URL ({exc})") from None
    limits = (max_bytes, time.monotonic() + timeout, timeout)
    pins: dict[str, str] = {}
    transport = PinnedTransport(PinnedBackend(Deadline(limits[1]), pins))
    try:
        with httpx.Client(timeout=timeout, follow_redirects=False, transport=transport,
                          headers={"User-Agent": USER_AGENT}) as client:
            for _ in range(MAX_REDIRECTS + 1):
                result = _get(client, current, url, allow_private, limits, pins, headers)
                if isinstance(result, Fetched):
                    return result
                current = result
    except httpx.TimeoutException:
        raise ItemError(url, f"timed out after {timeout:g} s") from None
    except httpx.InvalidURL as exc:
        raise ItemError(url, f"invalid URL ({exc})") from None
    except httpx.HTTPError as exc:
        raise ItemError(url, f"fetch failed ({type(exc).__name__}: {exc})") from None
    raise ItemError(url, f"more than {MAX_REDIRECTS} redirects")
