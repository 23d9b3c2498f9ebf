"""Small builders of merged events and reports for the analysis tests."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import count

from techties.analysis.events import MergedEvent
from techties.store.event_record import EventActor, EventRecord, EventSource

_ids = count(1)


def event(date: str, *, type: str = "agreement", stage: str = "signed",
          domains: tuple[str, ...] = ("space",), cn: tuple[str, ...] = ("cn-cnsa",),
          ru: tuple[str, ...] = ("ru-roscosmos",), project: str | None = None,
          defence: bool = False, lead: str | None = None, id: str | None = None,
          sources: tuple[EventSource, ...] = ()) -> MergedEvent:
    actors = tuple(EventActor("CN", a, a) for a in cn) + tuple(EventActor("RU", a, a) for a in ru)
    return MergedEvent(id=id or f"e{next(_ids):04d}", date=date, type=type, stage=stage,
                       domains=domains, actors=actors, summary=f"{type} {date}", origin="curated",
                       project_id=project, reports=(id or "",), sources=sources,
                       defence_linked=defence, lead_side=lead)


def report(id: str, date: str | None, *, document: str | None, type: str = "agreement",
           stage: str = "signed", domains: tuple[str, ...] = ("space",),
           cn: tuple[str, ...] = ("cn-cnsa",), ru: tuple[str, ...] = ("ru-roscosmos",),
           origin: str = "extracted", curated_id: str | None = None, confidence: float = 0.8,
           published: str | None = None, lang: str = "en") -> EventRecord:
    return EventRecord(
        id=id, origin=origin, type=type, stage=stage, date=date, confidence=confidence,
        summary=f"{type} of {', '.join(cn + ru)}", document_id=document, published=published,
        lang=lang, project_id=None, curated_id=curated_id, cluster_id=None,
        review_status="pending", created_at=datetime(2026, 1, 1, tzinfo=UTC),
        domains=tuple(domains),
        actors=tuple(EventActor("CN", a, a) for a in cn) + tuple(EventActor("RU", a, a) for a in ru))
