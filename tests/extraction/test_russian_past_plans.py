"""A Russian plan told in the past tense ("планировалось начать в 2020 году", "должны были
стартовать", "Планировалось, что стороны создадут …") is a plan not kept: delayed or dropped,
stalled. "Как и планировалось" (as planned) tells it kept."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document

_PAIR = "холдинг «Вертолеты России» и китайская корпорация AVIC"


def _stages(text: str) -> list[tuple[str, str]]:
    doc = Document(id="doc_test", text=text, title="", lang="ru", published="2024-05-10")
    return [(e.type, e.stage) for e in extract_document(doc).events]


def test_a_plan_told_in_the_past_is_stalled() -> None:
    assert _stages(f"Планировалось, что {_PAIR} совместно разработают тяжелый вертолет.") == [
        ("joint_research", "stalled")]


def test_a_plan_in_the_present_is_announced() -> None:
    assert _stages(f"Планируется, что {_PAIR} совместно разработают тяжелый вертолет.") == [
        ("joint_research", "announced")]


def test_a_plan_kept_is_done() -> None:
    assert _stages(f"Как и планировалось, {_PAIR} совместно разработали тяжелый вертолет.") == [
        ("joint_research", "implemented")]
