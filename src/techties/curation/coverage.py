"""How well the curated knowledge base covers the years, domains, types and stages.

Counted over the shipped records, so it needs no database: it answers "what does the
baseline hold" before anything is ingested.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from techties.model.curated import CuratedEvent
from techties.model.loader import load_vocabulary

FIRST_YEAR = 2014


def _ordered(counter: Counter[str], keys: Iterable[str]) -> dict[str, int]:
    """Every expected key (zero included, so gaps show) in vocabulary order, then any extra."""
    out = {key: counter.get(key, 0) for key in keys}
    out.update({key: n for key, n in sorted(counter.items()) if key not in out})
    return out


def coverage(events: Iterable[CuratedEvent], last_year: int) -> dict[str, Any]:
    """Counts per year, domain, type and stage; an event counts once in each of its domains."""
    events = list(events)
    years = [str(y) for y in range(FIRST_YEAR, last_year + 1)]
    return {
        "total": len(events),
        "without_url": sum(1 for e in events if not any(s.url for s in e.sources)),
        "by_year": _ordered(Counter(e.year for e in events), years),
        "by_domain": _ordered(Counter(d for e in events for d in e.domains),
                              load_vocabulary("domain").values),
        "by_type": _ordered(Counter(e.type for e in events), load_vocabulary("event_type").values),
        "by_stage": _ordered(Counter(e.stage for e in events), load_vocabulary("stage").values),
        "by_source_kind": dict(Counter(s.kind for e in events for s in e.sources).most_common()),
        "projects": dict(Counter(e.project for e in events if e.project).most_common()),
    }
