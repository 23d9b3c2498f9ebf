"""Links an extracted event to the curated event it reports, so it stands with it rather
than beside it.

A match needs the same happening, not the same topic: at least one knowledge-base actor in
common (on every side where both name actors), a shared domain, a compatible type, and
dates no more than MAX_MONTHS apart. Among several candidates the one sharing most
actors, then the nearest in time, wins.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from techties.model.behaviour import compatible
from techties.model.curated import CuratedEvent
from techties.model.partial_dates import PartialDate
from techties.records import Event

MAX_MONTHS = 2


def _month_index(date: str | None) -> int | None:
    """The month of a date; a year alone counts as its middle (June)."""
    found = PartialDate.parse(date)
    return found.year * 12 + (found.month or 6) - 1 if found else None


@dataclass(frozen=True)
class _Candidate:
    event: CuratedEvent
    month: int | None


class CuratedMatcher:
    """An index of curated events by actor id, answering `match(event)`."""

    def __init__(self, curated: Iterable[CuratedEvent]):
        self._by_actor: dict[str, list[_Candidate]] = defaultdict(list)
        for event in curated:
            candidate = _Candidate(event, _month_index(event.date))
            for actor_id in (*event.china_actors, *event.russia_actors):
                self._by_actor[actor_id].append(candidate)

    def __bool__(self) -> bool:
        return bool(self._by_actor)

    def match(self, event: Event) -> str | None:
        """The id of the curated event `event` reports, or None."""
        month = _month_index(event.date)
        if month is None:
            return None
        china = {a.actor_id for a in event.china_actors if a.actor_id}
        russia = {a.actor_id for a in event.russia_actors if a.actor_id}
        best: tuple[int, int, str] | None = None
        seen: set[str] = set()
        for actor_id in china | russia:
            for candidate in self._by_actor.get(actor_id, ()):
                curated = candidate.event
                if curated.id in seen:
                    continue
                seen.add(curated.id)
                score = self._score(event, month, china, russia, candidate)
                if score is not None and (best is None or score > best[:2]):
                    best = (*score, curated.id)
        return best[2] if best else None

    @staticmethod
    def _score(event: Event, month: int, china: set[str], russia: set[str],
               candidate: _Candidate) -> tuple[int, int] | None:
        curated = candidate.event
        if candidate.month is None or abs(candidate.month - month) > MAX_MONTHS:
            return None
        if not compatible(event.type, curated.type):  # compatible_with, event_types.yaml
            return None
        if not set(event.domains) & set(curated.domains):
            return None
        shared_cn = china & set(curated.china_actors)
        shared_ru = russia & set(curated.russia_actors)
        if (china and curated.china_actors and not shared_cn) or \
                (russia and curated.russia_actors and not shared_ru):
            return None
        return len(shared_cn) + len(shared_ru), -abs(candidate.month - month)
