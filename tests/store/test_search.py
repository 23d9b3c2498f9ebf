"""Word search on the full-text index (store/search.py), the same on SQLite and PostgreSQL:
English, Russian and Chinese words found in summaries, document titles and evidence."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, insert, select, text

from techties.records import ActorRef, Document, Event, Evidence
from techties.store import event_filter, search
from techties.store.db import make_engine, migrate
from techties.store.event_filter import EventFilter, count_events, find_events
from techties.store.models import DocumentModel, EventModel, EventSearchModel
from techties.store.review import EventEdit, review_event
from techties.store.store import DocumentToSave, Store

BACKENDS = [
    pytest.param("sqlite_url", id="sqlite"),
    pytest.param("pg_url", id="postgres", marks=pytest.mark.postgres),
]

EN = "The two agencies will build a lunar research station together by 2035."
RU = "Стороны подписали соглашение о поставках спутниковых двигателей для ракет."
ZH = "华为与俄罗斯电信公司签署了共建数据中心的协议。"


def _event(doc: str, summary: str, evidence: str, kind: str = "agreement") -> Event:
    return Event(document_id=doc, type=kind, stage="signed", domains=["space"],
                 china_actors=[ActorRef("Huawei", "CN", "cn-huawei")],
                 russia_actors=[ActorRef("Roscosmos", "RU", "ru-roscosmos")],
                 date="2024-05-01", evidence=[Evidence(evidence, 0, len(evidence))],
                 summary=summary)


def _save(store: Store, doc_id: str, title: str, text: str, lang: str, summary: str) -> str:
    event = _event(doc_id, summary, text)
    store.save_document(Document(id=doc_id, text=text, title=title, lang=lang,
                                 content_hash=f"hash-{doc_id}"),
                        [event], relevant=True, signature=None, key=f"k/{doc_id}")
    return event.id


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    with Store.open(request.getfixturevalue(request.param)) as opened:
        ids = {
            "en": _save(opened, "d_en", "Moon base plans", EN, "en", "Agencies sign a charter"),
            "ru": _save(opened, "d_ru", "Космическое сотрудничество", RU, "ru",
                        "Поставка двигателей"),
            "zh": _save(opened, "d_zh", "中俄数字合作", ZH, "zh", "华为建设数据中心"),
        }
        opened.ids = ids  # type: ignore[attr-defined]
        yield opened


def _found(store: Store, q: str) -> set[str]:
    with store.engine.connect() as conn:
        rows = find_events(conn, EventFilter(q=q, limit=None))
        assert count_events(conn, EventFilter(q=q)) == len(rows)
    by_id = {v: k for k, v in store.ids.items()}  # type: ignore[attr-defined]
    return {by_id[r.id] for r in rows}


@pytest.mark.parametrize(("q", "expected"), [
    ("lunar", {"en"}),                      # evidence
    ("Moon", {"en"}),                       # document title, any case
    ("agencies charter", {"en"}),           # summary, every word
    ("lunar двигателей", set()),            # every word must match
    ("двигатели", {"ru"}),                  # another form of an evidence word
    ("спутники", {"ru"}),                   # спутниковых: a prefix of the stem
    ("agenc", {"en"}),                      # a prefix
    ("Космическое", {"ru"}),                # title
    ("поставка", {"ru"}),                   # summary
    ("数据中心", {"zh"}),                    # a Chinese word inside a run, evidence and summary
    ("数字合作", {"zh"}),                    # title
    ("电信", {"zh"}),
    ("中心 华为", {"zh"}),
    ("数据库", set()),                       # 数据 matches, 据库 does not
])
def test_words_are_found_in_three_languages(store: Store, q: str, expected: set[str]) -> None:
    assert _found(store, q) == expected


@pytest.mark.parametrize(("q", "expected"), [
    ("lunar", {"en"}), ("agencies charter", {"en"}), ("lunar двигателей", set()),
    ("спутники", {"ru"}), ("Космическое", {"ru"}), ("数据中心", {"zh"}), ("中心 华为", {"zh"}),
    ("数据库", set()),
])
def test_common_words_tested_row_by_row_find_the_same(store: Store, q: str, expected: set[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # a word matching more events than DENSE_WORDS is tested on each event in the page's
    # order (search.words_probe) instead of listed: the same events, the count capped
    monkeypatch.setattr(event_filter, "DENSE_WORDS", 0)
    assert _found(store, q) == expected
    with store.engine.connect() as conn:
        n, exact = event_filter.count_events_capped(conn, EventFilter(q=q), cap=5)
    assert (n, exact) == ((5, False) if expected else (0, True))


def test_a_capped_count_says_when_there_are_more(store: Store) -> None:
    with store.engine.connect() as conn:
        assert event_filter.count_events_capped(conn, EventFilter(), cap=2) == (3, True)
        assert event_filter.count_events_capped(conn, EventFilter(lang="en", side="CN"), cap=0) \
            == (0, False)
        assert event_filter.count_events_capped(conn, EventFilter(actor="cn-huawei"), cap=2) \
            == (2, False)
        # the common filters are counted exactly from the facet counters, past any cap
        assert event_filter.count_events_capped(conn, EventFilter(domain="space"), cap=2) \
            == (3, True)
        assert event_filter.count_events_capped(conn, EventFilter(q="lunar"), cap=2) == (1, True)


@pytest.mark.parametrize("q", ['"', "lunar*", "a AND OR NOT", "(", "NEAR(x y)", "'; DROP",
                               "^", "-", ":", "!!!", "c++", "lunar:", "%_"])
def test_special_characters_do_not_break_a_query(store: Store, q: str) -> None:
    found = _found(store, q)
    assert found <= {"en", "ru", "zh"}
    if "lunar" in q:
        assert found == {"en"}


def test_an_event_id_is_found_whole(store: Store) -> None:
    assert _found(store, store.ids["ru"]) == {"ru"}  # type: ignore[attr-defined]


def test_an_analyst_edit_reindexes_the_summary(store: Store) -> None:
    event_id = store.ids["en"]  # type: ignore[attr-defined]
    review_event(store.engine, event_id, "edit", "analyst",
                 EventEdit(summary="Joint observatory on the far side"))
    assert _found(store, "observatory") == {"en"}
    assert _found(store, "charter") == set()
    assert _found(store, "lunar") == {"en"}  # the evidence is still indexed


def test_saving_again_adds_no_index_rows(store: Store) -> None:
    with store.engine.connect() as conn:
        before = conn.execute(select(func.count()).select_from(EventSearchModel)).scalar_one()
    _save(store, "d_en", "Moon base plans", EN, "en", "Agencies sign a charter")
    _save(store, "d_ru", "Космическое сотрудничество", RU, "ru", "Поставка двигателей")
    with store.engine.connect() as conn:
        after = conn.execute(select(func.count()).select_from(EventSearchModel)).scalar_one()
    assert before == after == 3
    assert _found(store, "lunar") == {"en"}


def test_a_resaved_event_with_a_new_summary_is_found_by_it(store: Store) -> None:
    _save(store, "d_en", "Moon base plans", EN, "en", "Agencies sign a telescope deal")
    assert _found(store, "telescope") == {"en"}
    assert _found(store, "charter") == set()


def test_curated_events_are_indexed(store: Store) -> None:
    from techties.model.curated import CuratedEvent, CuratedSource
    curated = CuratedEvent(id="cur-1", type="agreement", stage="signed", domains=("nuclear",),
                           china_actors=("cn-huawei",), russia_actors=("ru-roscosmos",),
                           date="2020", summary="Строительство атомной электростанции",
                           sources=(CuratedSource("https://example.org/npp", "official"),))
    store.save_curated([curated], [], [])
    with store.engine.connect() as conn:
        rows = find_events(conn, EventFilter(q="электростанции атомная", limit=None))
    assert [r.id for r in rows] == ["cur-1"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_migration_indexes_stored_events(backend: str, request: pytest.FixtureRequest
                                             ) -> None:
    url = request.getfixturevalue(backend)
    engine = make_engine(url)
    migrate(engine, "0006")
    with engine.begin() as conn:
        conn.execute(insert(DocumentModel).values(
            id="old", text=ZH, title="旧文件 Old file", content_hash="h", source_kind="file",
            relevant=True, ingested_at=func.now()))
        conn.execute(insert(EventModel).values(
            id="ev-old", document_id="old", type="agreement", stage="signed",
            summary="Спутниковая связь", confidence=0.5, origin="extracted",
            created_at=func.now()))
    engine.dispose()
    with Store.open(url) as store:
        with store.engine.connect() as conn:
            for q in ("спутниковой", "旧文件", "old FILE"):
                assert [r.id for r in find_events(conn, EventFilter(q=q))] == ["ev-old"], q


def test_segmentation_writes_chinese_as_bigrams() -> None:
    assert search.segment("5G网络建设") == "5G 网络 络建 建设 "
    assert search.fts5_query("华为 спутники Lunar") == '"华为" AND "спутник"* AND "lunar"*'
    assert search.fts5_query("\"*()") is None
    assert search.pg_query("数据中心 moon") == "('数据' <-> '据中' <-> '中心') & 'moon':*"
    assert search.pg_query("it's") == "'it':* & 's':*"


def test_a_batch_indexes_new_events_as_a_reindex_from_the_store_would(store: Store) -> None:
    """save_documents writes the index rows of the events it inserts from memory: the same
    rows as index_events reads back from the store, Chinese bigrams included."""
    from techties.store.store import DocumentToSave

    new = _event("d_new", "中俄签署卫星合作协议", "双方同意共同研制通信卫星。")
    stored = _event("d_en", "Agencies sign a new charter", EN)  # a stored event, re-saved
    store.save_documents([
        DocumentToSave(Document(id="d_new", text="双方同意共同研制通信卫星。", title="卫星合作 Satellites",
                                lang="zh", content_hash="hash-d_new"), "k/d_new", [new], relevant=True),
        DocumentToSave(Document(id="d_en", text=EN, title="Moon base plans", lang="en",
                                content_hash="hash-d_en"), "k/d_en", [stored], relevant=True),
    ])
    with store.engine.connect() as conn:
        written = dict(conn.execute(select(EventSearchModel.event_id, EventSearchModel.body)).all())
    with store.engine.begin() as conn:
        conn.execute(EventSearchModel.__table__.delete())
        search.index_events(conn, list(written))
        reindexed = dict(conn.execute(select(EventSearchModel.event_id, EventSearchModel.body)).all())
    assert written == reindexed
    assert "卫星 星合" in written[new.id] and "satellites" in written[new.id]
    with store.engine.connect() as conn:
        assert [r.id for r in find_events(conn, EventFilter(q="卫星合作", limit=None))] == [new.id]


def test_date_keys_never_decrease_as_the_date_grows() -> None:
    dates = sorted(["", "-", "1999", "2019", "2019-", "2019-01", "2019-01-01", "2019-01-02",
                    "2019-02", "2019-12-31", "2019/12", "2019x", "2020", "2020-1", "20201",
                    "2020a", "2020-01-01T10", "9999-99-99", "2019-05-12 extra"])
    keys = [search.date_key(d) for d in dates]
    assert keys == sorted(keys)
    assert search.date_key(None) == 0 < search.date_key("-")
    assert search.date_key("2019") < search.date_key("2019-01") < search.date_key("2019-01-01")


DATES = [None, "2019", "2019-05", "2019-05-12", "2019-05-12", "2020", "2020-01", "2020-01-31",
         "2021-07-04", "2018", None, "2019-05", "2021", "2021-07", "2017-03-03"]


def _many(store: Store) -> list[str]:
    """Forty-five events, three per date above, most with the word 'orbital'."""
    docs = []
    for i in range(45):
        date = DATES[i % len(DATES)]
        words = "orbital station" if i % 4 else "ground station"
        event = Event(document_id=f"m{i}", type="agreement" if i % 3 else "supply",
                      stage="signed", domains=["space"],
                      china_actors=[ActorRef("Huawei", "CN", "cn-huawei")],
                      russia_actors=[ActorRef("Roscosmos", "RU", "ru-roscosmos")], date=date,
                      evidence=[Evidence(f"An {words} {i}.", 0, 10)], summary=f"{words} {i}")
        docs.append(DocumentToSave(Document(id=f"m{i}", text=words, title=f"Item {i}",
                                            lang="en", content_hash=f"h-m{i}"),
                                   f"k/m{i}", [event], relevant=True))
    store.save_documents(docs)
    return [d.events[0].id for d in docs]


def _pages(conn: Any, f: EventFilter, dense: bool, monkeypatch: pytest.MonkeyPatch
           ) -> list[str]:
    monkeypatch.setattr(event_filter, "DENSE_WORDS", 0 if dense else 10_000)
    return [r.id for r in find_events(conn, f)]


@pytest.mark.parametrize(("limit", "offset", "kind"), [
    (5, 0, None), (1, 0, None), (7, 3, None), (50, 0, None), (4, 20, None), (3, 0, "supply"),
    (6, 5, "agreement")])
def test_a_common_word_newest_first_gives_the_general_page(
        store: Store, monkeypatch: pytest.MonkeyPatch, limit: int, offset: int,
        kind: str | None) -> None:
    # on SQLite a common word's page is read from the index rows in date-key order
    # (event_filter._newest_with_words): the same page as the general query
    ids = _many(store)
    review_event(store.engine, ids[1], "edit", "analyst", EventEdit(date="2022-02-02"))
    review_event(store.engine, ids[8], "edit", "analyst", EventEdit(date=""))
    f = EventFilter(q="orbital", type=kind, limit=limit, offset=offset)
    with store.engine.connect() as conn:
        general = _pages(conn, f, False, monkeypatch)
        assert general and _pages(conn, f, True, monkeypatch) == general
        if conn.dialect.name == "sqlite":  # each index row's id carries its event's date key
            for row_id, date in conn.execute(
                    select(EventSearchModel.id, EventModel.date)
                    .join(EventModel, EventModel.id == EventSearchModel.event_id)):
                assert row_id >> search.SEQ_BITS == search.date_key(date)


def test_index_rows_of_one_date_get_distinct_ids(sqlite_url: str) -> None:
    with Store.open(sqlite_url) as store:
        _many(store)
        with store.engine.begin() as conn:
            taken = list(conn.scalars(select(EventSearchModel.id)))
            key = search.date_key("2019-05")
            wanted = [(f"x{i}", key) for i in range(50)]
            ids = search._free_ids(conn, wanted)
        assert len(set(ids.values())) == 50 and not set(ids.values()) & set(taken)
        assert all(i >> search.SEQ_BITS == key for i in ids.values())


def _index_terms(conn: Any) -> set[str]:
    conn.exec_driver_sql("CREATE VIRTUAL TABLE IF NOT EXISTS temp.check_terms "
                         "USING fts5vocab(main, event_search_fts, 'row')")
    return {str(t) for t in conn.exec_driver_sql("SELECT term FROM temp.check_terms").scalars()}


def test_sqlite_keeps_every_term_of_the_index(sqlite_url: str) -> None:
    """search_terms holds every term FTS5 wrote, after saves, a re-save with a new summary,
    an analyst's edit and a new date (an index row moved to another id)."""
    with Store.open(sqlite_url) as store:
        ids = _many(store)
        _save(store, "d_ru", "Космическое сотрудничество", RU, "ru", "Поставка двигателей")
        _save(store, "d_zh", "中俄数字合作", ZH, "zh", "华为建设数据中心")
        review_event(store.engine, ids[3], "edit", "analyst",
                     EventEdit(summary="Ёмкие аккумуляторы для спутников", date="2024-02-02"))
        with store.engine.connect() as conn:
            kept = set(conn.execute(text("SELECT term FROM search_terms")).scalars())
            assert _index_terms(conn) <= kept
            assert {"ёмкие", "аккумуляторы", "orbital", "数据"} <= kept


