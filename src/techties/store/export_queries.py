"""What a spreadsheet export adds to each event row: actor ids, evidence and sources, read in
bulk for a chunk of events (a query per kind, not per event)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, is_dataclass
from itertools import islice
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.engine import Engine

from techties.store.models import (
    DocumentModel,
    DocumentSourceModel,
    EventActorModel,
    EventModel,
    EventSourceModel,
    EvidenceModel,
)

CHUNK = 500


def event_extras(conn: Connection, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Per event id: china_actor_ids, russia_actor_ids (knowledge-base ids, resolved actors
    only), evidence (its sentences), sources (document URL or source file, then the pages
    a curated event cites, then duplicates' URLs) and accounts_differ (a curated event's note
    on diverging accounts, or None)."""
    extras: dict[str, dict[str, Any]] = defaultdict(lambda: {
        "china_actor_ids": [], "russia_actor_ids": [], "evidence": [], "sources": [],
        "accounts_differ": None})
    if not ids:
        return extras
    ids = list(ids)
    for a in conn.execute(select(EventActorModel.event_id, EventActorModel.side, EventActorModel.actor_id)
                          .where(EventActorModel.event_id.in_(ids), EventActorModel.actor_id.is_not(None))
                          .order_by(EventActorModel.event_id, EventActorModel.position)):
        key = "china_actor_ids" if a.side == "CN" else "russia_actor_ids"
        if a.actor_id not in extras[a.event_id][key]:
            extras[a.event_id][key].append(a.actor_id)
    for e in conn.execute(select(EvidenceModel.event_id, EvidenceModel.text)
                          .where(EvidenceModel.event_id.in_(ids))
                          .order_by(EvidenceModel.event_id, EvidenceModel.position)):
        extras[e.event_id]["evidence"].append(e.text)
    documents: dict[str, str] = {
        r.id: r.document_id for r in conn.execute(
            select(EventModel.id, EventModel.document_id)
            .where(EventModel.id.in_(ids), EventModel.document_id.is_not(None)))}
    if documents:
        where: dict[str, list[str]] = defaultdict(list)
        doc_ids = set(documents.values())
        for d in conn.execute(select(DocumentModel.id, DocumentModel.url, DocumentModel.duplicate_of)
                              .where((DocumentModel.id.in_(doc_ids)) | (DocumentModel.duplicate_of.in_(doc_ids)))
                              .order_by(DocumentModel.ingested_at, DocumentModel.id)):
            if d.url:
                where[d.duplicate_of or d.id].append(d.url)
        files = conn.execute(select(DocumentSourceModel.document_id, DocumentSourceModel.source)
                             .where(DocumentSourceModel.document_id.in_(doc_ids))
                             .order_by(DocumentSourceModel.ingested_at, DocumentSourceModel.id))
        for f in files:
            if not where[f.document_id]:  # no URL: name the file it was read from
                where[f.document_id].append(f.source)
        for event_id, doc_id in documents.items():
            extras[event_id]["sources"].extend(dict.fromkeys(where[doc_id]))
    for s in conn.execute(select(EventSourceModel.event_id, EventSourceModel.url)
                          .where(EventSourceModel.event_id.in_(ids))
                          .order_by(EventSourceModel.event_id, EventSourceModel.position)):
        extras[s.event_id]["sources"].append(s.url)
    for n in conn.execute(select(EventModel.id, EventModel.accounts_differ)
                          .where(EventModel.id.in_(ids), EventModel.accounts_differ.is_not(None))):
        extras[n.id]["accounts_differ"] = n.accounts_differ
    return extras


def with_extras(engine: Engine, rows: Iterable[Any]) -> Iterator[dict[str, Any]]:
    """Each row as a dict with its extras merged in, read a chunk at a time."""
    iterator = iter(rows)
    while chunk := list(islice(iterator, CHUNK)):
        dicts = [asdict(r) if is_dataclass(r) and not isinstance(r, type) else dict(r) for r in chunk]
        with engine.connect() as conn:
            extras = event_extras(conn, [d["id"] for d in dicts])
        for d in dicts:
            yield d | extras[d["id"]]
