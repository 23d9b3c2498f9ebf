"""Cue words and side words added for cases the first vocabulary missed."""

from __future__ import annotations

from techties.entities.gazetteer import find_mentions
from techties.extraction.cues import find_cues
from techties.model.lexicon import tokenize


def _types(text: str) -> set[str]:
    return {h.payload for h in find_cues("event_type", text, tokenize(text))}


def test_exclusion_and_restriction_are_friction() -> None:
    assert "friction" in _types("The firm was excluded from the approved supplier list.")
    assert "friction" in _types("Beijing is restricting exports of the processors.")
    assert "friction" in _types("Компанию исключили из списка поставщиков.")


def test_the_party_and_inland_cities_bring_the_chinese_side() -> None:
    for text in ("他被控与中共合作。", "代表团访问了洛阳。", "Investors from Luoyang arrived."):
        assert "CN" in {side for m in find_mentions(text) for side in m.sides}, text


def test_the_fsb_resolves_under_its_full_name() -> None:
    names = {m.actor.name for m in find_mentions("The FSB detained him.") if m.actor}
    assert names == {"Federal Security Service"}


def test_power_units_and_their_concreting_are_pilot_work() -> None:
    assert "pilot" in _types("The third power unit of the plant was launched last winter.")
    assert "pilot" in _types("Rosatom expects first concreting of the new unit in spring.")
    assert "pilot" in _types("Второй энергоблок станции подключили к сети.")
    assert "pilot" in _types("核电站3号机组已投入商业运行。")
