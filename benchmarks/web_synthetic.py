"""A synthetic store of N events for the dashboard benchmark, written straight into the tables.

The events look like the real ones where it matters for query speed: one to three
knowledge-base actors per side (a few unresolved), one to three domains, every type and
stage, dates from 2008 to 2025 at year, month or day precision, a tenth curated with cited
pages, the rest extracted from documents in en, ru and zh (two events per document, some
documents duplicates). Deterministic for a given seed.
"""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert

from techties.model.loader import load_actors, load_vocabulary
from techties.model.names import fold
from techties.store import counters, search
from techties.store.models import (
    DocumentModel,
    DocumentSourceModel,
    EventActorModel,
    EventDomainModel,
    EventModel,
    EventSourceModel,
    EvidenceModel,
)
from techties.store.store import Store

WORDS = ("joint laboratory", "satellite navigation", "supply of chips", "nuclear power unit",
         "5G network", "machine tools", "lunar station", "wide-body airliner", "AI research",
         "university campus", "Arctic shipping", "quantum communication")
# evidence in the document's language, so that word search has Russian and Chinese to find
EVIDENCE = {
    "en": ("Synthetic article on satellite navigation", "Synthetic article on a lunar station"),
    "ru": ("Стороны договорились о спутниковой навигации", "Учёные построят лунную станцию"),
    "zh": ("双方将合作发展卫星导航系统", "两国科学家共建月球科研站"),
}
SOURCE_KINDS = ("official", "state_media", "independent_media", "think_tank")


def build(store: Store, n_events: int, seed: int = 7, batch: int = 5000) -> float:
    """Fill an empty store with `n_events` synthetic events; returns the seconds it took."""
    started = time.perf_counter()
    rng = random.Random(seed)
    actors = load_actors()
    store.sync_actors(actors)
    cn = [a for a in actors if a.country == "CN"]
    ru = [a for a in actors if a.country == "RU"]
    # A few actors take part far more often than the rest, as in the news.
    cn_weights = [1 / (i + 1) ** 0.8 for i in range(len(cn))]
    ru_weights = [1 / (i + 1) ** 0.8 for i in range(len(ru))]
    types = load_vocabulary("event_type").values
    stages = load_vocabulary("stage").values
    domains = load_vocabulary("domain").values
    langs = ("en", "en", "ru", "zh")
    base = datetime(2025, 1, 1, tzinfo=UTC)
    rows: dict[str, list[dict]] = {k: [] for k in ("documents", "sources", "events", "domains",
                                                   "actors", "evidence", "cited")}

    def flush() -> None:
        with store.engine.begin() as conn, counters.track(conn, [r["id"] for r in rows["events"]]):
            counters.count_documents(conn, rows["documents"])
            for key, model in (("documents", DocumentModel), ("sources", DocumentSourceModel),
                               ("events", EventModel), ("domains", EventDomainModel),
                               ("actors", EventActorModel), ("evidence", EvidenceModel),
                               ("cited", EventSourceModel)):
                if rows[key]:
                    conn.execute(insert(model), rows[key])
            search.index_events(conn, [row["id"] for row in rows["events"]])
        for key in rows:
            rows[key].clear()

    doc_id = None
    for i in range(n_events):
        year = rng.randint(2008, 2025)
        month = rng.randint(1, 12)
        precision = rng.random()
        date = (f"{year}" if precision < 0.2 else f"{year}-{month:02d}" if precision < 0.6
                else f"{year}-{month:02d}-{rng.randint(1, 28):02d}")
        curated = i % 10 == 0
        text = ""
        if not curated and i % 2 == 1 or doc_id is None:
            doc_id = f"doc_{i:07d}"
            lang = rng.choice(langs)
            text = f"Synthetic article {i} about {rng.choice(WORDS)} between China and Russia. " * 6
            rows["documents"].append({
                "id": doc_id, "url": f"https://news.example.org/{i}", "title": f"{rng.choice(WORDS)} {i}",
                "published": date, "lang": lang, "text": text, "content_hash": f"h{i}",
                "source_kind": rng.choice(("file", "feed", "feed", "url")), "external_id": None,
                "duplicate_of": None, "duplicate_kind": None, "relevant": True,
                "signature": None, "ingested_at": base + timedelta(seconds=i)})
            if rng.random() < 0.05:  # a copy seen elsewhere: linked, yields no events
                rows["documents"].append({
                    "id": f"dup_{i:07d}", "url": f"https://mirror.example.net/{i}",
                    "title": f"copy of {i}", "published": date, "lang": lang, "text": text,
                    "content_hash": f"h{i}", "source_kind": "feed", "external_id": None,
                    "duplicate_of": doc_id, "duplicate_kind": rng.choice(("exact", "near")),
                    "relevant": True, "signature": None,
                    "ingested_at": base + timedelta(seconds=i, milliseconds=1)})
            rows["sources"].append({"document_id": doc_id, "source": f"feeds/synthetic-{i % 50}.xml",
                                    "locator": str(i), "key": f"synthetic#{i}", "source_kind": "feed",
                                    "ingested_at": base + timedelta(seconds=i)})
        event_id = f"ev_{i:014d}"
        type_ = rng.choice(types)
        rows["events"].append({
            "id": event_id, "document_id": None if curated else doc_id, "type": type_,
            "stage": rng.choice(stages), "date": date, "confidence": round(rng.random(), 3),
            "summary": f"{type_.replace('_', ' ')} on {rng.choice(WORDS)} (synthetic {i})",
            "origin": "curated" if curated else "extracted",
            "created_at": base + timedelta(seconds=i), "project_id": None, "curated_id": None,
            "cluster_id": None,
            "review_status": "verified" if curated else rng.choice(("pending", "pending", "accepted"))})
        for pos, d in enumerate(dict.fromkeys(rng.sample(domains, rng.choice((1, 1, 2, 3))))):
            rows["domains"].append({"event_id": event_id, "domain": d, "position": pos})
        for side, pool, weights in (("CN", cn, cn_weights), ("RU", ru, ru_weights)):
            chosen = {a.id: a for a in rng.choices(pool, weights, k=rng.choice((1, 1, 2, 3)))}
            for pos, a in enumerate(chosen.values()):
                unresolved = not curated and rng.random() < 0.05
                name = f"Unlisted {side} body {rng.randint(1, 400)}" if unresolved else a.name
                rows["actors"].append({
                    "event_id": event_id, "side": side, "position": pos,
                    "actor_id": None if unresolved else a.id, "name": name, "name_key": fold(name),
                    "mention": name, "resolved": not unresolved})
        if curated:
            rows["cited"].append({"event_id": event_id, "position": 0,
                                  "url": f"https://gov.example.org/{i}", "kind": rng.choice(SOURCE_KINDS),
                                  "publisher": "Example", "published": date})
        else:
            rows["evidence"].append({"event_id": event_id, "document_id": doc_id, "position": 0,
                                     "start": 0, "end": 40,
                                     "text": rng.choice(EVIDENCE[lang])})
        if len(rows["events"]) >= batch:
            flush()
    flush()
    with store.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    return time.perf_counter() - started
