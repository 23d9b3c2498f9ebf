"""Review verdicts: recorded with who and when, and kept through re-extraction, on SQLite
and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from techties.model.loader import Actor
from techties.records import ActorRef, Document, Event, Evidence
from techties.store import review
from techties.store.models import EventModel
from techties.store.review import EventEdit, ReviewError
from techties.store.store import Store

TEXT = "Huawei and MTS signed an agreement to test 5G in Moscow. Rostec will buy chips."
ACTORS = [Actor(id="cn-huawei", name="Huawei", country="CN", kind="company"),
          Actor(id="ru-mts", name="MTS", country="RU", kind="company"),
          Actor(id="ru-rostec", name="Rostec", country="RU", kind="state_corporation")]


@pytest.fixture(params=["sqlite_url", pytest.param("pg_url", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    with Store.open(request.getfixturevalue(request.param)) as s:
        s.sync_actors(ACTORS)
        yield s


def _extract() -> tuple[Document, list[Event]]:
    doc = Document(id="doc_1", text=TEXT, title="5G", lang="en", content_hash="h1", source="t")
    end = TEXT.index(" Rostec")
    event = Event(document_id="doc_1", type="agreement", stage="signed", domains=["telecom_5g"],
                  china_actors=[ActorRef("Huawei", "CN", "cn-huawei")],
                  russia_actors=[ActorRef("MTS", "RU", "ru-mts")], date="2019",
                  evidence=[Evidence(TEXT[:end], 0, end)], confidence=0.8, summary="5G test")
    other = Event(document_id="doc_1", type="supply", stage="announced", domains=["semiconductors"],
                  russia_actors=[ActorRef("Rostec", "RU", "ru-rostec")],
                  evidence=[Evidence(TEXT[end + 1:], end + 1, len(TEXT))], confidence=0.4)
    return doc, [event, other]


def _save(store: Store, key: str = "t#1") -> list[Event]:
    doc, events = _extract()
    store.save_document(doc, events, relevant=True, signature=None, key=key)
    return events


def test_an_edit_survives_re_extraction_and_is_recorded(store: Store) -> None:
    signed, supply = _save(store)
    edit = EventEdit(type="pilot", stage="implemented", date="2019-06", domains=["telecom_5g", "ai"],
                     china_actors=["cn-huawei", "ZTE"], russia_actors=["ru-mts", "ru-rostec"])
    row = review.review_event(store.engine, signed.id, "edit", "ana", edit, note="a pilot, not a deal")
    assert row.status == "edited" and row.reviewer == "ana" and row.at is not None
    assert row.changes["type"] == ["agreement", "pilot"]
    assert row.changes["china_actors"] == [["cn-huawei"], ["cn-huawei", "ZTE"]]
    review.review_event(store.engine, supply.id, "reject", "ana")

    _save(store, key="t#again")  # the same document read again: extraction runs again
    edited = store.event(signed.id)
    assert edited is not None
    assert (edited.type, edited.stage, edited.date, edited.review_status) == \
        ("pilot", "implemented", "2019-06", "edited")
    assert edited.domains == ["telecom_5g", "ai"]
    assert edited.china_actors == ["Huawei", "ZTE"] and edited.russia_actors == ["MTS", "Rostec"]
    assert [a.resolved for a in edited.actors if a.side == "CN"] == [True, False]
    rejected = store.event(supply.id)
    assert rejected is not None and rejected.review_status == "rejected"
    with store.engine.connect() as conn:
        history = review.history(conn, signed.id)
    assert [(h.action, h.reviewer, h.note) for h in history] == [("edit", "ana", "a pilot, not a deal")]

    review.review_event(store.engine, signed.id, "reopen", "ana")
    _save(store, key="t#third")
    reopened = store.event(signed.id)
    assert reopened is not None and (reopened.type, reopened.review_status) == ("agreement", "pending")


def test_bad_reviews_are_refused(store: Store) -> None:
    signed, _ = _save(store)
    with pytest.raises(ReviewError) as missing:
        review.review_event(store.engine, "ev_nope", "accept", "ana")
    assert missing.value.status == 404
    for edit in (EventEdit(type="party"), EventEdit(date="2019-13"), EventEdit(domains=[]),
                 EventEdit(domains=["ai", "cooking"]), EventEdit(china_actors=[" "])):
        with pytest.raises(ReviewError):
            review.review_event(store.engine, signed.id, "edit", "ana", edit)
    with pytest.raises(ReviewError):
        review.review_event(store.engine, signed.id, "approve", "ana")
    with store.engine.begin() as conn:
        conn.execute(EventModel.__table__.update().where(EventModel.id == signed.id)
                     .values(origin="curated"))
    with pytest.raises(ReviewError) as curated:
        review.review_event(store.engine, signed.id, "accept", "ana")
    assert curated.value.status == 409
    with store.engine.connect() as conn:
        assert conn.execute(select(EventModel.review_status).where(EventModel.id == signed.id)).scalar() == "pending"
