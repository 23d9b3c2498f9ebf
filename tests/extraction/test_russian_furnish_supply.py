"""The Russian verb "снабжать"/"снабдить" (to furnish with goods) names a supply, as
"поставлять" and "оснащать" do: "фирмы снабжали завод деталями"."""

from __future__ import annotations

from techties.extraction.pipeline import read_signals


def _types(text: str) -> list[str]:
    return [t for s in read_signals(text, "ru") for t in s.types]


def test_furnishing_with_goods_is_supply() -> None:
    assert "supply" in _types("Две шэньчжэньские фирмы снабжали казанский завод деталями.")
    assert "supply" in _types("Харбинская компания снабдит новосибирский институт лазерами.")
    assert "supply" in _types("Вертолет будет снабжен китайскими двигателями.")


def test_a_word_sharing_the_letters_is_not_supply() -> None:
    assert "supply" not in _types("Энергоснабжение Благовещенска восстановлено.")
