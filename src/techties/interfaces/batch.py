"""Stateless batch extraction: JSON Lines of documents in, one prediction line per document out.

Documents are spread in chunks over worker processes, or over a Dask cluster; the output
keeps the input order.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import IO

from techties.documents.clean import clean_document
from techties.exceptions import ItemError
from techties.extraction.cues import warm
from techties.extraction.pipeline import extract_document
from techties.interfaces.parallel import runner
from techties.records import RawDocument
from techties.sources import iter_raw_documents
from techties.storable import storable

CHUNK = 64
log = logging.getLogger(__name__)


def predict(raw: RawDocument) -> dict:
    """The prediction line of one raw document; a document that cannot be cleaned is not relevant."""
    external = raw.external_id or raw.key
    try:
        doc = clean_document(raw)
        return extract_document(doc).prediction(external)
    except ItemError as exc:
        return {"id": external, "relevant": False, "events": [], "error": exc.message}
    except Exception as exc:  # a bug on one odd document must not end the batch
        log.exception("unexpected failure extracting %s", storable(raw.key))
        return {"id": external, "relevant": False, "events": [],
                "error": f"unexpected error ({type(exc).__name__}: {exc})"}


def _predict_chunk(chunk: list[RawDocument]) -> list[dict]:
    return [predict(raw) for raw in chunk]


def _chunks(items: Iterator[RawDocument | ItemError], errors: list[ItemError]) -> Iterator[list[RawDocument]]:
    chunk: list[RawDocument] = []
    for item in items:
        if isinstance(item, ItemError):
            errors.append(item)
            continue
        chunk.append(item)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_jsonl(source: str, out: IO[str], *, workers: int | None = None,
                  dask: str | None = None) -> tuple[int, list[ItemError]]:
    """Write one prediction per document of `source`; returns (documents, unreadable items).
    `workers` local processes (default: one per core), or the Dask cluster at `dask`."""
    errors: list[ItemError] = []
    chunks = _chunks(iter_raw_documents([source]), errors)
    written = 0
    with runner(workers, dask, initializer=warm) as run:
        for lines in run.map(_predict_chunk, chunks):
            written += _write(out, lines)
    return written, errors


def _write(out: IO[str], lines: list[dict]) -> int:
    for line in lines:
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return len(lines)
