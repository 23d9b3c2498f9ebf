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


def test_traditional_two_sides_refer_to_the_pair() -> None:
    assert refers_to_subject("雙方已經簽署了衛星導航合作協定。", "zh")
    assert refers_to_subject("兩方同意共建聯合實驗室。", "zh")


def test_a_headline_of_the_type_does_not_keep_the_body_sentence_out() -> None:
    # the headline's "contract signed" is told by the body only as "the two sides signed it":
    # that sentence is the event, with the parties of the sentences before it
    doc = Document(id="d", title="中俄联合研制运输机合同已签", lang="zh", published="2024-09-02",
                   text=("9月1日，中国航空工业集团与俄罗斯联合航空制造集团的代表出席航展新闻发布会。"
                         "发布会上，代表介绍了中俄联合研制运输机的进展。"
                         "他说，运输机双方已经就商业合同达成一致，并且进行了签署。"))
    events = extract_document(doc).events
    [agreement] = [e for e in events if e.type == "agreement"]
    assert agreement.stage == "signed"
    assert any("双方" in ev.text for ev in agreement.evidence)
    assert agreement.russia_actors and agreement.china_actors
