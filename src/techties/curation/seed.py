"""Loads the curated knowledge base into a store: analyst-verified events kept apart from
machine-extracted ones (origin 'curated'), with their projects and cited pages."""

from __future__ import annotations

from techties.model.curated import load_curated_events, load_projects
from techties.model.loader import load_actors
from techties.store.store import Store


def seed_curated(store: Store) -> int:
    """Write (or refresh) every curated event and project; returns the number of events."""
    actors = load_actors()
    store.sync_actors(actors)
    return store.save_curated(load_curated_events(), load_projects(), actors)
