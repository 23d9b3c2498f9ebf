"""Fields named by a product rather than a field word: smart electricity meters are energy
technology, co-badged payment cards are fintech (vocab/domains.yaml)."""

from __future__ import annotations

import pytest

from techties.extraction.signals import read_signals


@pytest.mark.parametrize(("text", "lang", "field"), [
    ("Chint will supply smart meters to Rosseti.", "en", "energy_tech"),
    ("«Россети» закупят умные счётчики у китайской компании.", "ru", "energy_tech"),
    ("正泰电器将向俄罗斯电网公司供应智能电表。", "zh", "energy_tech"),
    ("The bank will issue co-badged cards with UnionPay.", "en", "fintech"),
    ("Банк начнёт выпуск кобейджинговых карт с китайской системой.", "ru", "fintech"),
    ("双方将发行联名卡。", "zh", "fintech"),
])
def test_a_product_names_its_field(text: str, lang: str, field: str) -> None:
    assert read_signals(text, lang)[0].domains[field] >= 1
