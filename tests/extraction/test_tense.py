"""Russian verbs in the future tense make an event a plan, with or without a cue word."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.extraction.tense import future_marks, future_verbs, underway_marks
from techties.records import Document


def test_perfective_verbs_in_the_present_form_are_future() -> None:
    assert future_verbs("Стороны подпишут соглашение и откроют лабораторию") == 2
    assert future_verbs("Стороны подписали соглашение и открыли лабораторию") == 0


def test_the_reporters_first_person_and_verbs_of_both_aspects_are_not_plans() -> None:
    assert future_verbs("Об этом мы поговорим позже") == 0  # first person
    assert future_verbs("Фонд реализует программу") == 0  # both aspects: reads as present too


def test_an_agreement_still_to_be_signed_is_announced() -> None:
    text = "Ростех и Huawei подпишут соглашение о совместном производстве микросхем."
    doc = Document(id="doc_tense", text=text, title="", lang="ru", published="2024-05-14")
    stages = {(e.type, e.stage) for e in extract_document(doc).events}
    assert ("agreement", "announced") in stages


def test_future_words_of_each_language_are_counted() -> None:
    assert future_marks("the fair will be held in Harbin next year", "en") == 2
    assert future_marks("the fair was held in Harbin", "en") == 0
    assert future_marks("博览会将于明年在哈尔滨举办", "zh") >= 1
    assert future_marks("博览会在哈尔滨举办", "zh") == 0
    assert future_marks("выставка пройдет в Харбине", "ru") == 1  # a perfective verb, no listed word
    assert future_marks("выставка прошла в Харбине", "ru") == 0


def test_finishing_in_the_future_is_counted_as_under_way() -> None:
    assert underway_marks("Россия завершит поставки вертолетов в 2026 году") == 1
    assert underway_marks("Россия начнет поставки вертолетов в 2026 году") == 0
    assert underway_marks("deliveries will be completed by 2026") == 1
    assert underway_marks("交付将于年底完成") == 1 and underway_marks("即将完成交付") == 1
    assert underway_marks("将开始交付") == 0


def test_an_obligation_is_still_to_be_met() -> None:
    assert future_marks("Роскосмос и CNSA должны провести заседание рабочей группы", "ru") == 1
    assert future_marks("Роскосмос и CNSA провели заседание рабочей группы", "ru") == 0
    text = "Роскосмос и CNSA должны провести заседание совместной рабочей группы по спутниковой навигации."
    doc = Document(id="doc_tense", text=text, title="", lang="ru", published="2024-05-14")
    assert [(e.type, e.stage) for e in extract_document(doc).events] == [("forum", "announced")]


def test_a_speakers_we_in_the_future_is_a_plan() -> None:
    assert future_verbs("«Мы откроем лабораторию в Иркутске осенью», — сказал ректор.") == 1
    assert future_verbs("«Будем развивать выпуск датчиков вместе», — добавил он.") == 1


def test_the_reporters_we_of_the_talk_itself_is_no_plan() -> None:
    assert future_verbs("Об этом мы поговорим с директором парка.") == 0
    assert future_verbs("«Мы продолжим совместные замеры», — сказал он.") == 0


def test_a_lab_a_rector_says_we_will_create_is_announced() -> None:
    text = ("«Мы создадим совместную лабораторию фотоники с Харбинским политехническим университетом», — "
            "сказал ректор Томского политехнического университета.")
    doc = Document(id="doc_ru_we_will", text=text, lang="ru", published="2024-09-01")
    assert ("joint_research", "announced") in {(e.type, e.stage) for e in extract_document(doc).events}


def test_the_future_of_verbs_like_dat_is_read() -> None:
    assert future_verbs("Институт создаст испытательный стенд") == 1
    assert future_verbs("Завод передаст заказчику три установки") == 1
    assert future_verbs("Резкий контраст цен") == 0
