"""A measure named with the trade it stops is a measure: "an export blacklist" is no export,
"попали под ограничения" is falling under sanctions, "出口黑名单" a blacklist."""

from __future__ import annotations

import pytest

from techties.extraction.signals import read_signals


@pytest.mark.parametrize(("text", "lang"), [
    ("Washington added five Hong Kong firms to its export blacklist for aiding Moscow.", "en"),
    ("Пять китайских фирм попали под ограничения Вашингтона за помощь Москве.", "ru"),
    ("美国将五家香港公司列入出口黑名单。", "zh"),
])
def test_a_measure_named_with_the_trade_it_stops(text: str, lang: str) -> None:
    s = read_signals(text, lang)[0]
    assert s.types["countermeasure"] > 0
    assert s.types["supply"] == 0 and s.types["friction"] == 0
