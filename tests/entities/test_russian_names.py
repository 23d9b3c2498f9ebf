"""Russian organisation names outside the knowledge base, found by natasha and named in English."""

from __future__ import annotations

from techties.entities.gazetteer import find_mentions
from techties.entities.russian_names import find_russian_names, tag, tag_sentences
from techties.extraction.signals import add_unresolved, read_signals


def _names(sentence: str) -> dict[str, tuple[str, ...]]:
    return {m.latin or "": m.sides for m in find_russian_names(sentence, find_mentions(sentence))}


def test_plain_word_names_are_put_in_english_with_their_side() -> None:
    names = _names("Договор подписали Пермский государственный педагогический университет и Уханьский "
                   "технологический институт.")
    assert names.get("Perm State Pedagogical University") == ("RU",)  # Tomsk's is in the base now
    assert names.get("Wuhan Technological Institute") == ("CN",), "a Chinese place adjective read back in pinyin"


def test_case_forms_are_put_in_the_nominative() -> None:
    names = _names("Оборудование передано Самарской областной клинической больнице.")
    assert names == {"Samara Regional Clinical Hospital": ("RU",)}


def test_genitive_parts_follow_of_and_a_region_after_a_body_joins_it() -> None:
    names = _names("Об этом сообщили в Министерстве образования и науки Амурской области.")
    assert names == {"Ministry of Education and Science of Amur Oblast": ("RU",)}


def test_a_regional_government_is_taken_with_its_place() -> None:
    # a city whose administration the knowledge base does not hold
    names = _names("Администрация Ижевска и китайские партнёры обсудили стартапы.")
    assert names.get("Administration of Izhevsk") == ("RU",)


def test_a_state_government_stands_for_the_country_and_is_no_party() -> None:
    assert _names("Правительство России одобрило проект связи с Китаем.") == {}


def test_an_eponym_goes_in_front() -> None:
    names = _names("Учёные Пермского института механики имени Петрова работают с китайскими коллегами.")
    assert names == {"Petrov Perm Institute of Mechanics": ("RU",)}


def test_a_russian_legal_form_makes_a_firm_russian() -> None:
    names = _names("Поставщиком выступило ООО «Северный ветер».")
    assert names == {"Severny Veter": ("RU",)}


def test_a_quoted_name_of_common_words_is_put_in_english_with_its_head() -> None:
    names = _names("Письмо направил консорциум «Телекоммуникационное оборудование» (АНО ТКО).")
    assert names == {"Telecommunication Equipment Consortium": ("RU",)}


def test_a_nationality_word_just_before_the_name_gives_the_side() -> None:
    names = _names("Контракт получил китайский холдинг «Тяньма».")
    assert names == {"Tianma Holding": ("CN",)}, "a Chinese name in Cyrillic is read back in pinyin"


def test_a_name_whose_side_cannot_be_told_is_dropped() -> None:
    assert _names("Прибыли представители Института теоретической механики.") == {}


def test_media_and_buildings_and_country_words_are_not_parties() -> None:
    assert _names("Как сообщает ИА «Синьхуа», встреча прошла в Доме правительства.") == {}
    assert _names("По данным РИА Новости, сделка одобрена.") == {}
    assert _names("ОМСК. Выставка открылась.") == {}


def test_a_model_designation_names_a_product_not_a_party() -> None:
    assert _names("Энергоблок возводится по российскому проекту ВВЭР-1200 вместе с китайскими партнёрами.") == {}


def test_a_court_tries_a_case_and_is_no_party() -> None:
    assert _names("Новосибирский областной суд вынес приговор инженеру по делу о госизмене.") == {}
    assert _names("Приговор оставил в силе Верховный суд.") == {}


def test_batch_tagging_gives_each_sentence_its_own_offsets() -> None:
    first = "Новосибирский завод «Электросигнал» расширяет производство."
    second = "Контракт подписал Красноярский машиностроительный завод."
    tag_sentences([first, second])
    for sentence in (first, second):
        for span in tag(sentence):
            assert sentence[span.start:span.end].strip()
            assert all(sentence[w.start:w.end] == w.text for w in span.words)


def test_the_pipeline_hook_adds_names_in_russian_text_only() -> None:
    text = "Омский машиностроительный завод и китайская компания подписали соглашение о поставках."
    russian = read_signals(text, "ru")[0]
    add_unresolved(russian, "ru")
    assert any(m.kind == "unresolved" and m.latin == "Omsk Machine-Building Plant" for m in russian.mentions)


def test_a_sentence_without_an_unread_name_is_not_tagged() -> None:
    from techties.entities.russian_names import worth_tagging

    plain = "Роскосмос и Китай договорились о сотрудничестве."
    assert not worth_tagging(plain, find_mentions(plain))
    named = "Роскосмос и Курганский приборостроительный завод договорились о сотрудничестве."
    assert worth_tagging(named, find_mentions(named))
    first = "Курганский завод договорился о сотрудничестве с Китаем."
    assert worth_tagging(first, find_mentions(first)), "a first word shaped like a name counts"


def _people(text: str) -> list[tuple[str, str | None]]:
    signals = read_signals(text, "ru")[0]
    add_unresolved(signals, "ru")
    return [(m.text, m.latin) for m in signals.mentions if m.kind == "person"]


def test_people_in_a_case_form_get_their_name_in_the_nominative() -> None:
    assert _people("Суд вынес приговор физику Анатолию Губанову за передачу данных Китаю.") == [
        ("Анатолию Губанову", "Anatoly Gubanov")]


def test_the_role_word_scientist_is_read_with_yo_too() -> None:
    people = _people("Следователи задержали учёного Анатолия Губанова по делу о госизмене в пользу Китая.")
    assert [latin for _, latin in people] == ["Anatoly Gubanov"]


def test_the_tagger_runs_only_where_asked() -> None:
    text = "Омский машиностроительный завод и китайская компания подписали соглашение о поставках."
    signals = read_signals(text, "ru")[0]
    add_unresolved(signals, "ru", tagger=False)
    assert not any(m.kind == "unresolved" for m in signals.mentions)


def test_a_compound_of_a_russian_state_prefix_is_a_russian_state_body() -> None:
    assert _names("Заявку рассмотрит Госкомиссия по радиочастотам.") == {
        "State Commission for Radio Frequency": ("RU",)}
    assert _names("Госпиталь получил оборудование.") == {}, "a plain word that starts the same way"
