"""The group a Russian party is said to belong to is a side word, not a party."""

from __future__ import annotations

from techties.entities.gazetteer import find_mentions
from techties.entities.russian_parents import groups_in_passing
from techties.extraction.pipeline import extract_document
from techties.records import Document


def _parties(sentence: str) -> list[str]:
    return [m.actor.name for m in groups_in_passing(sentence, find_mentions(sentence))
            if m.actor is not None and m.is_party]


def test_a_group_in_a_clause_of_membership_is_no_party() -> None:
    sentence = "Холдинг «Вертолеты России» (входит в госкорпорацию «Ростех») передал машины заказчику."
    assert "Rostec" not in _parties(sentence)
    assert "Russian Helicopters" in _parties(sentence)


def test_a_group_named_for_itself_stays_a_party() -> None:
    assert "Rostec" in _parties("«Ростех» подписал соглашение с китайской компанией.")


def test_the_event_lists_the_member_not_its_group() -> None:
    text = ("«Вертолеты России» (входят в «Ростех») подписали контракт с китайской компанией "
            "на поставку вертолетных двигателей.")
    events = extract_document(Document(id="d", text=text, title="", lang="ru", published="2024-03-01")).events
    names = {r.name for e in events for r in e.russia_actors}
    assert "Russian Helicopters" in names and "Rostec" not in names


def test_a_commentators_employer_is_no_party() -> None:
    sentence = "Как заявил аналитик Сбербанка, китайские поставщики нарастили отгрузки микросхем."
    assert "Sberbank" not in _parties(sentence)
    assert "Sberbank" in _parties("Сбербанк подписал соглашение с китайским банком.")


def test_a_pictures_credit_names_no_party() -> None:
    assert "Russian Helicopters" not in _parties('Фото: АО "Вертолеты России"')


def test_a_credited_firm_is_not_read_again_as_a_name_outside_the_base() -> None:
    title = "Поставки Китаю российских вертолетов Ми-8 завершатся в 2025 году"
    text = ('Ми-8\nФото АО "Вертолеты России"\nМи-8\nФото АО "Вертолеты России"\n'
            "Россия завершит поставки Китаю транспортных вертолетов Ми-8 в 2025 году.")
    events = extract_document(Document(id="d", text=text, title=title, lang="ru", published="2024-03-01")).events
    assert events
    assert all(not e.russia_actors for e in events)


def test_the_founders_a_relative_clause_lists_are_no_parties() -> None:
    sentence = ("Ассоциация «Отечественный софт», участниками которой являются «Ростелеком», Acme и МТС, "
                "направила письмо в правительство.")
    parties = _parties(sentence)
    assert "Rostelecom" not in parties and "MTS" not in parties


def test_a_list_ends_where_the_clause_goes_on() -> None:
    sentence = ("Консорциум, учредителями которого являются «Ростелеком» и Acme, обратился к регулятору, "
                "а затем подписал соглашение с МТС.")
    assert _parties(sentence) == ["MTS"]


def test_the_grantor_of_an_honorary_title_is_no_party() -> None:
    sentence = "Академик, почётный доктор Санкт-Петербургского государственного университета, открыл конференцию."
    assert "St Petersburg State University" not in _parties(sentence)
