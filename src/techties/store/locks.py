"""One ingest at a time per store: a lock file next to a SQLite file, an advisory lock on
PostgreSQL.

Two ingests into one store would each keep their own near-duplicate index and both
add the events of one story. The lock is held for the whole run; the index is read
after it is taken. A second ingest waits for the first, then gives up with a clear
message after the TECHTIES_LOCK_WAIT setting's seconds. Both locks end with the process
that holds them, so a killed ingest never leaves the store locked.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from sqlalchemy import Connection, Engine, text

from techties.exceptions import RunAbort

POLL = 0.2  # seconds between two tries
PG_KEY = 0x7465636874696573  # "techties" in ASCII: the advisory lock's number
PG_MIGRATE_KEY = PG_KEY + 1
MIGRATE_WAIT = 300.0  # seconds; a migration takes well under one


class Busy(Exception):
    """The lock is held by another ingest."""


def _sqlite_file(engine: Engine) -> Path | None:
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).expanduser()


def _try_file_lock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            raise Busy from None
    else:
        import fcntl

        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise Busy from None


def _wait(attempt: Callable[[], None], wait: float, on_wait: Callable[[], None] | None,
          what: str) -> None:
    deadline = time.monotonic() + wait
    told = False
    while True:
        try:
            attempt()
            return
        except Busy:
            if time.monotonic() >= deadline:
                raise RunAbort(f"another ingest is writing to this store ({what}); it still was "
                               f"after {wait:g} s: try again when it has finished, or raise "
                               "TECHTIES_LOCK_WAIT") from None
            if not told and on_wait is not None:
                on_wait()
                told = True
            time.sleep(POLL)


@contextmanager
def _sqlite_lock(path: Path, wait: float, on_wait: Callable[[], None] | None,
                 suffix: str = ".ingest-lock", required: bool = True) -> Iterator[None]:
    """Hold a lock file next to the database; one that cannot be created (a read-only
    folder) aborts the run when `required`, else nothing is locked."""
    lock_path = path.with_name(path.name + suffix)
    try:
        handle = open(lock_path, "ab")  # noqa: SIM115 - held open for the whole run
    except OSError as exc:
        if required:
            raise RunAbort(f"cannot create the lock file {lock_path} ({exc.strerror or exc})") from None
        yield
        return
    try:
        _wait(lambda: _try_file_lock(handle), wait, on_wait, f"lock file {lock_path}")
        handle.truncate(0)
        handle.write(f"{os.getpid()}\n".encode())
        handle.flush()
        yield
    finally:
        handle.close()  # closing releases the lock


@contextmanager
def _postgres_lock(engine: Engine, wait: float, on_wait: Callable[[], None] | None) -> Iterator[None]:
    with engine.connect() as conn:  # a session of its own, held for the whole run
        def attempt() -> None:
            taken = conn.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": PG_KEY}).scalar()
            conn.commit()
            if not taken:
                raise Busy

        _wait(attempt, wait, on_wait, "PostgreSQL advisory lock")
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": PG_KEY})
            conn.commit()


@contextmanager
def migrating(engine: Engine) -> Iterator[Connection]:
    """A transaction to migrate the schema in, one process at a time: two processes opening
    a new store at once would both create its tables. The lock is taken before the schema
    is read and released after the transaction has committed."""
    if engine.dialect.name == "postgresql":
        with engine.begin() as connection:  # the lock ends with the transaction
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_MIGRATE_KEY})
            yield connection
        return
    path = _sqlite_file(engine)
    if path is None:
        with engine.begin() as connection:
            yield connection
        return
    # a store in a read-only folder is read, not migrated: it needs no lock
    with _sqlite_lock(path, MIGRATE_WAIT, None, ".migrate-lock", required=False), \
            engine.begin() as connection:
        yield connection


@contextmanager
def ingest_lock(engine: Engine, wait: float,
                on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the store's ingest lock; `on_wait` is called once if another ingest holds it."""
    if engine.dialect.name == "postgresql":
        with _postgres_lock(engine, wait, on_wait):
            yield
        return
    path = _sqlite_file(engine)
    if path is None:  # an in-memory database belongs to this process alone
        yield
        return
    with _sqlite_lock(path, wait, on_wait):
        yield
