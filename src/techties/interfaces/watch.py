"""Watch: poll a list of sources on their schedules, ingest what is new, raise and deliver
alerts — sources → ingest → store → analysis → delivery, wired here.

One poll of one source:
  1. wait for its host (HostLimiter) and fetch it with a conditional GET (its ETag and
     Last-Modified from the store): a 304 costs nothing and adds nothing;
  2. read the payload (a feed: one document per entry; a page: one document per version
     of its content);
  3. skip entries stored before, fetch the linked page of the new ones when the source
     says fetch_articles, and ingest them through the normal ingest (Ingestor) in batches
     under the store's ingest lock (held while storing, not while fetching), each document
     in its own transaction;
  4. save the source's state (validators, last success, documents taken) — only when the
     poll finished, so a monitor stopped half-way polls that source again from the start.
A failing source is tried again after an exponential backoff with jitter. After each cycle
in which documents were added, the alert rules run and new alerts are delivered.
"""

from __future__ import annotations

import hashlib
import logging
import random
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import httpx

from techties import settings
from techties.exceptions import ItemError
from techties.interfaces.ingest import Ingestor, IngestReport
from techties.interfaces.ingest_work import Known, prepare_chunk
from techties.records import RawDocument
from techties.sources.feeds import follow_entry
from techties.sources.payload import Payload, ReadOptions
from techties.sources.polling import HostLimiter, next_poll
from techties.sources.registry import kind_of, read_payload
from techties.sources.urls import Fetched, fetch_url
from techties.sources.watched import WatchedSource
from techties.storable import storable
from techties.store.read.sources import SourceState, by_url, utcnow
from techties.store.store import Store
from techties.store.write import save_source_state

log = logging.getLogger(__name__)
BATCH = 20  # documents fetched before they are stored under the ingest lock
IDLE_MAX = 300.0  # seconds the monitor sleeps at most before looking at the schedule again


@dataclass
class PollResult:
    """What one poll of one source did."""

    source: WatchedSource
    status: str  # new (fetched and read), unchanged (304), failed, stopped
    seen: int = 0  # items in the payload
    added: int = 0  # documents stored
    skipped_items: list[ItemError] = field(default_factory=list)  # entries that failed
    error: str | None = None
    retry_at: datetime | None = None


@dataclass
class CycleReport:
    """One pass over the due sources, and the alerts it raised and delivered."""

    polls: list[PollResult] = field(default_factory=list)
    new_alerts: list[str] = field(default_factory=list)
    deliveries: list[object] = field(default_factory=list)  # analysis.delivery.DeliveryResult
    alert_error: str | None = None
    stopped: bool = False

    @property
    def added(self) -> int:
        return sum(p.added for p in self.polls)


