"""Curated events in the store (SQLite and PostgreSQL), and extracted events linked to them."""

from __future__ import annotations

import pytest

from techties.curation.matching import CuratedMatcher
from techties.model.curated import CuratedEvent, CuratedSource, Project
from techties.model.loader import load_actors
from techties.records import ActorRef, Event
from techties.store.event_filter import EventFilter
from techties.store.store import Store

PROJECT = Project("test-5g", "5G trials", "Trials of 5G networks.", ("telecom_5g",))
CURATED = CuratedEvent(
    id="2019-06-test-huawei-mts-5g", date="2019-06-05", type="agreement", stage="signed",
    domains=("telecom_5g",), china_actors=("cn-huawei",), russia_actors=("ru-mts",),
    summary="Huawei and MTS agreed to develop 5G and run pilot zones.",
    sources=(CuratedSource("https://example.org/5g", "independent_media", "Example Wire"),),
    project="test-5g")


def _extracted(**changes: object) -> Event:
    fields: dict[str, object] = dict(
        document_id="doc-1", type="agreement", stage="signed", domains=["telecom_5g"],
        china_actors=[ActorRef("Huawei", "CN", actor_id="cn-huawei")],
        russia_actors=[ActorRef("MTS", "RU", actor_id="ru-mts")], date="2019-06")
    fields.update(changes)
    return Event(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize("backend", ["sqlite_url", "pg_url"])
def test_curated_events_are_stored_verified_with_sources_and_project(
        backend: str, request: pytest.FixtureRequest) -> None:
    with Store.open(request.getfixturevalue(backend)) as store:
        actors = load_actors()
        assert store.save_curated([CURATED], [PROJECT], actors) == 1
        assert store.save_curated([CURATED], [PROJECT], actors) == 1  # a refresh adds nothing
        assert store.count_events() == 1
        detail = store.event(CURATED.id)
        assert detail is not None
        assert (detail.origin, detail.review_status, detail.document_id) == \
            ("curated", "verified", None)
        assert detail.china_actors == ["Huawei"] and detail.russia_actors == ["MTS"]
        assert [(c.url, c.kind) for c in detail.cited] == \
            [("https://example.org/5g", "independent_media")]
        assert detail.project is not None and detail.project.name == "5G trials"
        assert [e.id for e in store.events(EventFilter(project="test-5g"))] == [CURATED.id]
        assert store.curated_event_ids() == {CURATED.id}


def test_matcher_links_the_same_happening_only() -> None:
    matcher = CuratedMatcher([CURATED])
    assert matcher.match(_extracted()) == CURATED.id
    assert matcher.match(_extracted(type="joint_research")) == CURATED.id  # compatible type
    assert matcher.match(_extracted(date="2019-12")) is None  # too far apart
    assert matcher.match(_extracted(date=None)) is None
    assert matcher.match(_extracted(domains=["space"])) is None
    assert matcher.match(_extracted(type="friction")) is None
    other_ru = [ActorRef("MegaFon", "RU", actor_id="ru-megafon")]
    assert matcher.match(_extracted(russia_actors=other_ru)) is None
    assert matcher.match(_extracted(russia_actors=[])) == CURATED.id  # only "Russia" named


def test_an_extracted_report_stands_with_its_curated_event(sqlite_url: str) -> None:
    from techties.records import Document

    with Store.open(sqlite_url) as store:
        store.save_curated([CURATED], [PROJECT], load_actors())
        doc = Document(id="doc-1", text="Huawei and MTS signed a 5G agreement.",
                       content_hash="h1", title="5G deal", lang="en", published="2019-06-06")
        report = _extracted()
        store.save_document(doc, [report], relevant=True, signature=None, key="k1",
                            curated_links={report.id: CURATED.id})
        assert {e.id for e in store.events()} == {CURATED.id, report.id}
        assert [e.id for e in store.events(EventFilter(standalone=True))] == [CURATED.id]
        assert [e.id for e in store.events(EventFilter(curated=CURATED.id))] == [report.id]
        assert EventFilter(standalone=True, curated=CURATED.id).active() == {
            "standalone": "True", "curated": CURATED.id}
        assert EventFilter(standalone=False).active() == {}
        detail = store.event(CURATED.id)
        assert detail is not None and [r.id for r in detail.reports] == [report.id]
