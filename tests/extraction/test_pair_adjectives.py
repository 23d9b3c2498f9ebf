"""The pair's compound adjective does not break a cue of two words ("joint … enterprise")."""

from __future__ import annotations

import pytest

from techties.extraction.pair_adjectives import without_pair_adjectives
from techties.extraction.signals import read_signals
from techties.model.lexicon import tokenize


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Kaluga and Hefei firms will set up a joint Russian-Chinese enterprise to make pumps.", "en",
     "investment"),
    ("Два завода договорились открыть совместное российско-китайское предприятие по выпуску насосов.",
     "ru", "investment"),
    ("Томский и Харбинский университеты открыли совместный российско-китайский институт оптики.",
     "ru", "joint_research"),
    ("The two universities opened a joint Sino-Russian laboratory for optics in Harbin.", "en",
     "joint_research"),
])
def test_a_cue_split_by_the_pair_adjective_is_found(text: str, lang: str, expected: str) -> None:
    assert read_signals(text, lang)[0].types[expected] > 0


def test_only_the_hyphenated_pair_is_dropped() -> None:
    text = "Russian-Chinese firms help China build plants; a Chinese-Chinese deal and Russia-Russia talks."
    kept = [t.norm for t in without_pair_adjectives(text, tokenize(text))]
    assert "russian" not in kept[:1] and "chinese" not in kept[:1]
    assert kept[:4] == ["firms", "help", "china", "build"]
    assert kept.count("chinese") == 2 and kept.count("russia") == 2
