"""The store: SQLAlchemy models, Alembic migrations and one code path for SQLite and PostgreSQL.

`Store` writes documents and events (ingest, seeding); `store.read` is the one read API of
the CLI, the API, the dashboard, the briefs and analysis, by resource; `store.write` holds
the other writes. They return plain dataclasses, so nothing above needs SQLAlchemy.
"""

from techties.store.event_filter import EventFilter
from techties.store.store import Store

__all__ = ["EventFilter", "Store"]