class Watcher:
    """Polls `sources` into `store`; `stop` ends the run between two documents."""

    def __init__(self, store: Store, sources: Sequence[WatchedSource], *,
                 allow_private: bool = False, stop: threading.Event | None = None,
                 limiter: HostLimiter | None = None, rng: random.Random | None = None,
                 alerts: bool = True, on_poll: Callable[[PollResult], None] | None = None):
        self.store = store
        self.sources = list(sources)
        self.allow_private = allow_private
        self.stop = stop or threading.Event()
        self.limiter = limiter or HostLimiter(settings.watch_host_spacing())
        self.rng = rng or random.Random()
        self.alerts = alerts
        self.on_poll = on_poll
        self.states = self._sync_states()
        self._ingestor: Ingestor | None = None

    # -- state ------------------------------------------------------------------------

    def _sync_states(self) -> dict[str, SourceState]:
        """The stored state of every source, its name, kind, language and interval as the
        sources file now says (the schedule and validators are kept)."""
        stored = by_url(self.store)
        states = {}
        for source in self.sources:
            state = stored.get(source.url) or SourceState(url=source.url, name=source.name)
            changed = (state.name, state.kind, state.lang, state.interval) != \
                (source.name, source.kind, source.lang, source.interval)
            state.name, state.kind, state.lang = source.name, source.kind, source.lang
            state.interval = source.interval
            if changed or source.url not in stored:
                save_source_state(self.store, state)
            states[source.url] = state
        return states

    def due(self, now: datetime, *, due_only: bool = True) -> list[WatchedSource]:
        """Sources to poll now: those whose time has come; without `due_only`, every source
        except a failing one still in its backoff (so `--once` stays polite too)."""
        found = []
        for source in self.sources:
            state = self.states[source.url]
            if state.is_due(now) or (not due_only and not state.failures):
                found.append(source)
        return found

    def next_due(self) -> datetime | None:
        times = [s.next_poll for s in self.states.values() if s.url in {x.url for x in self.sources}]
        return min((t for t in times if t is not None), default=None)

    # -- one poll ---------------------------------------------------------------------

    def _fetch(self, source: WatchedSource, state: SourceState) -> Fetched:
        headers = {}
        if state.etag:
            headers["If-None-Match"] = state.etag
        if state.last_modified:
            headers["If-Modified-Since"] = state.last_modified
        self.limiter.acquire(source.host)
        return fetch_url(source.url, allow_private=self.allow_private, headers=headers)

    def _items(self, source: WatchedSource, fetched: Fetched) -> Iterator[RawDocument | ItemError]:
        """The documents of a fetched payload, new feed entries with their linked page."""
        payload = Payload(source=source.url, data=fetched.body, kind="url", url=fetched.final_url,
                          content_type=fetched.media_type, charset=fetched.charset)
        options = ReadOptions(allow_private=self.allow_private, follow_feed_links=False)
        following = ReadOptions(allow_private=self.allow_private, follow_feed_links=True)
        is_feed = _is_feed(payload)
        follow = source.fetch_articles and is_feed
        for item in read_payload(payload, options):
            if isinstance(item, RawDocument):
                if source.lang and not item.lang:
                    item.lang = source.lang
                if not is_feed and not item.locator:
                    # a watched page is a new document each time its content changes
                    item.locator = "sha1:" + hashlib.sha1(fetched.body).hexdigest()[:16]
                if follow and item.url and not self.store.is_ingested(item.key):
                    try:
                        self.limiter.acquire(httpx.URL(item.url).host or source.host)
                        item = follow_entry(item, following)
                    except ItemError as exc:
                        item = exc
                    except Exception as exc:  # a bad link (odd URL) stops only its entry
                        item = ItemError(item.key, f"linked page failed ({type(exc).__name__}: {exc})")
            yield item

    def _ingestor_for_cycle(self) -> Ingestor:
        if self._ingestor is None:
            self._ingestor = Ingestor(self.store)
        return self._ingestor

    def poll(self, source: WatchedSource) -> PollResult:
        """Poll one source now and save its state; never raises for a source's failure."""
        state = self.states[source.url]
        now = utcnow()
        try:
            fetched = self._fetch(source, state)
        except ItemError as exc:
            return self._failed(source, state, now, exc.message)
        except Exception as exc:  # a bug on one odd address stops only this source
            log.exception("unexpected failure fetching %s", source.url)
            return self._failed(source, state, now, f"fetch failed ({type(exc).__name__}: {exc})")
        if fetched.unchanged:
            state.last_status, state.last_items = "unchanged", 0
            return self._succeeded(source, state, now, PollResult(source, "unchanged"), fetched)
        result = PollResult(source, "new")
        report = IngestReport()
        items = self._items(source, fetched)
        while True:
            # fetched in batches outside the ingest lock (article pages take time), each batch
            # then stored under it; a stop ends the batch in hand, which is still stored
            batch: list[RawDocument | ItemError] = []
            try:
                for item in items:
                    if isinstance(item, ItemError) and item.source in (source.url, storable(source.url)):
                        # the payload itself is unusable (not a feed, no entries): the source failed
                        return self._failed(source, state, now, item.message)
                    batch.append(item)
                    if len(batch) >= BATCH or self.stop.is_set():
                        break
            except Exception as exc:  # a reader bug on one odd payload stops only this source
                log.exception("unexpected failure reading %s", source.url)
                return self._failed(source, state, now, f"unreadable ({type(exc).__name__}: {exc})")
            if not batch:
                break
            self._ingest(batch, result, report)
            if self.stop.is_set():
                result.status = "stopped"  # state not saved: the next run polls it again
                result.added = report.added
                return result
        result.added = report.added
        state.last_status, state.last_items = "new", report.added
        state.items_taken += report.added
        return self._succeeded(source, state, now, result, fetched)

    def _ingest(self, batch: list[RawDocument | ItemError], result: PollResult,
                report: IngestReport) -> None:
        """Store a batch through the normal ingest, one transaction per document."""
        with self.store.ingest_lock(settings.lock_wait()):
            ingestor = self._ingestor_for_cycle()
            # keys saved by an earlier run, asked once for the batch (the ingestor knows this run's)
            saved = self.store.ingested_keys(i.key for i in batch if isinstance(i, RawDocument))
            for item in batch:
                result.seen += 1
                if isinstance(item, ItemError):
                    self._skip(result, item, item.source)
                    continue
                prepared = Known(item.key) if item.key in saved else prepare_chunk([item])[0]
                one = ingestor.save_one(prepared)  # records its own failures in the store
                report.add(one)
                result.skipped_items.extend(one.failures)

    def _skip(self, result: PollResult, error: ItemError, key: str) -> None:
        error = ItemError(storable(error.source), storable(error.message))
        result.skipped_items.append(error)
        self.store.record_failure(storable(key), error.source, error.message)

    def _succeeded(self, source: WatchedSource, state: SourceState, now: datetime,
                   result: PollResult, fetched: Fetched) -> PollResult:
        state.last_poll = state.last_success = now
        state.failures, state.last_error = 0, None
        if fetched.unchanged:  # a 304 may omit the validators: keep the ones that earned it
            state.etag = fetched.etag or state.etag
            state.last_modified = fetched.last_modified or state.last_modified
        else:  # a server that stops sending validators must not keep getting stale ones
            state.etag, state.last_modified = fetched.etag, fetched.last_modified
        state.next_poll = next_poll(now, source.interval, 0)
        save_source_state(self.store, state)
        return result

    def _failed(self, source: WatchedSource, state: SourceState, now: datetime,
                message: str) -> PollResult:
        state.last_poll, state.last_status = now, "failed"
        state.last_error, state.last_items = storable(message), 0
        state.failures += 1
        state.next_poll = next_poll(now, source.interval, state.failures, rng=self.rng)
        save_source_state(self.store, state)
        log.info("%s failed (%d in a row): %s", source.url, state.failures, message)
        return PollResult(source, "failed", error=state.last_error, retry_at=state.next_poll)

    # -- cycles -----------------------------------------------------------------------

    def cycle(self, *, due_only: bool = True) -> CycleReport:
        """Poll every due source once (see `due`), then run the alert rules if anything new
        came in and deliver new alerts."""
        report = CycleReport()
        self._ingestor = None  # another ingest may have written since the last cycle
        for source in self.due(utcnow(), due_only=due_only):
            if self.stop.is_set():
                report.stopped = True
                break
            result = self.poll(source)
            report.polls.append(result)
            if self.on_poll is not None:
                self.on_poll(result)
            if result.status == "stopped":
                report.stopped = True
                break
        if self.alerts and report.added and not report.stopped:
            self._alert(report)
        return report

    def _alert(self, report: CycleReport) -> None:
        from techties.analysis.alerts import raise_alerts
        from techties.analysis.delivery import configured_channels, deliver

        try:
            raised = raise_alerts(self.store)
            report.new_alerts = list(raised.new)
            channels = configured_channels()
            if channels:
                report.deliveries = list(deliver(self.store, report.new_alerts, channels))
        except Exception as exc:  # alerts failing must not stop the monitor; said and logged
            log.exception("alert rules or delivery failed")
            report.alert_error = f"{type(exc).__name__}: {exc}"

    def run(self, on_cycle: Callable[[CycleReport], None] | None = None) -> None:
        """Poll on schedule until `stop` is set (Ctrl-C or SIGTERM in the CLI)."""
        while not self.stop.is_set():
            report = self.cycle()
            if on_cycle is not None:
                on_cycle(report)
            upcoming = self.next_due()
            wait = IDLE_MAX if upcoming is None else (upcoming - utcnow()).total_seconds()
            self.stop.wait(min(IDLE_MAX, max(1.0, wait)))


def _is_feed(payload: Payload) -> bool:
    try:
        return kind_of(payload) == "feed"
    except ItemError:
        return False
