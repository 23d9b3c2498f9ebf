"""A Russian infinitive governed by a word of wish, ability, decision or need names an act still
to come; after a verb of phase or achievement it is begun or done."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.extraction.tense import plan_infinitives
from techties.records import Document


def _stages(text: str) -> list[tuple[str, str]]:
    doc = Document(id="doc_test", text=text, title="", lang="ru", published="2024-05-10")
    return [(e.type, e.stage) for e in extract_document(doc).events]


def test_an_infinitive_after_a_wish_or_a_decision_is_a_plan() -> None:
    assert plan_infinitives("Росатом и CNNC могут создать совместное предприятие") == 1
    assert plan_infinitives("Стороны решили открыть лабораторию в Казани") == 1
    assert plan_infinitives("Университетам необходимо наладить обмен студентами") == 1


def test_an_infinitive_after_a_verb_of_phase_is_begun_or_done() -> None:
    assert plan_infinitives("Росатом начал строить энергоблок") == 0
    assert plan_infinitives("Huawei продолжает поставлять оборудование операторам") == 0
    assert plan_infinitives("Инженерам удалось успешно запустить установку") == 0


def test_an_infinitive_with_no_governing_verb_is_left_to_the_other_words() -> None:
    assert plan_infinitives("Цель проекта — создать центр") == 0


def test_a_joint_venture_that_may_be_set_up_is_announced() -> None:
    pair = "Росатом и Китайская национальная ядерная корпорация"
    assert _stages(f"{pair} могут создать совместное предприятие по производству топлива.") == [
        ("investment", "announced")]
    assert _stages(f"{pair} создали совместное предприятие по производству топлива.") == [
        ("investment", "implemented")]


def test_an_infinitive_in_a_relative_clause_tells_what_a_thing_can_do() -> None:
    assert plan_infinitives("Банк выпустил карты, которые можно оплачивать в обеих странах") == 0
    assert plan_infinitives("Завод получил станки, которые позволят выпускать детали") == 0
    assert plan_infinitives("Банк и платёжная система намерены выпустить новые карты") == 1


def test_an_infinitive_of_purpose_is_not_a_plan() -> None:
    assert plan_infinitives("Инженеры приехали в Шанхай, чтобы наладить оборудование") == 0
    assert plan_infinitives("Стороны встретились чтобы обсудить поставки турбин") == 0
