"""A Chinese deed dated after its story, with no 了 or 已, is still to come."""

from __future__ import annotations

from techties.extraction.dates import states_later_date
from techties.extraction.pipeline import extract_document
from techties.records import Document


def test_a_year_after_the_story_is_later() -> None:
    assert states_later_date("中俄联合研制的遥感卫星2027年发射。", "zh", "2025-03-01")
    assert not states_later_date("中俄联合研制的遥感卫星2023年发射。", "zh", "2025-03-01")


def _stages(title: str, body: str) -> list[tuple[str, str]]:
    doc = Document(id="doc_test", text=f"{title}\n{body}", title=title, lang="zh", published="2025-03-01")
    return [(e.type, e.stage) for e in extract_document(doc).events]


def test_a_launch_dated_after_the_story_is_announced() -> None:
    later = _stages("中俄遥感卫星发射计划", "西北工业大学与萨马拉大学联合研制的遥感卫星2027年发射。")
    assert ("joint_research", "announced") in later
    done = _stages("中俄遥感卫星发射成功", "西北工业大学与萨马拉大学联合研制的遥感卫星2023年发射。")
    assert ("joint_research", "implemented") in done
