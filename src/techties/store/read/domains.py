"""A technology domain's profile: its events over time, actors and types."""

from __future__ import annotations

from typing import Any

from techties.store import web_queries as wq
from techties.store.store import Store


def profile(store: Store, domain: str) -> dict[str, Any]:
    with store.engine.connect() as conn:
        return wq.domain_profile(conn, domain)
