"""What kind of source a page is (official, state media …) and who published it, from its
URL, so that an event can say how many independent sources report it.

The host table is data (`source_kinds.yaml`); a curated event's cited pages carry the
kind the curator gave them, which always wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

from techties.exceptions import ModelError
from techties.model.loader import read_yaml
from techties.model.source_kinds import SOURCE_KINDS

# Second-level labels under which registrations happen (news.sina.com.cn → sina.com.cn).
SECOND_LEVEL = {"com", "net", "org", "gov", "edu", "ac", "co", "or", "go", "mil"}


@dataclass(frozen=True)
class SourceKinds:
    hosts: dict[str, str]
    suffixes: tuple[tuple[str, str], ...]

    def kind_of_host(self, host: str) -> str | None:
        labels = host.split(".")
        for i in range(len(labels) - 1):
            found = self.hosts.get(".".join(labels[i:]))
            if found:
                return found
        for suffix, kind in self.suffixes:
            if host.endswith(suffix):
                return kind
        return None


def parse_source_kinds(data: object, where: str) -> SourceKinds:
    if not isinstance(data, dict) or not isinstance(data.get("kinds"), dict):
        raise ModelError(f"{where}: needs a 'kinds:' mapping")
    hosts: dict[str, str] = {}
    suffixes: list[tuple[str, str]] = []
    for kind, spec in data["kinds"].items():
        if kind not in SOURCE_KINDS:
            raise ModelError(f"{where}: kind {kind!r} is not one of {SOURCE_KINDS}")
        if not isinstance(spec, dict):
            raise ModelError(f"{where}: {kind} needs 'hosts:' and 'suffixes:' lists")
        for host in spec.get("hosts") or []:
            host = str(host).strip().lower()
            if host in hosts and hosts[host] != kind:
                raise ModelError(f"{where}: host {host} is both {hosts[host]} and {kind}")
            hosts[host] = kind
        suffixes.extend((str(s).strip().lower(), kind) for s in spec.get("suffixes") or [])
    return SourceKinds(hosts, tuple(sorted(suffixes, key=lambda s: -len(s[0]))))


@cache
def load_source_kinds() -> SourceKinds:
    path = resources.files("techties.analysis").joinpath("source_kinds.yaml")
    return parse_source_kinds(read_yaml(path, "source_kinds.yaml"), "source_kinds.yaml")


def host_of(url: str | None) -> str:
    """The host of a URL in lower case, without a leading ``www.``; '' when there is none."""
    if not url:
        return ""
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ""
    return host.removeprefix("www.")


def publisher_of(url: str | None) -> str:
    """The registered domain of a URL (en.kremlin.ru → kremlin.ru; news.sina.com.cn →
    sina.com.cn): pages of one publisher are not independent of each other."""
    host = host_of(url)
    labels = host.split(".")
    if len(labels) <= 2:
        return host
    if labels[-2] in SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def kind_of(url: str | None) -> str | None:
    """The kind of source a URL is, from the host table; None when the host is not listed."""
    host = host_of(url)
    return load_source_kinds().kind_of_host(host) if host else None