def test_a_word_with_few_terms_is_asked_as_their_or(sqlite_url: str) -> None:
    with Store.open(sqlite_url) as store:
        _many(store)
        _save(store, "d_ru", "Космическое сотрудничество", RU, "ru", "Поставка двигателей")
        with store.engine.connect() as conn:
            assert search.expanded_query(conn, "Orbital спутники") == \
                '("orbital") AND ("спутниковых")'
            # no term (nothing to find), more than MOST_TERMS, a letter out of _PLAIN: prefixes
            assert search.expanded_query(conn, "zzz 1 ёмкие") == '"zzz"* AND "1"* AND "ёмки"*'
            assert search.expanded_query(conn, "орбиталь 数据") == '"орбитал"* AND "数据"'


@pytest.mark.parametrize("q", ["orbital", "orbital station", "1", "station 2", "stat",
                               "спутники", "orb ground", "zzz", "Космическое", "数据中心"])
def test_the_expanded_query_finds_what_the_prefix_query_finds(sqlite_url: str, q: str) -> None:
    with Store.open(sqlite_url) as store:
        _many(store)
        _save(store, "d_ru", "Космическое сотрудничество", RU, "ru", "Поставка двигателей")
        _save(store, "d_zh", "中俄数字合作", ZH, "zh", "华为建设数据中心")
        with store.engine.connect() as conn:
            plain = search.rowids_newest_first(conn, q, None, 1000, search.fts5_query(q))
            assert search.rowids_newest_first(conn, q, None, 1000) == plain
            assert bool(plain) == (q not in ("zzz", "orb ground"))


