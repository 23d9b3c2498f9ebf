"""A bank of one side that stops or limits the other side's payments is friction between the
two; a third state's sanctions named as the reason ("out of fear of US sanctions") frame it."""

from __future__ import annotations

import pytest

from techties.extraction.candidates import _ranked_types
from techties.extraction.signals import read_signals


@pytest.mark.parametrize("text", [
    "In May, Zhejiang Rural Bank stopped processing rouble payments from Russian machine-tool importers.",
    "Two Chinese lenders are limiting services to Russian chip distributors.",
])
def test_a_bank_that_stops_or_limits_payments_is_friction(text: str) -> None:
    assert read_signals(text, "en")[0].types["friction"] > 0


@pytest.mark.parametrize("opener", ["out of fear of", "fearing", "over fears of"])
def test_sanctions_feared_frame_the_restriction(opener: str) -> None:
    s = read_signals(f"Harbin Bank tightened its restrictions on Russian payments {opener} US sanctions.", "en")[0]
    assert s.types["countermeasure"] > 0
    assert _ranked_types(s, imposer=True)[0] == "friction"
