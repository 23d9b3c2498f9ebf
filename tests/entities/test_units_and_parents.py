"""Units of a known organisation: a knowledge-base unit named with its parent spelt out, and a
unit the base lacks found by the tagger with its parent's side."""

from __future__ import annotations

from techties.entities.gazetteer import find_mentions, with_parent_spelt_out
from techties.extraction.signals import add_unresolved, read_signals
from techties.model.loader import load_actors


def _parties(text: str) -> list[tuple[str, tuple[str, ...]]]:
    signals = read_signals(text, "ru")[0]
    add_unresolved(signals, "ru")
    return [(m.actor.name if m.actor else m.latin or "", m.sides) for m in signals.mentions if m.is_party]


def test_a_unit_named_with_its_parent_spelt_out_is_the_unit() -> None:
    names = [m.actor.name for m in find_mentions(
        "Сотрудники Института теоретической и прикладной механики Сибирского отделения РАН "
        "выступили на конференции.") if m.actor]
    assert names == ["Khristianovich Institute of Theoretical and Applied Mechanics"]


def test_an_english_unit_takes_of_the_before_its_spelt_out_parent() -> None:
    names = [m.actor.name for m in find_mentions(
        "Researchers of the Institute of Theoretical and Applied Mechanics of the Siberian Branch of the "
        "Russian Academy of Sciences flew to Beijing.") if m.actor]
    assert names == ["Khristianovich Institute of Theoretical and Applied Mechanics"]


def test_parent_variants_need_a_unit_name_of_its_own() -> None:
    parent = next(a for a in load_actors() if a.id == "ru-sb-ras")
    assert with_parent_spelt_out("СО РАН", parent) == {"СО РАН"}
    assert "Институт катализа Сибирское отделение РАН" in with_parent_spelt_out("Институт катализа СО РАН", parent)


def test_a_unit_outside_the_base_takes_its_parents_side_and_the_academy_steps_back() -> None:
    parties = _parties("Сотрудник Института проблем горения Уральского отделения РАН обвиняется в передаче "
                       "сведений Китаю.")
    assert parties == [("Institute of Problems of Combustion", ("RU",))]


def test_a_bare_unit_head_is_no_name() -> None:
    parties = _parties("Директор института Уральского отделения РАН встретился с китайскими коллегами.")
    assert ("Ural Branch of the Russian Academy of Sciences", ("RU",)) in parties


def test_bare_mid_in_russian_is_the_russian_ministry_and_mid_knr_the_chinese() -> None:
    names = [m.actor.name for m in find_mentions("Роскосмос и МИД ответили, а МИД КНР промолчал.") if m.actor]
    assert names == ["Roscosmos", "Ministry of Foreign Affairs of Russia", "Ministry of Foreign Affairs of China"]
