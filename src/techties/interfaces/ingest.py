"""Ingest: sources → documents → duplicates → extraction → store, one document at a time.

Each document is saved with its events in one transaction and remembered by its
source key, so a killed run resumes where it stopped and a second run adds nothing.
A bad item is recorded and reported; the batch goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy.exc import InterfaceError, OperationalError

from techties import settings
from techties.analysis.merging import merge_new
from techties.curation.matching import CuratedMatcher
from techties.documents.clean import clean_document
from techties.documents.duplicates import NearDuplicateIndex
from techties.exceptions import ItemError, RunAbort
from techties.extraction.pipeline import extract_document
from techties.model.curated import load_curated_events
from techties.records import RawDocument
from techties.sources import iter_raw_documents
from techties.storable import storable
from techties.store.store import Store

log = logging.getLogger(__name__)


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

    def as_dict(self) -> dict:
        return {"seen": self.seen, "added": self.added, "skipped": self.skipped,
                "exact_duplicates": self.exact_duplicates, "near_duplicates": self.near_duplicates,
                "relevant": self.relevant, "events": self.events, "linked": self.linked,
                "failed": len(self.failures), "cut": len(self.warnings),
                "failures": [{"source": f.source, "message": f.message} for f in self.failures],
                "warnings": [{"source": w.source, "message": w.message} for w in self.warnings]}


class Ingestor:
    """Holds the near-duplicate index for one run over one store."""

    def __init__(self, store: Store):
        self.store = store
        self.near = NearDuplicateIndex()
        for doc_id, signature in store.near_duplicate_signatures():
            self.near.add(doc_id, signature)
        # Link to the curated knowledge base only when this store holds it.
        curated_ids = store.curated_event_ids()
        self.matcher = CuratedMatcher(e for e in load_curated_events() if e.id in curated_ids)

    def ingest_raw(self, raw: RawDocument, report: IngestReport) -> None:
        report.seen += 1
        if self.store.is_ingested(raw.key):
            report.skipped += 1
            return
        doc = clean_document(raw)
        original = self.store.document_by_content_hash(doc.content_hash)
        signature = None
        if original and original != doc.id:
            doc.duplicate_of, doc.duplicate_kind = original, "exact"
            report.exact_duplicates += 1
        else:
            signature = self.near.signature(doc.text, doc.lang)
            near = self.near.find(signature)
            if near and near != doc.id:
                doc.duplicate_of, doc.duplicate_kind = near, "near"
                report.near_duplicates += 1
                signature = None
        events = []
        relevant = False
        if doc.duplicate_of is None:
            extraction = extract_document(doc)
            events, relevant = extraction.events, extraction.relevant
        links = {}
        if self.matcher:
            links = {e.id: found for e in events if (found := self.matcher.match(e))}
        ids = [e.id for e in events]
        # one happening reported by several documents becomes one event; merged in the
        # document's own transaction, so that a kill cannot leave it saved but unmerged
        self.store.save_document(doc, events, relevant=relevant, signature=signature, key=raw.key,
                                 curated_links=links, then=(lambda conn: merge_new(conn, ids)) if ids else None)
        if signature is not None:
            self.near.add(doc.id, signature)
        if doc.cut:
            message = (f"text cut to its first {len(doc.text):,} characters "
                       f"(TECHTIES_MAX_TEXT_CHARS is {settings.max_text_chars():,})")
            log.info("%s: %s", storable(raw.key), message)  # the report says it to the user
            report.warnings.append(Warned(storable(raw.key), message))
        report.added += 1
        report.relevant += int(relevant)
        report.events += len(events)
        report.linked += len(links)


def run_ingest(targets: Iterable[str], store: Store, *, allow_private: bool = False,
               follow_feed_links: bool = False,
               on_item: Callable[[str], None] | None = None,
               on_wait: Callable[[], None] | None = None) -> IngestReport:
    """Ingest every target; returns what happened, failures included. One ingest at a
    time writes to a store: `on_wait` is called when this one must wait for another."""
    with store.ingest_lock(settings.lock_wait(), on_wait):
        return _run(targets, store, allow_private=allow_private, follow_feed_links=follow_feed_links,
                    on_item=on_item)


def _run(targets: Iterable[str], store: Store, *, allow_private: bool, follow_feed_links: bool,
         on_item: Callable[[str], None] | None) -> IngestReport:
    report = IngestReport()
    ingestor = Ingestor(store)  # its near-duplicate index is read under the lock
    for item in iter_raw_documents(list(targets), allow_private=allow_private,
                                   follow_feed_links=follow_feed_links):
        if isinstance(item, ItemError):
            _fail(store, report, item, item.source)
        else:
            try:
                ingestor.ingest_raw(item, report)
            except ItemError as exc:
                _fail(store, report, exc, item.key)
            except (OperationalError, InterfaceError) as exc:  # the database, not the item
                raise RunAbort(f"the database failed while saving {storable(item.key)}: {exc}") from exc
            except Exception as exc:  # a bug on one odd item (deep nesting, odd text) stops only it
                log.exception("unexpected failure ingesting %s", storable(item.key))
                error = ItemError(item.key, f"unexpected error ({type(exc).__name__}: {exc})")
                _fail(store, report, error, item.key)
        if on_item is not None:
            on_item(item.source if isinstance(item, ItemError) else item.key)
    return report


def _fail(store: Store, report: IngestReport, error: ItemError, key: str) -> None:
    error = ItemError(storable(error.source), storable(error.message))
    log.info("skipped %s", error)  # the report says it to the user; logged once, not twice
    report.failures.append(error)
    store.record_failure(storable(key), error.source, error.message)
