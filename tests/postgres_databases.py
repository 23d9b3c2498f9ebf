"""Throw-away PostgreSQL databases for tests: created empty, dropped afterwards."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError


@contextmanager
def pg_database(server: str, name: str) -> Iterator[str]:
    """A new, empty database `name` on `server`, as a URL; dropped when the block ends."""
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0 '
                              "ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"))
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
        _drop_database(admin, name)
    finally:
        admin.dispose()


def _drop_database(admin: Engine, name: str, tries: int = 20) -> None:
    """Drop a test database. FORCE ends our own sessions, but not a superuser's: an autovacuum
    worker busy on the fresh tables makes the drop fail until it is done, so wait for it."""
    for attempt in range(tries):
        try:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except DBAPIError:
            if attempt == tries - 1:
                raise
            time.sleep(0.25)
