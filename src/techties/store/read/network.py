"""The actor network: Chinese and Russian actors as nodes, events naming both as edges."""

from __future__ import annotations

from typing import Any

from techties.store import web_queries as wq
from techties.store.store import Store
from techties.store.web_queries import NetworkFilter

__all__ = ["NetworkFilter", "network"]


def network(store: Store, nf: NetworkFilter) -> dict[str, Any]:
    """Nodes and edges of the events matching `nf`."""
    with store.engine.connect() as conn:
        return wq.network(conn, nf)
