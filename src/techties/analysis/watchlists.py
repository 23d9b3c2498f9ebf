"""Watchlists: a user's own list of entities, and sanctions and export-control lists read
in the formats their publishers use, matched against the actors of events.

The lists are read by sources/lists.py (one reader per publisher's format).
Names are compared once normalised (model/names.py `entity_key`: case, punctuation, legal
forms such as Co., Ltd, LLC, JSC, ООО, 有限公司 dropped), exactly or, for longer names, by
token-sort similarity.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from rapidfuzz import fuzz

from techties.analysis.events import MergedEvent
from techties.model.names import entity_key

MIN_EXACT = 4  # shorter normalised names (acronyms) are too ambiguous to match alone
MIN_FUZZY = 10
FUZZY_FLOOR = 85.0


# -- matching --------------------------------------------------------------------------


class WatchIndex:
    """Normalised names of watchlist entries, answering which entries an event names."""

    def __init__(self, entries: Iterable[Any], actor_names: dict[str, list[str]] | None = None):
        self.exact: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.tokens: dict[str, set[str]] = defaultdict(set)
        self.owner: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.actor_names = actor_names or {}
        self._cache: dict[str, list[tuple[str, str, float]]] = {}
        for entry in entries:
            for raw in (entry.name, *entry.aliases):
                key = entity_key(raw)
                if len(key) < MIN_EXACT:
                    continue
                self.exact[key].add((entry.id, entry.name))
                if len(key) >= MIN_FUZZY:
                    self.owner[key].add((entry.id, entry.name))
                    for token in key.split():
                        if len(token) >= 4:
                            self.tokens[token].add(key)

    def __len__(self) -> int:
        return len(self.exact)

    def match_name(self, name: str) -> list[tuple[str, str, float]]:
        key = entity_key(name)
        if key in self._cache:
            return self._cache[key]
        found: dict[str, tuple[str, str, float]] = {}
        if len(key) >= MIN_EXACT:
            for entry_id, entry_name in self.exact.get(key, ()):
                found[entry_id] = (entry_id, entry_name, 1.0)
        if len(key) >= MIN_FUZZY and not found:
            candidates: set[str] = set()
            for token in key.split():
                candidates |= self.tokens.get(token, set())
            for candidate in candidates:
                score = fuzz.token_sort_ratio(key, candidate)
                if score >= FUZZY_FLOOR:
                    for entry_id, entry_name in self.owner[candidate]:
                        best = found.get(entry_id)
                        if best is None or best[2] < score / 100:
                            found[entry_id] = (entry_id, entry_name, score / 100)
        result = sorted(found.values(), key=lambda h: (-h[2], h[0]))
        self._cache[key] = result
        return result

    def names_of(self, event: MergedEvent) -> Iterator[str]:
        for actor in event.actors:
            yield actor.name
            if actor.actor_id:
                yield from self.actor_names.get(actor.actor_id, ())

    def match(self, event: MergedEvent) -> list[tuple[str, str, float]]:
        found: dict[str, tuple[str, str, float]] = {}
        for name in dict.fromkeys(self.names_of(event)):
            for hit in self.match_name(name):
                if hit[0] not in found or found[hit[0]][2] < hit[2]:
                    found[hit[0]] = hit
        return sorted(found.values(), key=lambda h: (-h[2], h[0]))