@pytest.mark.parametrize("f", [
    EventFilter(q="orbital", side="CN"), EventFilter(q="orbital", type="supply"),
    EventFilter(q="station", lang="en", date_from="2019-05"), EventFilter(q="orbital", side="RU",
                                                                         actor="cn-huawei"),
    EventFilter(q="orbital", lang="ru")])
@pytest.mark.parametrize("cap", [0, 3, 20, 1000])
def test_a_common_word_with_other_filters_is_counted_from_its_newest_rows(
        store: Store, monkeypatch: pytest.MonkeyPatch, f: EventFilter, cap: int) -> None:
    # SQLite walks the index rows newest first (event_filter._count_with_words), a batch at a
    # time; PostgreSQL tests each event: both give what counting every match gives
    _many(store)
    with store.engine.connect() as conn:
        monkeypatch.setattr(event_filter, "DENSE_WORDS", 10_000)
        n = count_events(conn, f)
        expected = (n, True) if n <= cap else (cap, False)
        assert event_filter.count_events_capped(conn, f, cap=cap) == expected
        monkeypatch.setattr(event_filter, "DENSE_WORDS", 0)
        assert event_filter.count_events_capped(conn, f, cap=cap) == expected
        monkeypatch.setattr(event_filter, "MOST_COUNTED", 1)  # past it: the general count
        assert event_filter.count_events_capped(conn, f, cap=cap) == expected


def test_a_part_another_part_holds_is_indexed_once() -> None:
    sentence = "Rosatom and CNNC signed a fuel contract for the Tianwan plant."
    indexed = search.body(sentence, "Fuel deal for Tianwan", [sentence, "The plant will get new fuel."])
    assert indexed.count("rosatom") == 1
    assert indexed.split("\n") == [sentence.lower(), "fuel deal for tianwan", "the plant will get new fuel."]
    # a summary cut from a longer sentence adds no word either; a distinct summary is kept
    assert "\n" not in search.body("CNNC signed", "", [sentence])
    assert search.body("A summary of its own", "", [sentence]).startswith("a summary of its own\n")
