"""The store contract: the same behaviour on SQLite and on PostgreSQL.

Every test runs once per backend; the PostgreSQL runs are marked `postgres`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import IntegrityError

from techties.model.curated import CuratedEvent, CuratedSource
from techties.model.loader import Actor
from techties.records import ActorRef, Document, Event, Evidence
from techties.store.db import alembic_config, head_revision, migrate, migrating
from techties.store.event_filter import EventFilter
from techties.store.event_record import EventActor, EventSource
from techties.store.models import Base
from techties.store.queries import EventDetail, EventRow
from techties.store.read import reports as report_reads
from techties.store.store import Store

BACKENDS = [
    pytest.param("sqlite_url", id="sqlite"),
    pytest.param("pg_url", id="postgres", marks=pytest.mark.postgres),
]

ACTORS = [
    Actor(id="cn-casc", name="China Aerospace Science and Technology Corporation", country="CN",
          kind="state_corporation", aliases={"zh": ("中国航天科技集团",)}, acronyms=("CASC",),
          wikidata="Q1068377", flags=("defence_linked", "space")),
    Actor(id="cn-huawei", name="Huawei", country="CN", kind="company",
          aliases={"zh": ("华为",)}),
    Actor(id="ru-roscosmos", name="Roscosmos", country="RU", kind="state_corporation",
          aliases={"ru": ("Роскосмос", "Госкорпорация «Роскосмос»")}, flags=("space",)),
]

TEXT_A = ("Roscosmos and CASC signed an agreement on lunar exploration in 2019. "
          "Huawei opened a joint AI lab with the Skoltech Institute in March 2021.")
S1 = TEXT_A.index("Roscosmos")
E1 = TEXT_A.index(" Huawei")
S2 = TEXT_A.index("Huawei")
TEXT_C = "Компания Микрон поставит китайским партнёрам чипы, сообщила пресс-служба."


def _doc_a() -> Document:
    return Document(id="doc_a", text=TEXT_A, title="Space and AI ties", url="https://example.org/a",
                    published="2021-03-10", lang="en", source="feeds/a.jsonl", locator="1",
                    source_kind="file", content_hash="hash_a")


def _events_a() -> list[Event]:
    signed = Event(
        document_id="doc_a", type="agreement", stage="signed", domains=["space", "navigation"],
        china_actors=[ActorRef("China Aerospace Science and Technology Corporation", "CN",
                               "cn-casc", "CASC")],
        russia_actors=[ActorRef("Roscosmos", "RU", "ru-roscosmos", "Roscosmos")],
        date="2019", evidence=[Evidence(TEXT_A[S1:E1], S1, E1)], confidence=0.9,
        summary="Roscosmos and CASC sign a lunar agreement.")
    lab = Event(
        document_id="doc_a", type="joint_research", stage="implemented", domains=["ai"],
        china_actors=[ActorRef("Huawei", "CN", "cn-huawei", "Huawei")],
        russia_actors=[ActorRef("Skoltech Institute", "RU", None, "Skoltech Institute")],
        date="2021-03-05", evidence=[Evidence(TEXT_A[S2:], S2, len(TEXT_A))], confidence=0.7)
    return [signed, lab]


def _doc_b() -> Document:
    """An exact copy of doc_a seen in a feed."""
    return Document(id="doc_b", text=TEXT_A, title="Space and AI ties (copy)",
                    url="https://mirror.example.net/a", published="2021-03-11", lang="en",
                    source="feeds/mirror.xml", locator="entry-7", source_kind="feed",
                    content_hash="hash_a", duplicate_of="doc_a", duplicate_kind="exact")


def _doc_c() -> tuple[Document, Event]:
    doc = Document(id="doc_c", text=TEXT_C, title="Микрон и Китай", lang="ru",
                   published="2019-12-20", source="ru/news.jsonl", locator="3",
                   content_hash="hash_c")
    event = Event(
        document_id="doc_c", type="supply", stage="announced", domains=["semiconductors"],
        # cn-smic is not in the synced knowledge base: the store must still accept it
        china_actors=[ActorRef("SMIC", "CN", "cn-smic", "китайским партнёрам")],
        russia_actors=[ActorRef("Микрон", "RU", None, "Микрон")],
        date="2019-12-20", evidence=[Evidence(TEXT_C[:TEXT_C.index(",")], 0, TEXT_C.index(","))])
    return doc, event


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    url = request.getfixturevalue(request.param)
    with Store.open(url) as opened:
        yield opened


def _row_counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in Base.metadata.tables.items()}


def _fill(store: Store) -> list[Event]:
    """The shared scenario: two events in doc_a, its exact copy doc_b, a curated doc_c."""
    assert store.sync_actors(ACTORS) == 3
    events = _events_a()
    store.save_document(_doc_a(), events, relevant=True, signature=b"\x01sig-a",
                        key="feeds/a.jsonl#1")
    store.save_document(_doc_b(), [], relevant=False, signature=None,
                        key="feeds/mirror.xml#entry-7")
    doc_c, event_c = _doc_c()
    store.save_document(doc_c, [event_c], relevant=True, signature=b"\x02sig-c",
                        key="ru/news.jsonl#3", origin="curated")
    return [*events, event_c]


def _ids(store: Store, **filters: object) -> list[str]:
    return [row.id for row in store.events(EventFilter(**filters))]  # type: ignore[arg-type]


def _not_fts(name: str | None, type_: str, _parent: object) -> bool:
    return not ((type_ == "table" and ((name or "").startswith("event_search_fts")
                                       or name == "search_terms"))
                or (type_ == "index" and name in ("ix_event_search_words",
                                                  "ix_events_date_desc_id",
                                                  "ix_events_stage_date_id",
                                                  "ix_events_type_date_id"))
                or (type_ == "column" and name == "words"))


@pytest.mark.parametrize("backend", BACKENDS)
def test_migrated_schema_matches_the_models(backend: str, request: pytest.FixtureRequest) -> None:
    with Store.open(request.getfixturevalue(backend)) as store:
        with store.engine.connect() as conn:
            # the full-text index of word search (FTS5 tables and SQLite's list of their terms;
            # a tsvector column, GIN index) lies beside the models
            context = MigrationContext.configure(conn, opts={"include_name": _not_fts})
            assert compare_metadata(context, Base.metadata) == []
            assert MigrationContext.configure(conn).get_current_revision() == head_revision()
    # opening again finds the schema at head and changes nothing
    with Store.open(request.getfixturevalue(backend)) as store:
        assert store.stats()["documents"] == 0


def test_save_is_idempotent_and_keeps_provenance(store: Store) -> None:
    events = _fill(store)
    before = _row_counts(store)
    assert before["documents"] == 3 and before["events"] == 3 and before["evidence"] == 3
    assert before["event_actors"] == 6 and before["event_domains"] == 4

    store.save_document(_doc_a(), _events_a(), relevant=True, signature=b"\x01sig-a",
                        key="feeds/a.jsonl#1")
    assert _row_counts(store) == before

    # the same document read from a second source: only a provenance row is added
    second = replace(_doc_a(), source="https://example.org/a", locator="", source_kind="url")
    store.save_document(second, _events_a(), relevant=True, signature=b"\x01sig-a",
                        key="https://example.org/a")
    after = _row_counts(store)
    assert after["document_sources"] == before["document_sources"] + 1
    assert {k: v for k, v in after.items() if k != "document_sources"} == \
           {k: v for k, v in before.items() if k != "document_sources"}

    # a changed event replaces its domains, actors and evidence rather than adding to them
    changed = replace(events[0], stage="implemented", domains=["space"])
    store.save_document(_doc_a(), [changed], relevant=True, signature=None, key="feeds/a.jsonl#1")
    detail = store.event(changed.id)
    assert detail is not None and detail.stage == "implemented" and detail.domains == ["space"]
    assert len(detail.evidence) == 1 and len(detail.actors) == 2
    assert _row_counts(store)["event_domains"] == before["event_domains"] - 1


def test_ingest_lookups(store: Store) -> None:
    _fill(store)
    assert store.is_ingested("feeds/a.jsonl#1")
    assert store.is_ingested("feeds/mirror.xml#entry-7")
    assert not store.is_ingested("feeds/a.jsonl#2")
    assert store.document_by_content_hash("hash_a") == "doc_a"  # the original, not its copy
    assert store.document_by_content_hash("nope") is None
    assert list(store.near_duplicate_signatures()) == [("doc_a", b"\x01sig-a"),
                                                       ("doc_c", b"\x02sig-c")]


def test_a_failed_save_leaves_nothing(store: Store) -> None:
    store.sync_actors(ACTORS)
    before = _row_counts(store)
    doc = Document(id="doc_x", text="x", content_hash="hash_x")
    orphan = Event(document_id="doc_missing", type="supply", stage="announced", domains=["ai"])
    with pytest.raises(IntegrityError):
        store.save_document(doc, [orphan], relevant=True, signature=None, key="x#1")
    assert _row_counts(store) == before
    assert not store.is_ingested("x#1")


def test_record_failure(store: Store) -> None:
    store.record_failure("bad.pdf", "bad.pdf", "not a PDF")
    store.record_failure("bad.pdf", "bad.pdf", "encrypted PDF")
    assert not store.is_ingested("bad.pdf")  # a failed item is tried again next run
    failures = store.failures()
    # one row an item, its latest failure: a re-run does not add a duplicate
    assert [(f.key, f.message) for f in failures] == [("bad.pdf", "encrypted PDF")]
    assert failures[0].at.tzinfo is not None
    assert store.stats()["failures"] == 1


def test_event_filters(store: Store) -> None:
    signed, lab, supply = (e.id for e in _fill(store))
    assert _ids(store) == [lab, supply, signed]  # date descending: 2021-03-05, 2019-12-20, 2019
    assert _ids(store, domain="space") == [signed]
    assert _ids(store, domain="semiconductors") == [supply]
    assert _ids(store, type="joint_research") == [lab]
    assert _ids(store, stage="signed") == [signed]
    assert _ids(store, lang="ru") == [supply]
    assert _ids(store, origin="curated") == [supply]
    assert _ids(store, origin="extracted") == [lab, signed]
    assert _ids(store, document_id="doc_a") == [lab, signed]
    # actor: an id, or part of a resolved or unresolved name in any case and script
    assert _ids(store, actor="cn-huawei") == [lab]
    assert _ids(store, actor="ROSCOS") == [signed]
    assert _ids(store, actor="skoltech") == [lab]
    assert _ids(store, actor="МИКРОН") == [supply]
    assert _ids(store, actor="cn-smic") == [supply]
    assert _ids(store, actor="100%") == []  # LIKE wildcards are literal
    # partial dates overlap: the 2019 event lies inside 2019-01..2019-12
    assert _ids(store, date_from="2019-01", date_to="2019-12") == [supply, signed]
    assert _ids(store, date_to="2019-06") == [signed]
    assert _ids(store, date_from="2019-12-21") == [lab, signed]
    assert _ids(store, date_from="2020") == [lab]
    assert _ids(store, date_from="2021-03-05", date_to="2021-03-05") == [lab]
    assert _ids(store, date_to="2018") == []
    # filters combine
    assert _ids(store, domain="space", date_from="2020") == []
    assert _ids(store, lang="en", actor="huawei", stage="implemented") == [lab]
    # paging and counting
    assert _ids(store, limit=1, offset=1) == [supply]
    assert store.count_events(EventFilter(limit=1)) == 3
    assert store.count_events(EventFilter(origin="extracted")) == 2
    assert store.count_events(EventFilter(date_from="2019-01", date_to="2019-12")) == 2


def test_event_rows(store: Store) -> None:
    signed = _fill(store)[0]
    row = next(r for r in store.events(EventFilter()) if r.id == signed.id)
    assert row.type == "agreement" and row.stage == "signed" and row.date == "2019"
    assert row.domains == ["space", "navigation"]
    assert row.china_actors == ["China Aerospace Science and Technology Corporation"]
    assert row.russia_actors == ["Roscosmos"]
    assert row.confidence == pytest.approx(0.9)
    assert row.origin == "extracted"
    assert (row.document_id, row.document_title, row.document_url, row.lang, row.published) == \
           ("doc_a", "Space and AI ties", "https://example.org/a", "en", "2021-03-10")
    assert row.created_at.tzinfo is not None


def test_event_detail(store: Store) -> None:
    signed, lab, _ = _fill(store)
    detail = store.event(lab.id)
    assert isinstance(detail, EventDetail)
    assert detail.russia_actors == ["Skoltech Institute"]
    assert [(a.side, a.actor_id, a.resolved) for a in detail.actors] == \
           [("CN", "cn-huawei", True), ("RU", None, False)]
    [evidence] = detail.evidence
    assert (evidence.start, evidence.end, evidence.document_id) == (S2, len(TEXT_A), "doc_a")
    assert TEXT_A[evidence.start:evidence.end] == evidence.text
    # the document's own source first, then its exact copy from the feed
    assert [(s.document_id, s.duplicate_kind, s.key) for s in detail.sources] == [
        ("doc_a", None, "feeds/a.jsonl#1"),
        ("doc_b", "exact", "feeds/mirror.xml#entry-7"),
    ]
    assert detail.sources[1].url == "https://mirror.example.net/a"
    assert detail.sources[0].title == "Space and AI ties"
    assert detail.sources[0].published == "2021-03-10"
    assert detail.sources[0].ingested_at is not None
    assert detail.sources[0].ingested_at.tzinfo == UTC
    assert store.event("ev_missing") is None


def test_actors(store: Store) -> None:
    _fill(store)
    rows = {(r.id or r.name): r for r in store.actors()}
    assert rows["cn-casc"].events == 1 and rows["cn-casc"].resolved
    assert rows["cn-casc"].flags == ["defence_linked", "space"]
    assert rows["cn-huawei"].events == 1
    assert rows["ru-roscosmos"].kind == "state_corporation"
    skoltech = rows["Skoltech Institute"]
    assert (skoltech.id, skoltech.country, skoltech.events, skoltech.resolved) == \
           (None, "RU", 1, False)
    assert rows["Микрон"].country == "RU"
    # an id saved before the knowledge base knew it is a stub until the next sync
    assert rows["cn-smic"].kind == "unknown" and rows["cn-smic"].events == 1
    store.sync_actors([Actor(id="cn-smic", name="Semiconductor Manufacturing International "
                             "Corporation", country="CN", kind="company", acronyms=("SMIC",))])
    smic = next(r for r in store.actors(search="smic"))
    assert smic.kind == "company" and smic.events == 1

    assert {r.country for r in store.actors(country="RU")} == {"RU"}
    assert {r.id or r.name for r in store.actors(country="RU")} == \
           {"ru-roscosmos", "Skoltech Institute", "Микрон"}
    assert [r.id for r in store.actors(search="РОСКОСМОС")] == ["ru-roscosmos"]  # an alias
    assert [r.id for r in store.actors(search="华为")] == ["cn-huawei"]
    assert [r.name for r in store.actors(search="skol")] == ["Skoltech Institute"]

    # syncing again updates rather than duplicates
    renamed = replace(ACTORS[1], name="Huawei Technologies")
    assert store.sync_actors([renamed]) == 1
    assert [r.name for r in store.actors(search="cn-huawei")] == ["Huawei Technologies"]
    assert len([r for r in store.actors() if r.resolved]) == 4


def test_documents_and_stats(store: Store) -> None:
    _fill(store)
    docs = store.documents()
    assert [d.id for d in docs] == ["doc_c", "doc_b", "doc_a"]  # newest first
    by_id = {d.id: d for d in docs}
    assert by_id["doc_a"].events == 2 and by_id["doc_a"].sources == 1 and by_id["doc_a"].relevant
    assert by_id["doc_b"].duplicate_of == "doc_a" and by_id["doc_b"].duplicate_kind == "exact"
    assert by_id["doc_b"].events == 0 and not by_id["doc_b"].relevant
    assert [d.id for d in store.documents(limit=1, offset=1)] == ["doc_b"]

    stats = store.stats()
    assert {k: stats[k] for k in ("documents", "duplicates", "exact_duplicates",
                                  "near_duplicates", "relevant", "events", "sources")} == \
           {"documents": 3, "duplicates": 1, "exact_duplicates": 1, "near_duplicates": 0,
            "relevant": 2, "events": 3, "sources": 3}
    assert stats["by_type"] == {"agreement": 1, "joint_research": 1, "supply": 1}
    assert stats["by_stage"] == {"announced": 1, "implemented": 1, "signed": 1}
    assert stats["by_domain"] == {"ai": 1, "navigation": 1, "semiconductors": 1, "space": 1}
    assert stats["by_origin"] == {"extracted": 2, "curated": 1}
    assert stats["by_lang"] == {"en": 2, "ru": 1}


def test_event_dates_keep_their_precision_and_basis(store: Store) -> None:
    signed, lab, _ = _fill(store)
    lab.date_basis = "dateline"
    store.save_document(_doc_a(), [signed, lab], relevant=True, signature=None, key="feeds/a.jsonl#1")
    rows = {r.id: r for r in store.events(EventFilter())}
    assert (rows[signed.id].date_precision, rows[signed.id].date_basis) == ("year", "unknown")
    assert (rows[lab.id].date, rows[lab.id].date_precision, rows[lab.id].date_basis) == \
           ("2021-03-05", "day", "dateline")


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_date_basis_migration_reads_old_events(backend: str, request: pytest.FixtureRequest) -> None:
    # events stored before revision 0005: a date equal to the document's month was the
    # document's, another one was stated, none is unknown
    engine = create_engine(request.getfixturevalue(backend))
    try:
        migrate(engine, "0004")
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO documents (id, title, published, text, content_hash, source_kind, "
                "relevant, ingested_at) VALUES ('d', '', '2021-03-10', 't', 'h', 'file', true, "
                "'2021-03-10 00:00:00')"))
            for event_id, date in (("from_document", "2021-03"), ("stated", "2019-06-01"),
                                   ("undated", None)):
                conn.execute(text(
                    "INSERT INTO events (id, document_id, type, stage, date, confidence, summary, "
                    "origin, created_at, review_status) VALUES (:id, 'd', 'agreement', 'signed', "
                    ":date, 0.5, '', 'extracted', '2021-03-10 00:00:00', 'pending')"),
                    {"id": event_id, "date": date})
        migrate(engine)
        with engine.connect() as conn:
            found = {r.id: (r.date_precision, r.date_basis) for r in conn.execute(
                text("SELECT id, date_precision, date_basis FROM events"))}
    finally:
        engine.dispose()
    assert found == {"from_document": ("month", "document"), "stated": ("day", "stated"),
                     "undated": (None, "unknown")}


def test_a_curated_note_on_diverging_accounts_round_trips(store: Store) -> None:
    sources = (CuratedSource(url="https://example.org/ru", kind="state_media"),
               CuratedSource(url="https://example.org/cn", kind="official"))
    noted = CuratedEvent(
        id="2022-09-test-stations", date="2022-09-27", type="agreement", stage="signed",
        domains=("space",), china_actors=("cn-casc",), russia_actors=("ru-roscosmos",),
        summary="Two agencies signed station contracts.", sources=sources,
        accounts_differ="The Russian side named the sites; the Chinese statement did not.")
    plain = replace(noted, id="2022-09-test-plain", accounts_differ=None)
    store.sync_actors(ACTORS)
    store.save_curated([noted, plain], [], ACTORS)
    found = store.event(noted.id)
    assert found is not None and found.accounts_differ == noted.accounts_differ
    assert store.event(plain.id).accounts_differ is None  # type: ignore[union-attr]
    # a later load without the note clears it
    store.save_curated([replace(noted, accounts_differ=None)], [], ACTORS)
    assert store.event(noted.id).accounts_differ is None  # type: ignore[union-attr]


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_accounts_differ_migration_keeps_old_events(backend: str,
                                                        request: pytest.FixtureRequest) -> None:
    engine = create_engine(request.getfixturevalue(backend))
    try:
        migrate(engine, "0005")
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO events (id, type, stage, date, confidence, summary, origin, "
                "created_at, review_status, date_basis) VALUES ('old', 'agreement', 'signed', "
                "'2019', 1.0, 's', 'curated', '2021-03-10 00:00:00', 'verified', 'stated')"))
        migrate(engine, "0008")
        with engine.begin() as conn:
            assert conn.execute(text("SELECT accounts_differ FROM events")).scalar_one() is None
            conn.execute(text("UPDATE events SET accounts_differ = 'they disagree'"))
        config = alembic_config()
        with migrating(engine) as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0005")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT id FROM events")).scalar_one() == "old"
    finally:
        engine.dispose()


def test_the_event_record_carries_its_provenance_and_the_table_row_is_built_from_it(
        store: Store) -> None:
    signed = _fill(store)[0]
    (record,) = report_reads.reports(store, [signed.id])
    assert (record.type, record.stage, record.date, record.date_precision, record.date_basis) == \
           ("agreement", "signed", "2019", "year", "unknown")
    assert record.domains == ("space", "navigation")
    assert record.actors == (
        EventActor("CN", "cn-casc", "China Aerospace Science and Technology Corporation"),
        EventActor("RU", "ru-roscosmos", "Roscosmos"))
    assert record.evidence == (TEXT_A[S1:E1],)
    # the document it was read from, first among its sources
    assert (record.document_id, record.document_title, record.document_url) == \
           ("doc_a", "Space and AI ties", "https://example.org/a")
    assert record.sources[0] == EventSource(
        url="https://example.org/a", kind=None, publisher="", published="2021-03-10", lang="en",
        title="Space and AI ties", document_id="doc_a")
    row = next(r for r in store.events(EventFilter(document_id="doc_a")) if r.id == signed.id)
    assert EventRow.of(record) == row
