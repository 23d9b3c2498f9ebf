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
