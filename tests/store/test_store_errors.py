"""The database's own failures cross the store's boundary as `StoreUnavailable`, so that
ingest tells them from a refused item without importing SQLAlchemy; a refused row stays
the driver's error."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError

from techties.exceptions import RunAbort, StoreUnavailable
from techties.interfaces.ingest import run_ingest
from techties.store.db import database_errors
from techties.store.store import Store

SAMPLES = Path(__file__).resolve().parents[2] / "src" / "techties" / "samples" / "articles"


def _break(store: Store, table: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(text(f"DROP TABLE {table}"))


def test_a_failing_database_is_store_unavailable(sqlite_url: str) -> None:
    with Store.open(sqlite_url) as store:
        _break(store, "ingest_failures")
        with pytest.raises(StoreUnavailable) as raised:
            store.record_failure("feed#1", "feed", "timed out")
    assert isinstance(raised.value.__cause__, OperationalError)


def test_a_refused_row_stays_the_drivers_error() -> None:
    with pytest.raises(IntegrityError), database_errors():
        raise IntegrityError("INSERT …", {}, Exception("UNIQUE constraint failed"))


def test_ingest_stops_with_one_message_when_the_database_fails(sqlite_url: str, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes((SAMPLES / "en_report_ilrs_memorandum_2021.txt").read_bytes())
    with Store.open(sqlite_url) as store:
        _break(store, "ingest_failures")
        with pytest.raises(RunAbort, match="the database failed while saving"):
            run_ingest([str(article)], store)
