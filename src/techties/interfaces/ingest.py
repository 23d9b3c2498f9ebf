"""Ingest: sources → documents → duplicates → extraction → store.

Worker processes (or a Dask cluster) clean, sign and extract documents in chunks
(`ingest_work`); this process, the single writer, takes their results in input order,
decides which documents duplicate others (the exact and near-duplicate look-ups see the
documents of the batch before them and of earlier batches, as a one-at-a-time ingest
does) and saves a batch of documents with their events and merges in one transaction.
Documents are remembered by their source key, so a killed run resumes after the last
saved batch and a second run adds nothing. A bad item is recorded and reported; the batch
goes on. A batch the database refuses for one odd item is saved again one document at a
time, so only that item fails.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial

from techties import settings
from techties.analysis.merging import merge_new
from techties.analysis.merging_batch import merge_in_order
from techties.curation.matching import CuratedMatcher
from techties.documents.duplicates import NearDuplicateIndex
from techties.exceptions import ItemError, RunAbort, StoreUnavailable
from techties.extraction.cues import warm
from techties.interfaces.ingest_feed import Feed
from techties.interfaces.ingest_work import Item, Known, Prepared
from techties.interfaces.parallel import runner
from techties.model.curated import load_curated_events
from techties.storable import storable
from techties.store.store import DocumentToSave, Store

log = logging.getLogger(__name__)
BATCH = 200  # documents saved in one transaction


@dataclass(frozen=True)
class Warned:
    """A document that was saved, with a caveat the analyst should know (it was cut)."""

    source: str
    message: str


@dataclass
class IngestReport:
    seen: int = 0
    added: int = 0
    skipped: int = 0  # already ingested
    exact_duplicates: int = 0
    near_duplicates: int = 0
    relevant: int = 0
    events: int = 0
    linked: int = 0  # events that report a curated event
    failures: list[ItemError] = field(default_factory=list)
    warnings: list[Warned] = field(default_factory=list)  # saved, with something to say

    def add(self, other: IngestReport) -> None:
        for name in ("seen", "added", "skipped", "exact_duplicates", "near_duplicates", "relevant",
                     "events", "linked"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.failures.extend(other.failures)
        self.warnings.extend(other.warnings)

    def as_dict(self) -> dict:
        return {"seen": self.seen, "added": self.added, "skipped": self.skipped,
                "exact_duplicates": self.exact_duplicates, "near_duplicates": self.near_duplicates,
                "relevant": self.relevant, "events": self.events, "linked": self.linked,
                "failed": len(self.failures), "cut": len(self.warnings),
                "failures": [{"source": f.source, "message": f.message} for f in self.failures],
                "warnings": [{"source": w.source, "message": w.message} for w in self.warnings]}


@dataclass
class _Batch:
    """What one transaction saves, and what to undo if it cannot."""

    saves: list[DocumentToSave] = field(default_factory=list)
    failures: list[tuple[str, str, str]] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    originals: dict[str, str] = field(default_factory=dict)  # content hash → document id
    indexed: list[str] = field(default_factory=list)  # added to the near-duplicate index
    report: IngestReport = field(default_factory=IngestReport)


class Ingestor:
    """The writer's state for one run over one store: the near-duplicate index and the
    keys saved so far."""

    def __init__(self, store: Store):
        self.store = store
        self.near = NearDuplicateIndex()
        for doc_id, signature in store.near_duplicate_signatures():
            self.near.add(doc_id, signature)
        self.saved_keys: set[str] = set()
        # Link to the curated knowledge base only when this store holds it (reading it
        # costs seconds of start-up).
        curated_ids = store.curated_event_ids()
        self.matcher = CuratedMatcher(e for e in load_curated_events() if e.id in curated_ids) \
            if curated_ids else None

    # -- one batch: decide in input order, then save in one transaction ---------------

    def save_batch(self, items: list[Item]) -> IngestReport:
        """Save a batch; on a refusal other than the database's, save it again document by
        document, so that only the item at fault fails."""
        batch = self._plan(items)
        try:
            self._write(batch)
        except StoreUnavailable as exc:  # the database, not an item
            raise RunAbort(f"the database failed while saving a batch of {len(batch.saves)} "
                           f"documents: {exc}") from exc
        except Exception:
            log.exception("a batch of %d documents was refused; saving them one by one", len(items))
            self._undo(batch)
            report = IngestReport()
            for item in items:
                report.add(self.save_one(item))
            return report
        self.saved_keys |= batch.keys
        return batch.report

    def save_one(self, item: Item) -> IngestReport:
        """Save one item in a transaction of its own (the one-at-a-time ingest)."""
        batch = self._plan([item])
        try:
            for save in batch.saves:
                ids = [e.id for e in save.events]
                # one happening reported by several documents becomes one event; merged in
                # the document's own transaction, so that a kill cannot leave it unmerged
                self.store.save_document(save.doc, save.events, relevant=save.relevant,
                                         signature=save.signature, key=save.key,
                                         curated_links=save.curated_links,
                                         then=partial(merge_new, event_ids=ids) if ids else None)
            for key, source, message in batch.failures:
                self.store.record_failure(key, source, message)
        except StoreUnavailable as exc:
            raise RunAbort(f"the database failed while saving {storable(_key(item))}: {exc}") from exc
        except Exception as exc:  # a bug on one odd item stops only it
            log.exception("unexpected failure saving %s", storable(_key(item)))
            self._undo(batch)
            report = IngestReport(seen=1)
            self._fail(report, ItemError(_key(item), f"unexpected error ({type(exc).__name__}: {exc})"))
            failure = report.failures[-1]
            self.store.record_failure(failure.source, failure.source, failure.message)
            return report
        self.saved_keys |= batch.keys
        return batch.report

    def _write(self, batch: _Batch) -> None:
        groups = [[e.id for e in save.events] for save in batch.saves]
        self.store.save_documents(batch.saves, batch.failures,
                                  then=lambda conn, unsaved: merge_in_order(conn, groups, unsaved))

    def _undo(self, batch: _Batch) -> None:
        for doc_id in batch.indexed:
            self.near.remove(doc_id)

    def _plan(self, items: list[Item]) -> _Batch:
        batch = _Batch()
        stored = self.store.originals_by_content_hash(
            i.doc.content_hash for i in items if isinstance(i, Prepared) and i.doc is not None)
        for item in items:
            batch.report.seen += 1
            if isinstance(item, ItemError):
                self._fail(batch.report, item, batch)
            elif isinstance(item, Known) or item.key in self.saved_keys or item.key in batch.keys:
                batch.report.skipped += 1
            elif item.error is not None:
                self._fail(batch.report, item.error, batch, item.key)
            else:
                try:
                    self._plan_document(item, stored, batch)
                except Exception as exc:  # a bug on one odd item stops only it
                    log.exception("unexpected failure ingesting %s", storable(item.key))
                    self._fail(batch.report, ItemError(
                        item.key, f"unexpected error ({type(exc).__name__}: {exc})"), batch)
        return batch

    def _plan_document(self, item: Prepared, stored: dict[str, str], batch: _Batch) -> None:
        doc, report = item.doc, batch.report
        assert doc is not None
        doc.duplicate_of = doc.duplicate_kind = None  # planned afresh when a batch is saved again
        original = stored.get(doc.content_hash) or batch.originals.get(doc.content_hash)
        signature = None
        if original and original != doc.id:
            doc.duplicate_of, doc.duplicate_kind = original, "exact"
        else:
            if item.signature is None:  # signing failed in the worker
                self._fail(report, item.extract_error or ItemError(item.key, "no signature"), batch, item.key)
                return
            signature = item.signature
            near = self.near.find(signature)
            if near and near != doc.id:
                doc.duplicate_of, doc.duplicate_kind = near, "near"
                signature = None
        events, relevant = [], False
        if doc.duplicate_of is None:
            if item.extract_error is not None:
                self._fail(report, item.extract_error, batch, item.key)
                return
            events, relevant = item.events, item.relevant
        links = {}
        if self.matcher:
            links = {e.id: found for e in events if (found := self.matcher.match(e))}
        batch.saves.append(DocumentToSave(doc, item.key, events, relevant, signature, links))
        batch.keys.add(item.key)
        if doc.duplicate_kind == "exact":
            report.exact_duplicates += 1
        elif doc.duplicate_kind == "near":
            report.near_duplicates += 1
        else:
            batch.originals.setdefault(doc.content_hash, doc.id)
        if signature is not None:
            self.near.add(doc.id, signature)
            batch.indexed.append(doc.id)
        if doc.cut:
            message = (f"text cut to its first {len(doc.text):,} characters "
                       f"(TECHTIES_MAX_TEXT_CHARS is {settings.max_text_chars():,})")
            log.info("%s: %s", storable(item.key), message)  # the report says it to the user
            report.warnings.append(Warned(storable(item.key), message))
        report.added += 1
        report.relevant += int(relevant)
        report.events += len(events)
        report.linked += len(links)

    @staticmethod
    def _fail(report: IngestReport, error: ItemError, batch: _Batch | None = None,
              key: str | None = None) -> None:
        error = ItemError(storable(error.source), storable(error.message))
        log.info("skipped %s", error)  # the report says it to the user; logged once, not twice
        report.failures.append(error)
        if batch is not None:
            batch.failures.append((storable(key or error.source), error.source, error.message))


def _key(item: Item) -> str:
    return item.source if isinstance(item, ItemError) else item.key


def run_ingest(targets: Iterable[str], store: Store, *, allow_private: bool = False,
               follow_feed_links: bool = False,
               on_item: Callable[[str], None] | None = None,
               on_wait: Callable[[], None] | None = None,
               workers: int | None = 1, dask: str | None = None, batch_size: int = BATCH,
               feed: Feed | None = None) -> IngestReport:
    """Ingest every target; returns what happened, failures included. `workers` processes
    extract (None: one per core; 1: this process), or the Dask cluster at `dask`;
    `batch_size` documents are saved in a transaction (1: each in its own, as ingest
    did before batches). `feed`: the targets' extraction, already started by the caller
    (the CLI starts it before opening the store; then targets, workers and dask are its).
    One ingest at a time writes to a store: `on_wait` is called when this one must wait
    for another."""
    with store.ingest_lock(settings.lock_wait(), on_wait):
        if feed is not None:
            return _run(feed, store, on_item=on_item, batch_size=batch_size)
        with runner(workers, dask, initializer=warm) as run:
            return _run(Feed(targets, run, batch_size=batch_size, allow_private=allow_private,
                             follow_feed_links=follow_feed_links),
                        store, on_item=on_item, batch_size=batch_size)


def _run(feed: Feed, store: Store, *, on_item: Callable[[str], None] | None,
         batch_size: int) -> IngestReport:
    report = IngestReport()
    ingestor = Ingestor(store)  # its near-duplicate index is read under the lock
    feed.attach(store.ingested_keys)
    pending: list[Item] = []

    def flush() -> None:
        if batch_size <= 1:
            for item in pending:
                report.add(ingestor.save_one(item))
        else:
            report.add(ingestor.save_batch(pending))
        if on_item is not None:
            for item in pending:
                on_item(_key(item))
        pending.clear()

    # while the writer saves a batch, the workers extract the next one; once the last chunks
    # are out, it saves what it holds while it waits, so that little is left to save alone
    for results in feed:
        pending.extend(results)
        if len(pending) >= batch_size or (batch_size > 1 and feed.draining()):
            flush()
    flush()
    return report
