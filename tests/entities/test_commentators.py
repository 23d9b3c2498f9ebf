"""A body named only as a commentator's employer, in Chinese or English, is no party; a body
whose researchers take part stays one."""

from __future__ import annotations

from techties.entities.commentators import employers_of_commentators
from techties.entities.gazetteer import find_mentions
from techties.entities.side_words import AFFILIATION


def _parties(sentence: str, lang: str) -> list[str]:
    mentions = employers_of_commentators(sentence, lang, find_mentions(sentence))
    return [m.actor.id for m in mentions if m.actor is not None and m.kind != AFFILIATION]


def test_a_commentators_employer_is_no_party() -> None:
    assert "cn-cass" not in _parties("中国社会科学院经济学家认为，两国合作前景广阔。", "zh")
    assert "ru-ras" not in _parties("An analyst at the Russian Academy of Sciences said the deal was modest.", "en")


def test_a_body_whose_people_take_part_stays_a_party() -> None:
    assert "cn-cass" in _parties("中国社会科学院研究员赴俄开展联合研究。", "zh")
    assert "ru-ras" in _parties("Researchers of the Russian Academy of Sciences joined the project.", "en")
