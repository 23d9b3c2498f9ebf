"""A Chinese place written against a party's name opens that name ("浙江正泰电器股份有限公司"):
it is no regional government acting, even where the name's first character reads as an
adverb alone (正, "now") (regions.acting_regions)."""

from __future__ import annotations

from techties.entities.regions import acting_regions
from techties.extraction.signals import read_signals


def _regions(text: str) -> list[str]:
    s = read_signals(text, "zh")[0]
    return [m.text for m in acting_regions(text, "zh", s.mentions)]


def test_the_province_in_a_firms_registered_name_does_not_act() -> None:
    assert _regions("浙江正泰电器股份有限公司与俄罗斯电网公司签署协议，将向后者供应智能电表。") == []


def test_a_province_that_signs_still_acts() -> None:
    assert _regions("浙江省与俄罗斯电网公司签署协议，将向后者供应智能电表。") == ["浙江"]
