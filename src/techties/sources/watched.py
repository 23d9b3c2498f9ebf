"""The sources `techties watch` polls: a YAML list of feeds and pages, read and checked
before anything is fetched, so that a typo stops the run with one clear message.

Each entry has a `url` (an RSS/Atom feed or a page) and a `name`, and may give its
`lang` (en, ru, zh), its `kind` (official, state media, independent media, think tank,
sanctions notice), its `interval` between polls (seconds, or 30m, 2h, 1d) and
`fetch_articles` (whether to fetch the full page each feed entry links to).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import httpx
import yaml

from techties.exceptions import RunAbort
from techties.model.source_kinds import WATCHED_KINDS as KINDS

LANGS = ("en", "ru", "zh")
DEFAULT_INTERVAL = 3600.0  # seconds: hourly suits news feeds and is polite
MIN_INTERVAL = 60.0  # polling a source more often than once a minute is impolite
FIELDS = frozenset({"url", "name", "lang", "kind", "interval", "fetch_articles"})
UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.I)
DEFAULT_FILE = "watched_sources.yaml"


class SourcesFileError(RunAbort):
    """A sources file that cannot be used; the message names the file and the entry."""


@dataclass(frozen=True)
class WatchedSource:
    """One feed or page that is polled on its own schedule."""

    url: str
    name: str
    lang: str | None = None
    kind: str | None = None
    interval: float = DEFAULT_INTERVAL  # seconds between polls
    fetch_articles: bool = False

    @property
    def host(self) -> str:
        return httpx.URL(self.url).host.lower()


def parse_interval(value: Any) -> float:
    """Seconds from 900, "900", "15m", "2h" or "1d"; raises ValueError for anything else."""
    if isinstance(value, bool):
        raise ValueError(f"not a duration: {value!r}")
    if isinstance(value, int | float):
        seconds = float(value)
    else:
        match = INTERVAL.match(str(value))
        if not match:
            raise ValueError(f"not a duration: {value!r} (use seconds, or 30m, 2h, 1d)")
        seconds = float(match.group(1)) * UNITS[match.group(2).lower()]
    if seconds < MIN_INTERVAL:
        raise ValueError(f"{value!r} is less than the minimum of {MIN_INTERVAL:g} seconds")
    return seconds


def _kind(value: Any) -> str:
    kind = re.sub(r"[\s-]+", "_", str(value).strip().lower())
    if kind not in KINDS:
        shown = ", ".join(k.replace("_", " ") for k in KINDS)
        raise ValueError(f"kind {value!r} is not one of: {shown}")
    return kind


def _url(value: Any) -> str:
    url = str(value or "").strip()
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ValueError(f"url {url!r} is not a URL ({exc})") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError(f"url {url!r} is not an http(s) address")
    return url


def _entry(raw: Any) -> WatchedSource:
    if not isinstance(raw, dict):
        raise ValueError("each entry must be a mapping with at least url and name")
    unknown = sorted(set(map(str, raw)) - FIELDS)
    if unknown:
        raise ValueError(f"unknown field {', '.join(unknown)} (fields: {', '.join(sorted(FIELDS))})")
    if not raw.get("url"):
        raise ValueError("url is missing")
    if not str(raw.get("name") or "").strip():
        raise ValueError("name is missing")
    lang = raw.get("lang")
    if lang is not None and str(lang).lower() not in LANGS:
        raise ValueError(f"lang {lang!r} is not one of: {', '.join(LANGS)}")
    fetch = raw.get("fetch_articles", False)
    if not isinstance(fetch, bool):
        raise ValueError(f"fetch_articles must be true or false, not {fetch!r}")
    return WatchedSource(
        url=_url(raw["url"]), name=str(raw["name"]).strip(),
        lang=str(lang).lower() if lang is not None else None,
        kind=_kind(raw["kind"]) if raw.get("kind") is not None else None,
        interval=parse_interval(raw["interval"]) if raw.get("interval") is not None else DEFAULT_INTERVAL,
        fetch_articles=fetch)


def parse_sources(text: str, origin: str) -> list[WatchedSource]:
    """The sources of a YAML text (a list, or a mapping with a `sources` list)."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SourcesFileError(f"{origin}: not valid YAML ({exc})") from None
    if isinstance(data, dict) and set(data) == {"sources"}:
        data = data["sources"]
    if not isinstance(data, list) or not data:
        raise SourcesFileError(f"{origin}: expected a list of sources (each with url and name)")
    found: list[WatchedSource] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(data, 1):
        label = f"{origin}: source {number}"
        if isinstance(raw, dict) and raw.get("name"):
            label += f" ({raw['name']})"
        try:
            source = _entry(raw)
        except ValueError as exc:
            raise SourcesFileError(f"{label}: {exc}") from None
        if source.url in seen:
            raise SourcesFileError(f"{label}: url {source.url} is already source {seen[source.url]}")
        seen[source.url] = number
        found.append(source)
    return found


def load_sources(path: Path) -> list[WatchedSource]:
    """The sources listed in a YAML file; SourcesFileError names what is wrong and where."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourcesFileError(f"cannot read the sources file {path}: {exc}") from None
    return parse_sources(text, str(path))


def default_sources() -> list[WatchedSource]:
    """The feeds shipped with techties (sources/watched_sources.yaml)."""
    text = (resources.files("techties") / "sources" / DEFAULT_FILE).read_text(encoding="utf-8")
    return parse_sources(text, DEFAULT_FILE)
