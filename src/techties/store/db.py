"""Engines, the SQLite connection settings, upserts chosen by dialect, and migrations.

One code path serves SQLite and PostgreSQL: their INSERT … ON CONFLICT constructs share
one API, so `upsert()` is the only place that looks at the dialect.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, Table, create_engine, event
from sqlalchemy.dialects.postgresql import Insert as PostgresInsert
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import Insert as SqliteInsert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import InterfaceError, OperationalError

from techties.exceptions import RunAbort, StoreUnavailable
from techties.store.locks import migrating

DIALECTS = ("sqlite", "postgresql")
MIGRATIONS = Path(__file__).parent / "migrations"


@contextmanager
def database_errors() -> Iterator[None]:
    """The database's own failures (connection lost, locked, disk full) as `StoreUnavailable`;
    a refused row (a constraint, a bad value) stays the driver's error. Also a decorator."""
    try:
        yield
    except (OperationalError, InterfaceError) as exc:
        raise StoreUnavailable(str(exc)) from exc


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Foreign keys are off by default in SQLite; WAL lets readers work while ingest writes.
    # A 64 MiB page cache keeps the FTS5 segments and the event indexes of a batch in memory:
    # with the 2 MiB default, ingest spent three times as long on the word index.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()


def make_engine(url: str | URL) -> Engine:
    """An engine for a supported database; anything else aborts the run with one message."""
    parsed = make_url(url)
    if parsed.get_backend_name() not in DIALECTS:
        raise RunAbort(f"unsupported database {parsed.get_backend_name()!r}: use SQLite or "
                       "PostgreSQL (postgresql+psycopg://user:password@host/db)")
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(parsed, pool_pre_ping=True)


def table_of(model: Any) -> Table:
    """The Core table of a mapped model, typed as such (``__table__`` is typed loosely)."""
    table: Table = model.__table__
    return table


def upsert(engine: Engine, table: Table) -> SqliteInsert | PostgresInsert:
    """An INSERT that supports ``on_conflict_do_nothing/update`` on this engine's dialect."""
    if engine.dialect.name == "sqlite":
        return sqlite_insert(table)
    if engine.dialect.name == "postgresql":
        return postgres_insert(table)
    raise RunAbort(f"no upsert for database {engine.dialect.name!r}")


def alembic_config() -> Config:
    """The Alembic configuration, built in code: no alembic.ini is needed at run time."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest schema revision shipped with this version of techties."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (the newest by default) in one transaction."""
    config = alembic_config()
    with migrating(engine) as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
