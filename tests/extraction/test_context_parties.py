"""A sentence that names neither side but speaks of "the two sides" doing something of a new
type is an event of the story's pair; the same type merges, and no reference, a denial or a
third country keeps it out (extraction/context_parties.py)."""

from __future__ import annotations

import pytest

from techties.extraction.context_parties import denied, refers_to_subject
from techties.extraction.pipeline import extract_document
from techties.records import Document, Event

LEAD = {
    "en": "Rosatom and China National Nuclear Corporation signed an agreement on nuclear fuel supply on Monday. ",
    "ru": "Росатом и Китайская национальная ядерная корпорация подписали соглашение о поставках ядерного топлива. ",
    "zh": "俄罗斯国家原子能公司与中国核工业集团公司签署了核燃料供应协议。",
}


def _events(lang: str, follow: str) -> list[Event]:
    return extract_document(Document(id="d", text=LEAD[lang] + follow, lang=lang, published="2025-05-01")).events


@pytest.mark.parametrize(("lang", "follow"), [
    ("en", "The two sides also agreed to set up a joint research laboratory for fast-reactor technology."),
    ("ru", "Стороны договорились создать совместную лабораторию по исследованиям реакторов на быстрых нейтронах."),
    ("zh", "双方同意共同建立快堆技术联合实验室。"),
])
def test_the_two_sides_doing_a_new_thing_is_an_event_of_the_pair(lang: str, follow: str) -> None:
    events = _events(lang, follow)
    [lab] = [e for e in events if e.type == "joint_research"]
    assert [a.name for a in lab.russia_actors] == ["Rosatom"]
    assert lab.china_actors and lab.evidence[0].text.strip() == follow


def test_the_same_type_joins_the_event_already_told() -> None:
    events = _events("en", "The two sides also signed a memorandum on fast-reactor technology.")
    [agreement] = events
    assert len(agreement.evidence) == 2


@pytest.mark.parametrize("follow", [
    "Experts also agreed to set up a joint research laboratory for fast-reactor technology.",  # no reference
    "The two sides have not agreed to set up a joint research laboratory for fast-reactor technology.",
    "The two sides will set up a joint research laboratory for fast-reactor technology with India.",
])
def test_no_reference_a_denial_or_a_third_country_adds_no_event(follow: str) -> None:
    assert [e.type for e in _events("en", follow)] == ["agreement"]


def test_the_words_of_reference_and_denial() -> None:
    assert refers_to_subject("Обе стороны подписали протокол.", "ru")
    assert not refers_to_subject("The company opened a lab.", "en")
    assert denied("It can't ship the phones.", "en")
    assert denied("Поставки не начнутся в этом году.", "ru")
    assert not denied("未来双方将继续合作。", "zh")
    assert denied("双方尚未签署协议。", "zh")
