"""The demo: a database built from the curated knowledge base and the sample articles,
through the real ingest and extraction pipeline, and a summary of what it holds."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from techties import settings
from techties.curation.seed import seed_curated
from techties.interfaces.ingest import IngestReport, run_ingest
from techties.store.queries import EventQuery, EventRow
from techties.store.store import Store


def demo_database_url(explicit: str | None) -> str:
    """The configured database, else a fresh SQLite file in the data directory, which other
    commands read by default until the user has a store of their own (settings.database_url)."""
    if explicit or settings.get("TECHTIES_DB"):
        return settings.database_url(explicit)
    path = settings.data_dir() / settings.DEMO_FILE
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
    return f"sqlite:///{path}"


@dataclass
class DemoSummary:
    curated: int
    ingest: IngestReport
    extracted: int
    by_domain: dict[str, int] = field(default_factory=dict)
    by_year: dict[str, int] = field(default_factory=dict)
    latest: list[EventRow] = field(default_factory=list)


def build_demo(store: Store, samples: str) -> DemoSummary:
    """Seed the knowledge base, ingest the samples, and count what came out."""
    curated = seed_curated(store)
    report = run_ingest([samples], store)
    everything = store.events(EventQuery(limit=None, standalone=True))
    return DemoSummary(
        curated=curated, ingest=report,
        extracted=sum(1 for e in everything if e.origin == "extracted"),
        by_domain=dict(Counter(d for e in everything for d in e.domains).most_common()),
        by_year=dict(sorted(Counter((e.date or "")[:4] for e in everything if e.date).items())),
        latest=everything[:10])
