"""bulk.any_of and bulk.insert_rows: the same rows as SQLAlchemy's IN and INSERT, on both stores."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import insert, select

from techties.store.bulk import any_of, insert_rows
from techties.store.db import table_of
from techties.store.models import DocumentModel, DocumentSourceModel, IngestFailureModel
from techties.store.store import Store

BACKENDS = [
    pytest.param("sqlite_url", id="sqlite"),
    pytest.param("pg_url", id="postgres", marks=pytest.mark.postgres),
]


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest) -> Store:
    opened = Store.open(request.getfixturevalue(request.param))
    request.addfinalizer(opened.close)
    return opened


def _failure(n: int, at: datetime) -> dict:
    return {"key": f"file:{n}.txt", "source": f"{n}.txt", "message": "unreadable 'quote' \"and\" \\", "at": at}


def test_any_of_takes_more_values_than_a_statement_may_bind(store: Store) -> None:
    at = datetime(2026, 3, 1, 12, 30, 15, 250)
    with store.engine.begin() as conn:
        insert_rows(conn, table_of(IngestFailureModel), [_failure(n, at) for n in range(40)])
    # more values than SQLite's 32,766 bound parameters: one value travels for all of them
    wanted = [f"file:{n}.txt" for n in range(0, 40_000, 3)]
    with store.engine.connect() as conn:
        found = set(conn.scalars(select(IngestFailureModel.key).where(any_of(IngestFailureModel.key, wanted))))
        none = conn.scalars(select(IngestFailureModel.key).where(any_of(IngestFailureModel.key, []))).all()
    assert found == {f"file:{n}.txt" for n in range(0, 40, 3)}
    assert none == []


def test_insert_rows_stores_what_sqlalchemy_stores(store: Store) -> None:
    at = datetime(2026, 3, 1, 12, 30, 15, 250)
    with store.engine.begin() as conn:
        insert_rows(conn, table_of(IngestFailureModel), [_failure(1, at)])
        conn.execute(insert(IngestFailureModel), [_failure(2, at)])
    with store.engine.connect() as conn:
        rows = conn.execute(select(IngestFailureModel.key, IngestFailureModel.message, IngestFailureModel.at)
                            .order_by(IngestFailureModel.key)).all()
    # same text, same timestamp as written through SQLAlchemy (ingest orders documents by it)
    assert [(r.message, r.at.replace(tzinfo=None)) for r in rows] == [(_failure(1, at)["message"], at)] * 2


def test_insert_rows_skips_conflicts_only_when_asked(store: Store) -> None:
    doc = {"id": "doc_1", "url": None, "title": "", "published": None, "lang": "en", "text": "text",
           "content_hash": "h", "source_kind": "file", "external_id": None, "duplicate_of": None,
           "duplicate_kind": None, "relevant": True, "signature": b"\x00\x01", "ingested_at": datetime(2026, 1, 1)}
    source = {"document_id": "doc_1", "source": "a.txt", "locator": "", "key": "file:a.txt",
              "source_kind": "file", "ingested_at": datetime(2026, 1, 1)}
    with store.engine.begin() as conn:
        insert_rows(conn, table_of(DocumentModel), [doc, {**doc, "text": "second"}], skip_conflicts_on=["id"])
        insert_rows(conn, table_of(DocumentSourceModel), [source], skip_conflicts_on=["key"])
    with store.engine.connect() as conn:
        assert conn.execute(select(DocumentModel.text, DocumentModel.signature)).all() == [("text", b"\x00\x01")]
    with pytest.raises(ValueError, match="needs the columns with defaults"), store.engine.begin() as conn:
        insert_rows(conn, table_of(DocumentSourceModel), [{"document_id": "doc_1", "source": "b", "key": "k"}])


def test_upsert_rows_inserts_adds_and_updates_only_where_asked(store: Store) -> None:
    from techties.store.bulk import upsert_rows
    from techties.store.models import EventCountModel, PairTotalModel

    counts = table_of(EventCountModel)
    rows = [{"name": "type", "key": k, "period": "", "n": n} for k, n in (("agreement", 2), ("supply", 1))]
    totals = table_of(PairTotalModel)
    add = {"n": "{table}.n + excluded.n", "cn_name": "excluded.cn_name"}
    with store.engine.begin() as conn:
        upsert_rows(conn, counts, rows, keys=["name", "key", "period"], update={"n": "{table}.n + excluded.n"})
        upsert_rows(conn, counts, rows[:1], keys=["name", "key", "period"], update={"n": "{table}.n + excluded.n"})
        upsert_rows(conn, totals, [{"cn": "a", "ru": "b", "n": 1, "cn_name": "kept", "ru_name": ""},
                                   {"cn": "c", "ru": "b", "n": 1, "cn_name": "old", "ru_name": "x"}],
                    keys=["cn", "ru"], update=add)
        upsert_rows(conn, totals, [{"cn": "a", "ru": "b", "n": 5, "cn_name": "it's new", "ru_name": ""},
                                   {"cn": "c", "ru": "b", "n": 5, "cn_name": "it's new", "ru_name": "x"}],
                    keys=["cn", "ru"], update=add, where="{table}.cn_name != 'kept'")
    with store.engine.connect() as conn:
        stored = dict(conn.execute(select(EventCountModel.key, EventCountModel.n)).all())
        pairs = {r.cn: (r.n, r.cn_name, r.ru_name) for r in conn.execute(select(PairTotalModel))}
    assert stored == {"agreement": 4, "supply": 1}
    assert pairs == {"a": (1, "kept", ""), "c": (6, "it's new", "x")}  # the WHERE kept a's row


def test_upsert_rows_wants_the_columns_with_defaults(store: Store) -> None:
    from techties.store.bulk import upsert_rows
    from techties.store.models import EventCountModel

    with store.engine.begin() as conn, pytest.raises(ValueError, match="defaults"):
        upsert_rows(conn, table_of(EventCountModel), [{"name": "type", "key": "x", "period": ""}],
                    keys=["name", "key", "period"], update={"period": "excluded.period"})
