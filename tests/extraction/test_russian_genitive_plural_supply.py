"""The genitive plural of the Russian nouns of supply ("поставок", "покупок") drops the "к" of
their stem: it is a supply cue like "поставки", "покупка"."""

from __future__ import annotations

from techties.extraction.pipeline import read_signals


def _types(text: str) -> list[str]:
    return [t for s in read_signals(text, "ru") for t in s.types]


def test_the_genitive_plural_of_supply_is_a_supply_cue() -> None:
    assert "supply" in _types("Объем поставок турбин из Китая вырос вдвое.")
    assert "supply" in _types("Число покупок российских вертолетов Китаем сократилось.")


def test_the_genitive_plural_of_other_cue_nouns_in_ka() -> None:
    assert "forum" in _types("Российские компании стали участниками китайских выставок и ярмарок.")
    assert "agreement" in _types("Число сделок между российскими и китайскими компаниями выросло.")
    assert "friction" in _types("После утечек данных Китай ограничил обмен с российским институтом.")
