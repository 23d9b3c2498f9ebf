"""An academy written straight before an institute of its own that the base does not know is
no party; an academy that acts, or is listed beside others, stays one."""

from __future__ import annotations

from techties.entities.academy_units import units_of_academies
from techties.entities.gazetteer import find_mentions
from techties.entities.side_words import AFFILIATION


def _parties(sentence: str) -> list[str]:
    mentions = units_of_academies(sentence, find_mentions(sentence))
    return [m.actor.id for m in mentions if m.actor is not None and m.kind != AFFILIATION]


def test_an_academy_before_its_institute_is_no_party() -> None:
    assert "ru-ras" not in _parties("俄罗斯科学院冰川研究所的专家将参加考察。")
    assert "cn-cas" not in _parties("中国科学院沙漠气象研究所与俄方开展合作。")


def test_an_academy_that_acts_stays_a_party() -> None:
    assert "ru-ras" in _parties("俄罗斯科学院与中方签署了合作协议。")
    assert "ru-ras" in _parties("俄罗斯科学院和中国的研究所共同建设实验室。")
