"""A country a story wants to depend on less is not the partner of its event."""

from __future__ import annotations

from techties.extraction.dependence import without_dependence
from techties.extraction.pipeline import extract_document
from techties.extraction.signals import read_signals
from techties.records import Document


def _sides(text: str) -> set[str]:
    signals = read_signals(text, "en")
    without_dependence(signals, "en")
    return {side for s in signals for side in s.sides}


def test_the_country_after_a_lessened_dependence_is_no_side() -> None:
    assert _sides("Rosatom will build a lithium plant in the Urals to reduce Russia's dependence on China.") == {"RU"}
    assert _sides("The Russian carmaker wants to become less reliant on Chinese batteries.") == {"RU"}
    assert _sides("Moscow seeks technological independence from China in machine tools.") == {"RU"}


def test_a_growing_dependence_or_a_partner_stays() -> None:
    assert _sides("Russia's microchip makers grow ever more dependent on China.") == {"RU", "CN"}
    assert _sides("Rosatom will cut costs together with China in a new reactor project.") == {"RU", "CN"}


def test_home_production_to_depend_less_on_the_other_side_is_no_event() -> None:
    doc = Document(id="d", lang="en", published="2025-05-01",
                   title="Rosatom plans lithium mining as Moscow limits dependence on China",
                   text=("Rosatom said on Monday it will invest $2 billion in lithium mining and battery "
                         "production in the Urals to lessen the country's dependence on China for imports of "
                         "battery cells. Production of lithium carbonate is to start in 2027."))
    assert extract_document(doc).events == []
