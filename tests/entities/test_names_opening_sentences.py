"""A Russian sentence that opens with an organisation's head word ("Ассоциация …") or whose
name opens with a country word ("Российская ассоциация …") is worth tagging: the name inside
is found like any other."""

from __future__ import annotations

from techties.entities.gazetteer import find_mentions
from techties.entities.russian_names import worth_tagging
from techties.extraction.signals import add_unresolved, read_signals


def _worth(sentence: str) -> bool:
    return worth_tagging(sentence, find_mentions(sentence))


def _names(text: str) -> list[str]:
    signals = read_signals(text, "ru")[0]
    add_unresolved(signals, "ru")
    return [m.latin or "" for m in signals.mentions if m.kind == "unresolved"]


def test_a_head_word_opening_the_sentence_makes_it_worth_tagging() -> None:
    assert _worth("Ассоциация производителей станков провела съезд в Китае.")
    assert _worth("Университету передали оборудование из Китая.")
    assert not _worth("Сотрудничество с Китаем растёт.")


def test_a_country_word_opening_a_name_makes_it_worth_tagging() -> None:
    assert _worth("Вчера Российская ассоциация станкостроителей встретилась с партнёрами из Китая.")
    assert not _worth("Российская сторона и Китай договорились о встрече.")


def test_names_found_there() -> None:
    names = _names("Российская ассоциация производителей станков подписала соглашение с китайскими партнёрами.")
    assert any(name.startswith("Russian Association") for name in names)
