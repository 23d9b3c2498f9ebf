"""The demo: a database built from the curated knowledge base and the sample articles,
through the real ingest and extraction pipeline, with the sample co-publications, and a
summary of what it holds."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from techties import settings
from techties.analysis.alerts import raise_alerts
from techties.analysis.rules import load_rules
from techties.curation.seed import seed_curated
from techties.interfaces.ingest import IngestReport, run_ingest
from techties.interfaces.science_import import run_science_import
from techties.store.read import events as event_reads
from techties.store.read.events import EventFilter, EventRow
from techties.store.read.series import counts_by
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
    curated: int  # curated events loaded from the knowledge base
    ingest: IngestReport
    extracted: int
    counts: dict[str, int] = field(default_factory=dict)  # as the dashboard counts (event_counts)
    alerts: int = 0  # alerts the rules raised
    by_domain: dict[str, int] = field(default_factory=dict)
    by_year: dict[str, int] = field(default_factory=dict)
    latest: list[EventRow] = field(default_factory=list)
    copublications: int = 0  # sample co-publications (fictional works) for the Science page


def sample_copublications() -> str:
    """The sample OpenAlex file inside the installed package: fictional works about real
    institutions (samples/openalex/README.md)."""
    from importlib import resources

    return str(resources.files("techties") / "samples" / "openalex" / "copublications_sample.jsonl")


def build_demo(store: Store, samples: str) -> DemoSummary:
    """Seed the knowledge base, ingest the samples, run the alert rules (so the dashboard has
    alerts to show), and count what came out the way the dashboard counts it."""
    curated = seed_curated(store)
    report = run_ingest([samples], store)
    science = run_science_import([sample_copublications()], store)
    alerts = raise_alerts(store, load_rules())
    everything = event_reads.find(store, EventFilter(limit=None))
    counts, _by_review = event_reads.counts(store)
    by_domain = counts_by(store, "domain")
    return DemoSummary(
        curated=curated, ingest=report, extracted=counts["extracted"], counts=counts,
        alerts=alerts.found, by_domain=by_domain,
        by_year=dict(sorted(Counter((e.date or "")[:4] for e in everything if e.date).items())),
        latest=everything[:10], copublications=science.copublications)
