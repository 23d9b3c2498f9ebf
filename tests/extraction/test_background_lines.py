"""A lone English line of cooperation in general beside the story's events is background
(pipeline._without_background)."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def _types(text: str) -> list[str]:
    doc = Document(id="doc_background", text=text, title="", lang="en", published="2024-05-01")
    return [e.type for e in extract_document(doc).events]


def test_a_line_of_partnership_in_general_beside_a_signed_agreement() -> None:
    text = ("Rosatom and CNNC signed an agreement on building two nuclear power units at the Tianwan plant.\n"
            "Russia and China see nuclear energy as a key area of their partnership.")
    assert _types(text) == ["agreement"]


def test_alone_it_still_makes_the_story_relevant() -> None:
    text = "Russia and China see nuclear energy as a key area of their partnership."
    assert _types(text) == ["joint_research"]


def test_a_headline_that_only_says_to_cooperate_beside_the_story_s_events() -> None:
    title = "Moscow and Chinese regions to cooperate in high technology"
    text = (f"Moscow, 12 March.\n{title}\nA forum of Moscow and Chinese provinces was held in Shenzhen. "
            "Technopolis Moscow signed an agreement with Huawei on Tuesday to open a 5G laboratory.")
    doc = Document(id="doc_background", text=text, title=title, lang="en", published="2024-05-01")
    assert "joint_research" not in [e.type for e in extract_document(doc).events]
