"""A body whose first line is its headline (a page without a title field, or one that repeats
its title) names the story's main party there: that party stands in for "the Russian side"
further on, as a title field's would."""

from __future__ import annotations

from techties.extraction.actors import headline_sentences
from techties.extraction.pipeline import extract_document
from techties.extraction.signals import read_signals
from techties.records import Document

BODY = ("Росатом рассказал о планах на год\n\n"
        "Глава компании сообщил журналистам о ходе переговоров в Пекине. Переговоры идут второй год. "
        "Площадка уже выбрана.\n\n"
        "Российская сторона построит в Китае ещё два энергоблока атомной станции по проекту ВВЭР-1200.")


def _russian_actors(text: str, title: str = "") -> set[str]:
    doc = Document(id="doc_headline", text=text, title=title, lang="ru", published="2023-05-10")
    return {a.name for e in extract_document(doc).events for a in e.russia_actors}


def test_a_first_line_that_reads_as_a_headline_counts_as_one() -> None:
    assert headline_sentences(read_signals(BODY, "ru"), title_added=False) == 1
    assert headline_sentences(read_signals("Первое предложение. Второе предложение.", "ru"), title_added=False) == 0
    assert headline_sentences(read_signals("Полное первое предложение текста.\nДалее.", "ru"), title_added=False) == 0


def test_the_party_of_a_headline_in_the_body_is_the_storys_party() -> None:
    assert "Rosatom" in _russian_actors(BODY)
    assert "Rosatom" in _russian_actors(BODY, title="Росатом рассказал о планах на год")
