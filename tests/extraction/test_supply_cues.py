"""A contract to buy or supply is a supply deal; parts fitted into the other side's products are
supply; "power supply" is a thing, not a sale."""

from __future__ import annotations

import pytest

from techties.extraction.signals import read_signals


def _best_type(text: str, lang: str) -> str:
    types = read_signals(text, lang)[0].types
    return max(types, key=lambda t: types[t])


@pytest.mark.parametrize(("text", "lang"), [
    ("Вьетнамская сторона заключила контракт на закупку партии истребителей.", "ru"),
    ("The airline signed a purchase contract for twenty regional jets.", "en"),
    ("双方签署了采购合同,涉及多台数控机床。", "zh"),
])
def test_a_contract_to_buy_is_a_supply_deal(text: str, lang: str) -> None:
    assert _best_type(text, lang) == "supply"


@pytest.mark.parametrize(("text", "lang"), [
    ("From next year the buses will be fitted with engines made by a partner in Shandong.", "en"),
    ("Со следующего года автобусы будут оснащаться двигателями шаньдунского партнера.", "ru"),
])
def test_fitting_the_other_sides_parts_is_supply(text: str, lang: str) -> None:
    assert read_signals(text, lang)[0].types["supply"] > 0


def test_a_power_supply_is_no_sale() -> None:
    text = "The sides discussed the power supply system along the border."
    assert read_signals(text, "en")[0].types["supply"] == 0
