"""The part of ingest that needs no store: clean, sign and extract one raw document.

It runs in worker processes (or on a Dask cluster) while the single writer stores what
earlier chunks gave. Extraction is done for every document, duplicates included: whether a
document duplicates another is known only in input order, in the writer, which then
drops the events of a duplicate, as a one-at-a-time ingest never extracts them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from techties.documents.clean import clean_document
from techties.documents.duplicates import signature
from techties.exceptions import ItemError
from techties.extraction.pipeline import extract_document
from techties.records import Document, Event, RawDocument
from techties.storable import storable

log = logging.getLogger(__name__)


@dataclass
class Prepared:
    """One raw document made ready to store, or why it cannot be.

    `error` is set when the document cannot be read (it is then a failure); `extract_error`
    when extraction failed, which matters only if the document is not a duplicate."""

    key: str
    doc: Document | None = None
    signature: bytes | None = None
    events: list[Event] = field(default_factory=list)
    relevant: bool = False
    error: ItemError | None = None
    extract_error: ItemError | None = None


def _unexpected(key: str, exc: Exception, doing: str) -> ItemError:
    log.exception("unexpected failure %s %s", doing, storable(key))
    return ItemError(key, f"unexpected error ({type(exc).__name__}: {exc})")


def prepare(raw: RawDocument) -> Prepared:
    """Clean, sign and extract one document; never raises for a bad document."""
    try:
        doc = clean_document(raw)
    except ItemError as exc:
        return Prepared(raw.key, error=exc)
    except Exception as exc:  # a bug on one odd item (deep nesting, odd text) stops only it
        return Prepared(raw.key, error=_unexpected(raw.key, exc, "reading"))
    prepared = Prepared(raw.key, doc)
    try:
        prepared.signature = signature(doc.text, doc.lang)
        extraction = extract_document(doc)
        prepared.events, prepared.relevant = extraction.events, extraction.relevant
    except ItemError as exc:
        prepared.extract_error = exc
    except Exception as exc:
        prepared.extract_error = _unexpected(raw.key, exc, "extracting")
    return prepared


def prepare_chunk(chunk: list[RawDocument]) -> list[Prepared]:
    return [prepare(raw) for raw in chunk]


@dataclass(frozen=True)
class Known:
    """An item whose key was saved by an earlier run: it is not sent to be extracted again."""

    key: str


Item = Prepared | ItemError | Known


def prepare_items(chunk: list[RawDocument | ItemError | Known]) -> list[Item]:
    """A worker's task: prepare the raw documents of a chunk, pass the rest through. It lives
    here, beside `prepare`, so that a worker never imports the writer's modules."""
    raws = [i for i in chunk if isinstance(i, RawDocument)]
    prepared = iter(prepare_chunk(raws))
    return [next(prepared) if isinstance(i, RawDocument) else i for i in chunk]
