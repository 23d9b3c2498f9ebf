"""An academy named only in a scientist's rank is no party; the same academy named as one is."""

from __future__ import annotations

from techties.entities.academic_titles import academies_in_titles
from techties.entities.gazetteer import find_mentions
from techties.entities.side_words import AFFILIATION


def _parties(sentence: str) -> list[str]:
    mentions = academies_in_titles(sentence, find_mentions(sentence))
    return [m.actor.id for m in mentions if m.actor is not None and m.kind != AFFILIATION]


def test_an_academician_title_names_no_party() -> None:
    assert "cn-cae" not in _parties("中国工程院院士、某飞机设计研究院首席科学家在会上作报告。")
    assert "ru-ras" not in _parties("Академик РАН Иван Петров выступил с докладом о новых материалах.")
    assert "cn-cas" not in _parties("The project is led by an academician of the Chinese Academy of Sciences.")


def test_the_academy_as_an_actor_stays_a_party() -> None:
    assert "cn-cae" in _parties("中国工程院与俄方签署了合作协议。")
    assert "ru-ras" in _parties("РАН и китайские партнёры открыли совместную лабораторию.")
    assert "cn-cas" in _parties("The Chinese Academy of Sciences signed a roadmap with its partners.")
