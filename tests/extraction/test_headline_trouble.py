"""Trouble a headline reports is the stage of the events whose own sentences state none: the
body's line that describes the project does not tell its fate."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def _stages(title: str, text: str, lang: str) -> set[tuple[str, str]]:
    doc = Document(id="doc_trouble", text=text, title=title, lang=lang, published="2024-05-14")
    return {(e.type, e.stage) for e in extract_document(doc).events}


def test_a_project_frozen_in_the_headline_is_stalled() -> None:
    body = "中俄联合研制的远程宽体客机由中国商飞和俄罗斯联合航空制造集团共同设计。"
    assert ("joint_research", "stalled") in _stages("俄罗斯冻结与中国联合研制宽体客机项目", body, "zh")


def test_a_headline_without_trouble_leaves_the_project_at_work() -> None:
    body = "中俄联合研制的远程宽体客机由中国商飞和俄罗斯联合航空制造集团共同设计。"
    assert ("joint_research", "implemented") in _stages("中俄宽体客机项目进展", body, "zh")
