"""The store: SQLAlchemy models, Alembic migrations and one code path for SQLite and PostgreSQL.

`Store` writes documents and events and answers the queries of the CLI, API and web;
its queries return the plain dataclasses of `queries`.
"""

from techties.store.queries import EventQuery
from techties.store.store import Store

__all__ = ["EventQuery", "Store"]
