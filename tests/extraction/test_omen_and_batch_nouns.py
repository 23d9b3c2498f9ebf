"""'Sign' the noun of an omen ("a sign of closer ties") is no signing, and a 'batch' of news
no shipment: set phrases whose cue word reports no event."""

from __future__ import annotations

import pytest

from techties.extraction.signals import read_signals


@pytest.mark.parametrize("text", [
    "The new Haval plant near Tula is a sign of Great Wall Motors' growing bet on Russia.",
    "Analysts see no sign that Huawei will leave its Moscow laboratory.",
    "A fresh batch of information on the Rosatom and CNNC talks came from the Kommersant newspaper.",
])
def test_an_omen_or_a_batch_of_news_cues_no_event(text: str) -> None:
    s = read_signals(text, "en")[0]
    assert not s.types["agreement"] and not s.types["supply"]


def test_the_verb_and_a_batch_of_goods_still_count() -> None:
    assert read_signals("Rosatom and CNNC will sign a fuel contract.", "en")[0].types["agreement"]
    assert read_signals("A first batch of Chinese lathes reached the Kamaz plant.", "en")[0].types["supply"]
