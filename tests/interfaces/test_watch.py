"""`techties watch` against a real feed on a loopback HTTP server, into a real SQLite store:
items and the article pages they link to are ingested, an unchanged feed costs one
conditional request answered 304, a failing source backs off, SIGTERM stops cleanly."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from techties.interfaces.cli.app import app
from techties.interfaces.watch import Watcher
from techties.sources.polling import HostLimiter
from techties.sources.watched import WatchedSource
from techties.store.models import DocumentModel, DocumentSourceModel, utcnow
from techties.store.source_state import load_states
from techties.store.store import Store

from .feedserver import FeedServer, serve_feeds

runner = CliRunner()
TECHTIES = [sys.executable, "-c", "from techties.interfaces.cli.app import main; main()"]

ARTICLES = {
    "/news/lunar-station.html": (
        "Roscosmos and CNSA sign lunar station agreement",
        "Roscosmos and the China National Space Administration signed an agreement in Moscow "
        "on Tuesday to build the International Lunar Research Station together. The two "
        "agencies will share launch vehicles and ground stations for the project, Roscosmos said."),
    "/news/chips.html": (
        "Huawei opens research centre with Skoltech",
        "Huawei opened a joint research centre for artificial intelligence with the Skolkovo "
        "Institute of Science and Technology in Moscow on Monday, the company said. Engineers "
        "from both sides will work on chip design and machine learning."),
    "/news/reactor.html": (
        "Rosatom to supply fuel for Chinese fast reactor",
        "Rosatom signed a contract with the China National Nuclear Corporation in Beijing on "
        "Friday to supply fuel assemblies for the CFR-600 fast neutron reactor."),
}


def _article(title: str, text: str) -> str:
    return (f"<!doctype html><html><head><title>{title}</title></head><body><nav>Home | World</nav>"
            f"<article><h1>{title}</h1><p>{text}</p></article><footer>© Example News</footer>"
            "</body></html>")


def _rss(server: FeedServer, paths: list[str], dates: dict[str, str] | None = None) -> str:
    dates = dates or {}
    items = "".join(
        f"<item><guid>{path}</guid><title>{ARTICLES[path][0]}</title><link>{server.url(path)}</link>"
        f"<description>Teaser only.</description>"
        f"<pubDate>{dates.get(path, 'Sat, 05 Dec 2026 08:00:00 GMT')}</pubDate></item>"
        for path in paths)
    return ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Example News"
            f"</title><link>{server.base}</link><language>en</language>{items}</channel></rss>")


def _sources_file(tmp_path: Path, *entries: dict) -> Path:
    lines = []
    for entry in entries:
        lines.append(f"- url: {entry['url']}")
        for key, value in entry.items():
            if key != "url":
                lines.append(f"  {key}: {json.dumps(value)}")
    path = tmp_path / "sources.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def feeds() -> Iterator[FeedServer]:
    with serve_feeds() as server:
        yield server


@pytest.fixture(autouse=True)
def _loopback_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TECHTIES_ALLOW_PRIVATE_URLS", "1")
    monkeypatch.setenv("TECHTIES_WATCH_HOST_SPACING", "0.05")  # one loopback host serves everything


def _documents(db: str) -> list[tuple[str, str | None, str]]:
    with Store.open(db) as store, store.engine.connect() as conn:
        return [(r.key, r.url, r.text) for r in conn.execute(
            select(DocumentSourceModel.key, DocumentModel.url, DocumentModel.text)
            .join(DocumentModel, DocumentModel.id == DocumentSourceModel.document_id)
            .order_by(DocumentSourceModel.key))]


def _watch_once(sources: Path, db: str, *extra: str) -> list[dict]:
    result = runner.invoke(app, ["watch", "--sources", str(sources), "--once", "--db", db,
                                 "--json", "--no-alerts", *extra])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("backend", [pytest.param("sqlite_url", id="sqlite"),
                                     pytest.param("pg_url", id="postgres", marks=pytest.mark.postgres)])
def test_once_ingests_items_with_their_pages_then_an_unchanged_feed_costs_a_304(
        tmp_path: Path, feeds: FeedServer, backend: str, request: pytest.FixtureRequest) -> None:
    paths = ["/news/lunar-station.html", "/news/chips.html"]
    for path in paths:
        feeds.put(path, _article(*ARTICLES[path]))
    feed = feeds.put("/feed.xml", _rss(feeds, paths), "application/rss+xml")
    sources = _sources_file(tmp_path, {"url": feed, "name": "Example News", "lang": "en",
                                       "kind": "independent media", "fetch_articles": True})
    db = request.getfixturevalue(backend)

    polls = _watch_once(sources, db)
    assert [(p["status"], p["seen"], p["added"]) for p in polls] == [("new", 2, 2)]
    stored = _documents(db)
    assert [url for _key, url, _text in stored] == [feeds.url(p) for p in sorted(paths)]
    assert all("Teaser only" not in text for _key, _url, text in stored)  # the pages, not the teasers
    assert "International Lunar Research Station" in " ".join(text for *_rest, text in stored)
    first = feeds.requests_for("/feed.xml")
    assert [s.status for s in first] == [200] and "if-none-match" not in first[0].headers

    feeds.seen.clear()
    polls = _watch_once(sources, db)
    assert [(p["status"], p["added"]) for p in polls] == [("unchanged", 0)]
    (again,) = feeds.seen  # one request, the feed's, and no article page fetched again
    assert again.path == "/feed.xml" and again.status == 304
    assert again.headers["if-none-match"] == feeds.pages["/feed.xml"].etag
    assert again.headers["if-modified-since"] == feeds.pages["/feed.xml"].last_modified
    assert _documents(db) == stored

    with Store.open(db) as store:
        (state,) = load_states(store.engine).values()
    assert (state.last_status, state.items_taken, state.failures, state.last_error) == \
        ("unchanged", 2, 0, None)
    assert state.health() == "ok" and state.etag == feeds.pages["/feed.xml"].etag


def test_a_changed_feed_adds_only_its_new_entry_and_fetches_only_its_page(
        tmp_path: Path, feeds: FeedServer) -> None:
    old = ["/news/lunar-station.html", "/news/chips.html"]
    for path in ARTICLES:
        feeds.put(path, _article(*ARTICLES[path]))
    feed = feeds.put("/feed.xml", _rss(feeds, old), "application/rss+xml")
    sources = _sources_file(tmp_path, {"url": feed, "name": "Example News", "fetch_articles": True})
    db = f"sqlite:///{tmp_path / 'watch.sqlite'}"
    _watch_once(sources, db)

    feeds.put("/feed.xml", _rss(feeds, ["/news/reactor.html", *old]), "application/rss+xml")
    feeds.seen.clear()
    polls = _watch_once(sources, db)
    assert [(p["status"], p["seen"], p["added"]) for p in polls] == [("new", 3, 1)]
    assert sorted(s.path for s in feeds.seen) == ["/feed.xml", "/news/reactor.html"]
    assert len(_documents(db)) == 3


def test_a_failing_source_backs_off_exponentially_with_jitter_and_recovers(
        tmp_path: Path, feeds: FeedServer) -> None:
    feed = feeds.put("/broken.xml", "", status=500)
    source = WatchedSource(url=feed, name="Broken", interval=600)
    limiter = HostLimiter(0)
    with Store.open(f"sqlite:///{tmp_path / 'watch.sqlite'}") as store:
        watcher = Watcher(store, [source], allow_private=True, limiter=limiter,
                          rng=random.Random(7), alerts=False)
        before = utcnow()
        (result,) = watcher.cycle(due_only=False).polls
        state = load_states(store.engine)[feed]
        assert result.status == "failed" and "HTTP 500" in (result.error or "")
        assert (state.failures, state.health()) == (1, "failing")
        wait = state.next_poll - before  # type: ignore[operator]
        assert timedelta(seconds=300) <= wait <= timedelta(seconds=601)  # interval/2 .. interval

        # still backing off: --once leaves it alone, and nothing was requested
        feeds.seen.clear()
        assert watcher.cycle(due_only=False).polls == []
        assert feeds.seen == []

        watcher.states[feed].next_poll = utcnow() - timedelta(seconds=1)  # its time has come
        before = utcnow()
        watcher.cycle()
        state = load_states(store.engine)[feed]
        wait = state.next_poll - before  # type: ignore[operator]
        assert state.failures == 2
        assert timedelta(seconds=600) <= wait <= timedelta(seconds=1201)  # interval .. 2 x interval

        feeds.put("/broken.xml", _rss(feeds, []).replace("</channel>", "<item><guid>x</guid>"
                  "<title>Roscosmos and CNSA</title><description>Roscosmos and the China National "
                  "Space Administration signed an agreement.</description></item></channel>"),
                  "application/rss+xml")
        watcher.states[feed].next_poll = utcnow() - timedelta(seconds=1)
        (result,) = watcher.cycle().polls
        state = load_states(store.engine)[feed]
        assert (result.status, result.added, state.failures, state.last_error) == ("new", 1, 0, None)
        assert state.health() == "ok"


def test_a_payload_that_is_no_feed_fails_the_source_not_the_run(tmp_path: Path, feeds: FeedServer) -> None:
    bad = feeds.put("/empty.xml", "<?xml version='1.0'?><rss version='2.0'><channel><title>x</title>"
                    "</channel></rss>", "application/rss+xml")
    good_paths = ["/news/chips.html"]
    feeds.put(good_paths[0], _article(*ARTICLES[good_paths[0]]))
    good = feeds.put("/feed.xml", _rss(feeds, good_paths), "application/rss+xml")
    sources = _sources_file(tmp_path, {"url": bad, "name": "Empty"},
                            {"url": good, "name": "Good", "fetch_articles": True})
    db = f"sqlite:///{tmp_path / 'watch.sqlite'}"
    result = runner.invoke(app, ["watch", "--sources", str(sources), "--once", "--db", db,
                                 "--json", "--no-alerts"])
    assert result.exit_code == 1  # some source failed; the others were done
    polls = {p["name"]: p for p in json.loads(result.stdout)}
    assert polls["Empty"]["status"] == "failed" and "no feed entries" in polls["Empty"]["error"]
    assert (polls["Good"]["status"], polls["Good"]["added"]) == ("new", 1)

    listed = runner.invoke(app, ["sources", "--db", db, "--json"])
    health = {json.loads(line)["name"]: json.loads(line)["health"] for line in listed.stdout.splitlines()}
    assert health == {"Empty": "failing", "Good": "ok"}
    assert listed.exit_code == 1  # a failing source


def test_sigterm_stops_between_documents_and_the_next_run_completes_the_feed(
        tmp_path: Path, feeds: FeedServer) -> None:
    paths = list(ARTICLES)
    for path in paths:
        feeds.put(path, _article(*ARTICLES[path]), delay=1.0)  # slow pages: time to stop mid-poll
    feed = feeds.put("/feed.xml", _rss(feeds, paths), "application/rss+xml")
    sources = _sources_file(tmp_path, {"url": feed, "name": "Slow News", "fetch_articles": True})
    db = f"sqlite:///{tmp_path / 'watch.sqlite'}"
    env = {**os.environ, "TECHTIES_ALLOW_PRIVATE_URLS": "1", "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen([*TECHTIES, "watch", "--sources", str(sources), "--db", db, "--no-alerts"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        deadline = time.monotonic() + 120  # start-up on a busy machine
        while not feeds.requests_for(paths[0]) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert feeds.requests_for(paths[0]), "the watcher never reached the first article"
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err.decode()
    assert "stopping after the current document (SIGTERM)" in err.decode()
    saved = len(_documents(db))
    assert 1 <= saved < len(paths)  # stopped between documents, each saved whole
    with Store.open(db) as store:
        state = load_states(store.engine)[feed]
        with store.engine.connect() as conn:
            assert conn.scalar(select(func.count()).select_from(DocumentModel)) == saved
    assert state.etag is None and state.last_success is None  # the poll did not count as done

    polls = _watch_once(sources, db)
    assert [(p["status"], p["added"]) for p in polls] == [("new", len(paths) - saved)]
    assert len(_documents(db)) == len(paths)


def test_after_a_poll_the_alert_rules_run_and_new_alerts_are_delivered_once(
        tmp_path: Path, feeds: FeedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    for path in ("/news/lunar-station.html", "/news/reactor.html"):
        feeds.put(path, _article(*ARTICLES[path]))
    # an old story gives the store the history the rules' warm-up needs; the new one names a
    # watchlisted agency
    feed = _rss(feeds, ["/news/lunar-station.html", "/news/reactor.html"],
                {"/news/reactor.html": "Fri, 12 Jan 2024 08:00:00 GMT"})
    url = feeds.put("/feed.xml", feed, "application/rss+xml")
    sources = _sources_file(tmp_path, {"url": url, "name": "Example News", "fetch_articles": True})
    db = f"sqlite:///{tmp_path / 'watch.sqlite'}"
    assert runner.invoke(app, ["watchlist", "add", "Roscosmos", "--db", db]).exit_code == 0
    monkeypatch.setenv("TECHTIES_ALERT_WEBHOOK", feeds.url("/hook"))

    result = runner.invoke(app, ["watch", "--sources", str(sources), "--once", "--db", db])
    assert result.exit_code == 0, result.output
    ((path, body),) = feeds.posts  # one digest of every new alert
    alerts = json.loads(body)["alerts"]
    assert path == "/hook" and f"{len(alerts)} alerts sent by webhook" in result.output
    watched = [a for a in alerts if a["rule_id"] == "watchlist"]
    assert len(watched) == 1 and "Roscosmos" in watched[0]["title"]

    feeds.put("/feed.xml", feed + "<!-- changed -->", "application/rss+xml")  # new ETag, same entries
    result = runner.invoke(app, ["watch", "--sources", str(sources), "--once", "--db", db])
    assert result.exit_code == 0, result.output
    assert len(feeds.posts) == 1  # nothing new: no second delivery


def test_a_watched_page_gives_a_document_per_version_of_its_content(tmp_path: Path, feeds: FeedServer) -> None:
    page = feeds.put("/statement.html", _article(*ARTICLES["/news/reactor.html"]))
    sources = _sources_file(tmp_path, {"url": page, "name": "A statement page", "kind": "official"})
    db = f"sqlite:///{tmp_path / 'watch.sqlite'}"
    assert [(p["status"], p["added"]) for p in _watch_once(sources, db)] == [("new", 1)]
    assert [(p["status"], p["added"]) for p in _watch_once(sources, db)] == [("unchanged", 0)]
    feeds.put("/statement.html", _article(*ARTICLES["/news/lunar-station.html"]))
    assert [(p["status"], p["added"]) for p in _watch_once(sources, db)] == [("new", 1)]
    assert len(_documents(db)) == 2


def test_due_only_polls_a_source_only_once_its_interval_has_passed(tmp_path: Path, feeds: FeedServer) -> None:
    feed = feeds.put("/feed.xml", _rss(feeds, ["/news/chips.html"]), "application/rss+xml")
    source = WatchedSource(url=feed, name="Example", interval=3600)
    with Store.open(f"sqlite:///{tmp_path / 'watch.sqlite'}") as store:
        watcher = Watcher(store, [source], allow_private=True, limiter=HostLimiter(0), alerts=False)
        assert [p.status for p in watcher.cycle().polls] == ["new"]  # never polled: due
        assert watcher.cycle().polls == []  # within its hour
        assert [p.status for p in watcher.cycle(due_only=False).polls] == ["unchanged"]  # --once
        watcher.states[feed].next_poll = utcnow() - timedelta(seconds=1)
        assert [p.status for p in watcher.cycle().polls] == ["unchanged"]


def test_a_source_can_be_forgotten(tmp_path: Path, feeds: FeedServer) -> None:
    feed = feeds.put("/feed.xml", _rss(feeds, ["/news/chips.html"]), "application/rss+xml")
    sources = _sources_file(tmp_path, {"url": feed, "name": "Example"})
    db = f"sqlite:///{tmp_path / 'watch.sqlite'}"
    _watch_once(sources, db)
    result = runner.invoke(app, ["sources", "--db", db, "--forget", feed])
    assert result.exit_code == 0 and "forgot" in result.output
    assert runner.invoke(app, ["sources", "--db", db, "--json"]).stdout == ""
    assert len(_documents(db)) == 1  # its documents stay
    result = runner.invoke(app, ["sources", "--db", db, "--forget", feed])
    assert result.exit_code == 1 and "no watched source" in result.output
