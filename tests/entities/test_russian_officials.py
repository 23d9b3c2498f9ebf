"""A minister's title names his ministry: the ministry is the party, read from the title."""

from __future__ import annotations

from techties.entities.gazetteer import find_mentions
from techties.entities.russian_officials import ministries_of_ministers
from techties.extraction.pipeline import extract_document
from techties.records import Document


def _bodies(sentence: str) -> list[str]:
    return [m.actor.name for m in ministries_of_ministers(sentence, find_mentions(sentence)) if m.actor]


def test_a_minister_of_a_field_and_a_country_names_the_ministry() -> None:
    assert _bodies("Делегацию принял заместитель министра образования КНР Ли Мин.") == [
        "Ministry of Education of China"]
    assert _bodies("Визит совершил министр промышленности и торговли России.") == [
        "Ministry of Industry and Trade of Russia"]


def test_a_head_of_government_or_a_minister_without_a_field_names_no_ministry() -> None:
    assert _bodies("Премьер-министр России прибыл в Пекин.") == []
    assert _bodies("Министры России и Китая обсудили торговлю.") == []


def test_the_ministry_is_the_party_of_the_event() -> None:
    text = ("Замминистра образования КНР Ли Мин и ректор Казанского федерального университета подписали "
            "соглашение о создании совместного института искусственного интеллекта.")
    events = extract_document(Document(id="d", text=text, title="", lang="ru", published="2024-03-01")).events
    assert "Ministry of Education of China" in {r.name for e in events for r in e.china_actors}
