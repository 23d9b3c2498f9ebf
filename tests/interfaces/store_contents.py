"""What an ingest leaves in a store, without its clock: for comparing two ingests row by row.

Times are left out (two runs never share them) but their order is kept where it means
something: documents are listed in the order they were saved.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from techties.store.store import Store

QUERIES = {
    "documents": "SELECT id, url, title, published, lang, text, content_hash, duplicate_of, duplicate_kind, "
                 "relevant, signature FROM documents ORDER BY ingested_at, id",
    "sources": "SELECT document_id, source, locator, key FROM document_sources ORDER BY key",
    "events": "SELECT id, document_id, type, stage, date, date_precision, date_basis, confidence, summary, "
              "origin, curated_id, cluster_id, review_status FROM events ORDER BY id",
    "event_order": "SELECT id FROM events ORDER BY created_at, id",
    "domains": "SELECT event_id, domain, position FROM event_domains ORDER BY event_id, position",
    "actors": "SELECT event_id, side, position, actor_id, name, mention, resolved FROM event_actors "
              "ORDER BY event_id, side, position",
    "evidence": 'SELECT event_id, document_id, position, start, "end", text FROM evidence '
                "ORDER BY event_id, position",
    "failures": "SELECT key, source, message FROM ingest_failures ORDER BY key",
    "stub_actors": "SELECT id, name, country FROM actors WHERE kind = 'unknown' ORDER BY id",
}


def store_contents(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    with store.engine.connect() as conn:
        return {name: [tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)
                       for row in conn.execute(text(sql))]
                for name, sql in QUERIES.items()}
