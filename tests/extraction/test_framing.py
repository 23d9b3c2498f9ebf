"""A type cue inside a framing phrase ("during the internship", "в рамках форума", "在…期间")
names the setting; the type cued in the rest of the sentence decides the event."""

from __future__ import annotations

import pytest

from techties.extraction.candidates import _ranked_types
from techties.extraction.framing import framing_spans
from techties.extraction.signals import read_signals


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("During the internship in Tomsk the Chinese engineers visited two Russian aircraft plants.", "en", "forum"),
    ("Во время стажировки китайские инженеры посетили два российских авиазавода.", "ru", "forum"),
    ("在培训期间,两家航空公司签约。", "zh", "agreement"),
])
def test_a_framed_cue_gives_way_to_the_sentences_own(text: str, lang: str, expected: str) -> None:
    s = read_signals(text, lang)[0]
    assert s.types["talent"] > 0  # the internship is cued, and would win the tie on priority
    assert _ranked_types(s, imposer=False)[0] == expected


def test_without_a_frame_the_ranking_is_unchanged() -> None:
    s = read_signals("The Chinese engineers on an internship in Tomsk visited two Russian aircraft plants.", "en")[0]
    assert _ranked_types(s, imposer=False)[0] == "talent"


def test_a_frame_ends_at_the_comma() -> None:
    text = "As part of the exchange, the two institutes opened a joint laboratory for lasers."
    [(a, b)] = framing_spans(text)
    assert text[a:b] == "As part of the exchange"


@pytest.mark.parametrize(("text", "lang"), [
    ("Russia will no longer act as a co-developer of the airliner but only as a supplier of engines.", "en"),
    ("Россия будет уже не совместным разработчиком лайнера, а поставщиком двигателей.", "ru"),
    ("俄方将不再作为联合研制方,而是作为发动机供应商参与项目。", "zh"),
])
def test_a_denied_role_gives_way_to_the_one_that_replaces_it(text: str, lang: str) -> None:
    s = read_signals(text, lang)[0]
    assert s.types["joint_research"] > 0 and s.types["supply"] > 0
    assert _ranked_types(s, imposer=False)[0] == "supply"


def test_not_only_but_also_denies_nothing() -> None:
    assert framing_spans("They signed not only an agreement but also a supply contract.") == []


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a meeting that is no one's place is the event, even beside another type's cue
    ("The Russian-Chinese expo, business forum and conference on robotics gathered suppliers of drones.",
     "en", "forum"),
    ("Российско-китайская выставка, деловой форум и конференция по робототехнике собрали поставщиков дронов.",
     "ru", "forum"),
    ("中俄博览会、论坛和研讨会聚集了无人机供应商。", "zh", "forum"),
    # the place of another event gives way to it
    ("Huawei and MTS signed a memorandum on 5G networks at the Eastern Economic Forum.", "en", "agreement"),
    ("Huawei и МТС подписали меморандум по сетям 5G на Восточном экономическом форуме.", "ru", "agreement"),
    ("华为与MTS在东方经济论坛上签署了5G网络合作备忘录。", "zh", "agreement"),
])
def test_a_meeting_is_a_setting_only_as_the_place_of_another_event(text: str, lang: str, expected: str) -> None:
    s = read_signals(text, lang)[0]
    assert s.types["forum"] > 0 and len(s.types) > 1
    assert _ranked_types(s, imposer=False)[0] == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("In an attempt to avoid sanctions, Huawei hired fewer engineers in Moscow.", "en"),
    ("Опасаясь санкций, Huawei наняла меньше инженеров в Москве.", "ru"),
    ("为避免制裁,华为暂停招聘。", "zh"),
])
def test_a_cause_or_purpose_names_the_reason_not_the_event(text: str, lang: str) -> None:
    s = read_signals(text, lang)[0]
    assert s.types["countermeasure"] == s.types["talent"] > 0  # a tie countermeasure would win
    assert _ranked_types(s, imposer=True)[0] == "talent"
