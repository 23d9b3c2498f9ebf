"""The sources file of `techties watch`: read, normalised and refused with a message that
names the file, the entry and what is wrong; the shipped default list passes its own checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from techties.sources.watched import (
    KINDS,
    SourcesFileError,
    default_sources,
    load_sources,
    parse_interval,
    parse_sources,
)

GOOD = """
- url: https://example.org/feed.xml
  name: Example
  lang: RU
  kind: state media
  interval: 15m
  fetch_articles: true
- url: https://example.org/page.html
  name: A page
"""


def test_a_sources_file_is_read_with_defaults_and_normalised_values(tmp_path: Path) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text(GOOD, encoding="utf-8")
    feed, page = load_sources(path)
    assert (feed.lang, feed.kind, feed.interval, feed.fetch_articles) == ("ru", "state_media", 900.0, True)
    assert (page.lang, page.kind, page.interval, page.fetch_articles) == (None, None, 3600.0, False)
    assert feed.host == "example.org"


def test_a_mapping_with_a_sources_key_is_accepted() -> None:
    (only,) = parse_sources("sources:\n  - {url: 'http://example.org/a', name: A}\n", "f.yaml")
    assert only.name == "A"


@pytest.mark.parametrize(("text", "message"), [
    ("- {url: 'https://e.org/f', name: F, kind: blog}", "source 1 (F): kind 'blog' is not one of"),
    ("- {name: F}", "source 1 (F): url is missing"),
    ("- {url: 'https://e.org/f'}", "source 1: name is missing"),
    ("- {url: 'ftp://e.org/f', name: F}", "is not an http(s) address"),
    ("- {url: 'https://e.org/f', name: F, interval: 10s}", "less than the minimum of 60 seconds"),
    ("- {url: 'https://e.org/f', name: F, interval: soon}", "not a duration: 'soon'"),
    ("- {url: 'https://e.org/f', name: F, lang: de}", "lang 'de' is not one of: en, ru, zh"),
    ("- {url: 'https://e.org/f', name: F, fetch_articles: sometimes}", "fetch_articles must be true or false"),
    ("- {url: 'https://e.org/f', name: F, intervall: 1h}", "unknown field intervall"),
    ("- {url: 'https://e.org/f', name: F}\n- {url: 'https://e.org/f', name: G}",
     "source 2 (G): url https://e.org/f is already source 1"),
    ("url: https://e.org/f", "expected a list of sources"),
    ("- [unclosed", "not valid YAML"),
])
def test_a_bad_sources_file_is_refused_with_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(SourcesFileError) as caught:
        parse_sources(text, "my-sources.yaml")
    assert str(caught.value).startswith("my-sources.yaml")
    assert message in str(caught.value)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SourcesFileError, match="cannot read the sources file"):
        load_sources(tmp_path / "nope.yaml")


@pytest.mark.parametrize(("value", "seconds"), [(900, 900.0), ("900", 900.0), ("2h", 7200.0),
                                                ("1.5h", 5400.0), ("1d", 86400.0), ("30 m", 1800.0)])
def test_intervals(value: object, seconds: float) -> None:
    assert parse_interval(value) == seconds


def test_the_shipped_default_list_covers_three_languages_and_the_kinds() -> None:
    sources = default_sources()
    assert {s.lang for s in sources} == {"en", "ru", "zh"}
    assert {s.kind for s in sources} <= set(KINDS)
    assert {"state_media", "official", "independent_media", "think_tank", "sanctions_notice"} == \
        {s.kind for s in sources}
    assert len({s.url for s in sources}) == len(sources)
    assert all(s.interval >= 1800 for s in sources)  # polite to real servers
