"""A lone Chinese line of cooperation in general that names no party of its own is background
beside the story's events, even where the story's salient party would lend it one
(pipeline._without_background, own=True)."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def _types(text: str) -> list[str]:
    doc = Document(id="doc_zh_background", text=text, title="", lang="zh", published="2024-05-01")
    return sorted(e.type for e in extract_document(doc).events)


def test_a_line_of_cooperation_in_general_beside_a_signed_agreement() -> None:
    text = ("俄罗斯国家原子能公司与中国核工业集团签署了建设两台核电机组的协议。\n"
            "俄中两国多年来在和平利用核能领域积极开展合作。")
    assert _types(text) == ["agreement"]


def test_a_line_that_names_its_parties_stays() -> None:
    text = ("俄罗斯国家原子能公司与中国核工业集团签署了建设两台核电机组的协议。\n"
            "俄罗斯国家原子能公司与中国核工业集团在和平利用核能领域积极开展合作。")
    assert "joint_research" in _types(text)


def test_alone_it_still_makes_the_story_relevant() -> None:
    assert _types("俄中两国多年来在和平利用核能领域积极开展合作。") == ["joint_research"]
