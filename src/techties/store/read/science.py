"""Co-publications: China–Russia works with their signers, the signers' names, the events
of a pair, and where a paged import stopped."""

from __future__ import annotations

from collections.abc import Iterable

from techties.store import science as science_store
from techties.store.science import CoPublication, Signer
from techties.store.store import Store

__all__ = ["CoPublication", "Signer", "copublications", "count", "import_cursor",
           "pair_event_ids", "signer_names"]


def copublications(store: Store, *, domain: str | None = None, actor_id: str | None = None,
                   work_ids: Iterable[str] | None = None) -> list[CoPublication]:
    """Co-publications, oldest first; only those of a domain, of an actor, or with the
    given ids when asked."""
    with store.engine.connect() as conn:
        return science_store.load_copublications(conn, domain=domain, actor_id=actor_id,
                                                 work_ids=work_ids)


def count(store: Store) -> int:
    with store.engine.connect() as conn:
        return science_store.count_works(conn)


def signer_names(store: Store, keys: Iterable[str]) -> dict[str, tuple[str, str | None]]:
    """key → (name, country) for actor ids and institution ids alike."""
    with store.engine.connect() as conn:
        return science_store.signer_names(conn, keys)


def pair_event_ids(store: Store, china_actor: str, russia_actor: str) -> set[str]:
    """Ids of the news and curated events that name both actors."""
    with store.engine.connect() as conn:
        return science_store.pair_event_ids(conn, china_actor, russia_actor)


def import_cursor(store: Store, key: str) -> tuple[str | None, bool]:
    """(the cursor to resume a paged import from, whether it finished)."""
    with store.engine.connect() as conn:
        return science_store.import_cursor(conn, key)
