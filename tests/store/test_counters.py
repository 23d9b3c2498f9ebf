"""The counters the dashboard reads (store/counters.py) stay equal to a recount after every
kind of write, on SQLite and PostgreSQL, and the pages read from them show what the live
aggregates show."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from alembic import command
from sqlalchemy import delete, func, select

from techties.model.curated import CuratedEvent, CuratedSource
from techties.records import ActorRef, Document, Event, Evidence
from techties.store import counters, event_filter, web_queries
from techties.store.db import alembic_config, migrate, migrating
from techties.store.event_filter import EventFilter
from techties.store.models import (
    EventActorModel,
    EventCountModel,
    EventDomainModel,
    EventModel,
    EventSearchModel,
    EvidenceModel,
    FacetCountModel,
    PairCountModel,
    PairFacetCountModel,
    PairFacetTotalModel,
    PairTotalModel,
)
from techties.store.review import EventEdit, review_event
from techties.store.store import DocumentToSave, Store
from techties.store.web_queries import NetworkFilter

BACKENDS = [
    pytest.param("sqlite_url", id="sqlite"),
    pytest.param("pg_url", id="postgres", marks=pytest.mark.postgres),
]


def _event(doc: str, n: int, date: str | None, cn: list[str], ru: list[str],
           domains: list[str], kind: str = "agreement") -> Event:
    text = f"Sentence {n} about a joint satellite programme."
    return Event(document_id=doc, type=kind, stage="signed", domains=domains,
                 china_actors=[ActorRef(a.removeprefix("cn-").title(), "CN",
                                        a if a.startswith("cn-") else None) for a in cn],
                 russia_actors=[ActorRef(a.removeprefix("ru-").title(), "RU",
                                         a if a.startswith("ru-") else None) for a in ru],
                 date=date, evidence=[Evidence(text, 0, len(text))], summary=f"event {n}")


def _doc(doc_id: str, lang: str = "en", duplicate_of: str | None = None) -> Document:
    return Document(id=doc_id, text=f"text of {doc_id}", title=doc_id, lang=lang,
                    content_hash=f"h-{doc_id}", duplicate_of=duplicate_of)


def _facets(store: Store) -> dict[Any, int]:
    with store.engine.connect() as conn:
        return {(r.domain, r.type, r.stage, r.origin, r.year): r.n
                for r in conn.execute(select(FacetCountModel)) if r.n}


def _pair_facets(store: Store) -> tuple[dict[Any, int], dict[Any, int]]:
    with store.engine.connect() as conn:
        return ({(r.facet, r.value, r.cn, r.ru, r.year): r.n
                 for r in conn.execute(select(PairFacetCountModel)) if r.n},
                {(r.facet, r.value, r.cn, r.ru): r.n
                 for r in conn.execute(select(PairFacetTotalModel)) if r.n})


def _snapshot(store: Store) -> tuple[dict[Any, int], dict[Any, int], dict[Any, int]]:
    with store.engine.connect() as conn:
        return (
            {(r.name, r.key, r.period): r.n for r in conn.execute(select(EventCountModel))
             if r.n},
            {(r.cn, r.ru, r.year): r.n for r in conn.execute(select(PairCountModel)) if r.n},
            {(r.cn, r.ru): r.n for r in conn.execute(select(PairTotalModel)) if r.n})


def _recounted(store: Store) -> tuple[dict[Any, int], dict[Any, int], dict[Any, int]]:
    kept, kept_facets, kept_pairs = _snapshot(store), _facets(store), _pair_facets(store)
    with store.engine.begin() as conn:
        counters.rebuild(conn)
    recount = _snapshot(store)
    assert kept == recount
    assert kept_facets == _facets(store)
    assert kept_pairs == _pair_facets(store)
    return recount


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    with Store.open(request.getfixturevalue(request.param)) as opened:
        opened.save_document(_doc("d1"), [
            _event("d1", 1, "2021-03-02", ["cn-huawei"], ["ru-roscosmos"], ["space", "telecom_5g"]),
            _event("d1", 2, "2019", ["cn-huawei", "Unlisted Lab"], ["ru-roscosmos"], ["space"],
                   kind="joint_research"),
        ], relevant=True, signature=None, key="k/d1")
        opened.save_documents([
            DocumentToSave(_doc("d2", "ru"), "k/d2", [
                _event("d2", 3, "2024-11", ["cn-casc"], ["ru-roscosmos", "ru-rosatom"],
                       ["nuclear"])], relevant=True),
            DocumentToSave(_doc("d3", "zh"), "k/d3", [
                _event("d3", 4, None, ["cn-casc"], ["ru-rosatom"], ["nuclear"])], relevant=True),
            DocumentToSave(_doc("d4", "zh", duplicate_of="d3"), "k/d4", [], relevant=True),
        ])
        yield opened


def test_counters_equal_a_recount_after_ingest(store: Store) -> None:
    events, pairs, totals = _recounted(store)
    assert events["events", "extracted|pending", ""] == 4
    assert events["documents", "all", ""] == 4
    assert events["documents", "duplicate", ""] == 1
    assert events["domain_month", "space", "2021-03"] == 1
    assert ("domain_month", "space", "2019") not in events  # a year alone has no quarter
    assert events["actor", "ru-roscosmos", ""] == 3
    assert events["actor_year", "cn-huawei", "2019"] == 1
    assert pairs["cn-huawei", "ru-roscosmos", "2021"] == 1
    assert pairs["cn-casc", "ru-rosatom", ""] == 1  # undated
    assert totals["~unlisted lab", "ru-roscosmos"] == 1
    assert not any(cn.startswith("~") for cn, _ru, _y in pairs)  # per year: the network's
    facets = _facets(store)
    assert facets["space", "agreement", "signed", "extracted", "2021"] == 1
    assert facets["*", "agreement", "signed", "extracted", "2021"] == 1  # once, two domains
    assert facets["nuclear", "agreement", "signed", "extracted", ""] == 1  # undated
    by_year, in_all = _pair_facets(store)
    assert by_year["domain", "space", "cn-huawei", "ru-roscosmos", "2021"] == 1
    assert by_year["domain", "telecom_5g", "cn-huawei", "ru-roscosmos", "2021"] == 1
    assert by_year["type", "joint_research", "cn-huawei", "ru-roscosmos", "2019"] == 1
    assert in_all["domain", "space", "cn-huawei", "ru-roscosmos"] == 2
    assert in_all["type", "agreement", "cn-casc", "ru-rosatom"] == 2  # one of them undated
    assert not any(key[2].startswith("~") or key[3].startswith("~") for key in in_all)


FACET_FILTERS = [
    EventFilter(domain="space"), EventFilter(domain="nuclear", date_from="2020"),
    EventFilter(type="agreement", date_to="2021"), EventFilter(stage="signed"),
    EventFilter(origin="extracted", date_from="2019", date_to="2019"),
    EventFilter(domain="space", type="joint_research", stage="signed", date_from="2015",
                date_to="2030"),
    EventFilter(domain="telecom_5g", origin="curated"), EventFilter(date_from="2025"),
]


@pytest.mark.parametrize("f", FACET_FILTERS)
def test_the_facet_counts_equal_a_count_of_the_events(store: Store, f: EventFilter) -> None:
    review_event(store.engine, _event_id(store, "event 3"), "edit", "analyst",
                 EventEdit(stage="implemented", date="2019-02", domains=["space", "nuclear"]))
    _recounted(store)
    with store.engine.connect() as conn:
        counted = event_filter._facet_count(conn, f)
        listed = event_filter.find_events(conn, replace(f, limit=None))
        assert counted == len(listed)
        assert event_filter.count_events_capped(conn, f, cap=1) == (len(listed), True)


def test_other_filters_are_counted_on_the_events(store: Store) -> None:
    with store.engine.connect() as conn:
        for f in (EventFilter(domain="space", lang="en"), EventFilter(date_from="2021-03"),
                  EventFilter(actor="cn-casc"), EventFilter(q="satellite")):
            assert event_filter._facet_count(conn, f) is None


def test_saving_again_changes_no_counter(store: Store) -> None:
    before = _snapshot(store)
    store.save_document(_doc("d1"), [
        _event("d1", 1, "2021-03-02", ["cn-huawei"], ["ru-roscosmos"], ["space", "telecom_5g"]),
        _event("d1", 2, "2019", ["cn-huawei", "Unlisted Lab"], ["ru-roscosmos"], ["space"],
               kind="joint_research"),
    ], relevant=True, signature=None, key="k/d1")
    assert _snapshot(store) == before


def _event_id(store: Store, summary: str) -> str:
    with store.engine.connect() as conn:
        return str(conn.execute(select(EventModel.id).where(EventModel.summary == summary)
                                ).scalar_one())


def test_counters_follow_an_analysts_edits_and_verdicts(store: Store) -> None:
    event_id = _event_id(store, "event 1")
    review_event(store.engine, event_id, "edit", "analyst", EventEdit(
        type="supply", date="2018-07", domains=["nuclear"],
        china_actors=["cn-casc"], russia_actors=["ru-rosatom", "Small Plant"]))
    review_event(store.engine, event_id, "reject", "analyst")
    events, pairs, totals = _recounted(store)
    assert events["events", "extracted|rejected", ""] == 1
    assert events["type", "supply", ""] == 1
    assert ("domain_month", "telecom_5g", "2021-03") not in events
    assert events["domain_month", "nuclear", "2018-07"] == 1
    assert events["actor", "cn-huawei", ""] == 1
    assert pairs["cn-casc", "ru-rosatom", "2018"] == 1
    assert ("cn-huawei", "ru-roscosmos", "2021") not in pairs
    assert totals["cn-casc", "~small plant"] == 1


def test_counters_follow_a_curated_load_and_a_delete(store: Store) -> None:
    curated = CuratedEvent(id="cur-1", type="agreement", stage="signed", domains=("space",),
                           china_actors=("cn-huawei",), russia_actors=("ru-roscosmos",),
                           date="2020-01", summary="A curated agreement",
                           sources=(CuratedSource("https://example.org/a", "official"),))
    store.save_curated([curated], [], [])
    store.save_curated([curated], [], [])
    events, pairs, _ = _recounted(store)
    assert events["events", "curated|verified", ""] == 1
    assert pairs["cn-huawei", "ru-roscosmos", "2020"] == 1
    with store.engine.connect() as conn:
        assert web_queries.filter_values(conn)["source"] == ["file", "feed", "url", "official"]
    # any write that removes events keeps the counters by wrapping itself in track()
    with store.engine.begin() as conn, counters.track(conn, ["cur-1"]):
        for child in (EventDomainModel, EventActorModel, EvidenceModel, EventSearchModel):
            conn.execute(delete(child).where(child.event_id == "cur-1"))
        conn.execute(delete(EventModel).where(EventModel.id == "cur-1"))
    events, pairs, _ = _recounted(store)
    assert ("events", "curated|verified", "") not in events
    assert ("cn-huawei", "ru-roscosmos", "2020") not in pairs


def test_the_overview_reads_what_the_live_aggregates_count(store: Store) -> None:
    with store.engine.connect() as conn:
        data = web_queries.overview(conn)
        live = EventFilter()  # a filter given: counted over the events
        assert data["quarterly_by_domain"] == web_queries.series(conn, "domain", "quarter", live)
        assert data["by_type"] == web_queries.counts_by(conn, "type", live)
        assert data["by_stage"] == web_queries.counts_by(conn, "stage", live)
        numbers = data["numbers"]
        assert numbers["events"] == conn.execute(select(func.count(EventModel.id))).scalar_one()
        assert numbers["documents"] == 4 and numbers["duplicates"] == 1
        assert numbers["actors"] == conn.execute(
            select(func.count(func.distinct(EventActorModel.actor_id)))).scalar_one()
        assert web_queries.filter_values(conn)["lang"] == ["en", "ru", "zh"]


@pytest.mark.parametrize("nf", [NetworkFilter(), NetworkFilter(date_from="2020"),
                                NetworkFilter(date_to="2020"), NetworkFilter(limit=1),
                                NetworkFilter(min_weight=2)])
def test_the_network_from_counters_equals_the_joined_count(store: Store, nf: NetworkFilter
                                                           ) -> None:
    with store.engine.connect() as conn:
        assert web_queries._counted_edges(conn, nf) == web_queries._joined_edges(conn, nf)


@pytest.mark.parametrize("nf", [NetworkFilter(), NetworkFilter(date_from="2020"),
                                NetworkFilter(limit=2), NetworkFilter(min_weight=2)])
def test_the_network_visits_its_pairs_a_few_at_a_time(store: Store, nf: NetworkFilter,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # one pair per query: each batch starts after the last pair of the one before
    monkeypatch.setattr(web_queries, "PAIR_BATCH", 1)
    with store.engine.connect() as conn:
        assert web_queries._counted_edges(conn, nf) == web_queries._joined_edges(conn, nf)


def test_an_actor_page_reads_its_counts(store: Store) -> None:
    with store.engine.connect() as conn:
        profile = web_queries.actor_profile(conn, "ru-roscosmos")
        rows = event_filter.find_events(conn, EventFilter(actor="ru-roscosmos", limit=None))
    assert profile is not None
    assert profile.events == len(rows) == 3
    assert profile.by_year == {"2019": 1, "2020": 0, "2021": 1, "2022": 0, "2023": 0,
                               "2024": 1}
    assert profile.by_type == {"agreement": 2, "joint_research": 1}
    assert [(p["id"], p["name"], p["events"]) for p in profile.partners] == [
        ("cn-huawei", "Huawei", 2), ("cn-casc", "Casc", 1), (None, "Unlisted Lab", 1)]


def test_an_actor_in_many_events_is_tested_row_by_row(store: Store,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    with store.engine.connect() as conn:
        listed = event_filter.find_events(conn, EventFilter(actor="ru-roscosmos", limit=None))
        monkeypatch.setattr(event_filter, "DENSE_ACTOR", 0)
        tested = event_filter.find_events(conn, EventFilter(actor="ru-roscosmos", limit=None))
        assert [r.id for r in tested] == [r.id for r in listed]
        assert event_filter.count_events_capped(
            conn, EventFilter(actor="ru-roscosmos", side="RU"), cap=2) == (2, False)


def test_a_batch_of_new_stored_and_reviewed_events_counts_as_a_recount(store: Store) -> None:
    """save_documents counts the events it inserts from memory and the others from the store:
    a batch that re-saves a stored event with another type, one an analyst accepted (kept as
    reviewed) and new ones, two with unresolved actors, still equals a recount."""
    with store.engine.connect() as conn:
        accepted = conn.execute(select(EventModel.id).where(EventModel.summary == "event 2")).scalar_one()
    review_event(store.engine, accepted, "accept", "analyst")
    resaved = _event("d2", 3, "2024-11", ["cn-casc"], ["ru-roscosmos", "ru-rosatom"], ["nuclear"])
    resaved.type = "supply"
    again = _event("d1", 2, "2019", ["cn-huawei", "Unlisted Lab"], ["ru-roscosmos"], ["space"],
                   kind="joint_research")
    assert again.id == accepted
    again.date = "2020"
    store.save_documents([
        DocumentToSave(_doc("d2", "ru"), "k/d2", [resaved], relevant=True),
        DocumentToSave(_doc("d1"), "k/d1", [again], relevant=True),
        DocumentToSave(_doc("d5"), "k/d5", [
            _event("d5", 5, "2022-01-05", ["Unlisted Lab", "cn-casc"], ["Small Plant"], ["space", "space"]),
            _event("d5", 6, "2022", ["cn-huawei"], ["ru-rosatom", "Small Plant"], ["nuclear"])], relevant=True),
    ])
    events, pairs, totals = _recounted(store)
    assert events["type", "supply", ""] == 1
    assert events["actor_year", "cn-huawei", "2019"] == 1  # the accepted event kept its date
    assert events["domain_month", "space", "2022-01"] == 1
    assert totals["~unlisted lab", "~small plant"] == 1
    assert pairs["cn-huawei", "ru-rosatom", "2022"] == 1


FACET_NETWORKS = [NetworkFilter(domain="space"), NetworkFilter(domain="nuclear", date_from="2020"),
                  NetworkFilter(type="agreement"), NetworkFilter(type="agreement", date_to="2023"),
                  NetworkFilter(type="joint_research", date_from="2019", date_to="2019"),
                  NetworkFilter(domain="space", limit=1), NetworkFilter(domain="nuclear", min_weight=2),
                  NetworkFilter(domain="quantum"), NetworkFilter(type="supply")]


@pytest.mark.parametrize("nf", FACET_NETWORKS)
def test_the_network_of_a_domain_or_type_from_counters_equals_the_joined_count(
        store: Store, nf: NetworkFilter, monkeypatch: pytest.MonkeyPatch) -> None:
    """After ingest, an analyst's edit of one event's type, domains, date and actors, a
    re-save with another type and a delete, the pair counters of one domain or one type
    still give the edges a join over the events gives, a batch of pairs at a time or all."""
    review_event(store.engine, _event_id(store, "event 1"), "edit", "analyst", EventEdit(
        type="supply", date="2020-07", domains=["nuclear", "space"],
        china_actors=["cn-casc", "cn-huawei"], russia_actors=["ru-rosatom"]))
    resaved = _event("d2", 3, "2024-11", ["cn-casc"], ["ru-roscosmos", "ru-rosatom"], ["nuclear"])
    resaved.type = "joint_research"
    store.save_documents([DocumentToSave(_doc("d2", "ru"), "k/d2", [resaved], relevant=True)])
    gone = _event_id(store, "event 4")
    with store.engine.begin() as conn, counters.track(conn, [gone]):
        for child in (EventDomainModel, EventActorModel, EvidenceModel, EventSearchModel):
            conn.execute(delete(child).where(child.event_id == gone))
        conn.execute(delete(EventModel).where(EventModel.id == gone))
    _recounted(store)
    with store.engine.connect() as conn:
        joined = web_queries._joined_edges(conn, nf)
        assert web_queries._counted_edges(conn, nf) == joined
        assert web_queries.network(conn, nf)["edges"] == joined
        monkeypatch.setattr(web_queries, "PAIR_BATCH", 1)
        assert web_queries._counted_edges(conn, nf) == joined
    if nf == NetworkFilter(type="supply"):
        assert [(e["source"], e["target"], e["weight"]) for e in joined] == [
            ("cn-casc", "ru-rosatom", 1), ("cn-huawei", "ru-rosatom", 1)]


def test_a_network_of_one_domain_and_one_type_is_counted_on_the_events(store: Store) -> None:
    nf = NetworkFilter(domain="space", type="agreement")
    with store.engine.connect() as conn:
        with pytest.raises(ValueError):
            web_queries._counted_edges(conn, nf)
        assert web_queries.network(conn, nf)["edges"] == web_queries._joined_edges(conn, nf) == [
            {"source": "cn-huawei", "target": "ru-roscosmos", "weight": 1}]


def test_migration_0012_counts_the_stored_pairs_as_the_writes_do(store: Store) -> None:
    """Revision 0012 counts the pairs of the events already stored in SQL: the same rows the
    counters keep at every write (an actor named twice on a side counted once)."""
    store.save_documents([DocumentToSave(_doc("d6"), "k/d6", [
        _event("d6", 7, "2023-05", ["cn-huawei", "cn-huawei", "cn-casc"], ["ru-rosatom"],
               ["space", "nuclear"], kind="supply")], relevant=True)])
    kept = _pair_facets(store)
    assert kept[1]["domain", "space", "cn-huawei", "ru-rosatom"] == 1
    config = alembic_config()
    with migrating(store.engine) as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0011")
    migrate(store.engine)
    assert _pair_facets(store) == kept
    _recounted(store)
