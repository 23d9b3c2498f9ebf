"""The watched sources' polling state: schedule, validators, last result and health."""

from __future__ import annotations

from techties.store import source_state
from techties.store.models import utcnow
from techties.store.source_state import HEALTH, SourceState
from techties.store.store import Store

__all__ = ["HEALTH", "SourceState", "by_url", "states", "utcnow"]


def states(store: Store) -> list[SourceState]:
    """Every watched source's state, failing first, then stale."""
    return source_state.list_states(store.engine)


def by_url(store: Store) -> dict[str, SourceState]:
    """Every watched source's state by its URL."""
    return source_state.load_states(store.engine)
