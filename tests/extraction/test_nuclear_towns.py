"""The towns of Russia's nuclear and science plants (Elektrostal, Novouralsk, Obninsk …) put
the Russian side in a sentence as its cities do (model/places.yaml): a plant named by its
town ships fuel for the Russian side."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.extraction.signals import read_signals
from techties.records import Document


def test_a_nuclear_town_is_a_russian_place() -> None:
    for text, lang in (("Завод в Новоуральске выпустил оборудование.", "ru"),
                       ("A plant in Elektrostal made the assemblies.", "en"),
                       ("奥布宁斯克的研究所参加了展览。", "zh")):
        assert read_signals(text, lang)[0].sides == {"RU"}


def test_fuel_shipped_from_a_town_plant_to_china_is_relevant() -> None:
    doc = Document(id="doc_fuel_town", lang="ru", published="2023-11-20",
                   title="Завод в Электростали отгрузил топливо для Китая",
                   text=("Завод в Электростали отгрузил первую партию тепловыделяющих сборок для "
                         "энергоблока №4 Тяньваньской АЭС в Китае.\n"
                         "Топливо сделано по контракту с Китайской национальной ядерной корпорацией."))
    assert extract_document(doc).relevant
