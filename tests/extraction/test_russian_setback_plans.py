"""A Russian retreat decided ("решила закрыть центр", "решил уйти с рынка") is the story's
setback: stalled, not a plan of cooperation. One only possible ("может уйти с рынка, если …")
is a prospect."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.extraction.tense import plan_infinitives, setback_plans
from techties.records import Document


def _stages(text: str) -> list[tuple[str, str]]:
    doc = Document(id="doc_test", text=text, title="", lang="ru", published="2024-05-10")
    return [(e.type, e.stage) for e in extract_document(doc).events]


def test_a_retreat_governed_by_a_plan_is_a_setback() -> None:
    assert setback_plans("Компания решила закрыть свой центр в Казани") == 1
    assert setback_plans("Поставщик решил уйти с рынка") == 1
    assert setback_plans("Поставщик может уйти с рынка") == 0
    assert setback_plans("Компания решила открыть центр в Казани") == 0
    assert plan_infinitives("Компания решила закрыть свой центр в Казани") == 1


def test_a_decided_closure_is_stalled() -> None:
    assert _stages("Китайская компания Huawei решила закрыть исследовательский центр в Новосибирске, "
                   "созданный вместе с НГУ.") == [("rnd_center", "stalled")]
    assert _stages("Китайская компания Huawei решила открыть исследовательский центр в Новосибирске "
                   "вместе с НГУ.") == [("rnd_center", "announced")]
