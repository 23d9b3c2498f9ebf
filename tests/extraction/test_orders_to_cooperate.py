"""An order to cooperate is a command, not an order for goods: joint work still to do."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def _events(text: str) -> list[tuple[str, str]]:
    doc = Document(id="d", lang="en", published="2025-01-05", text=text)
    return [(e.type, e.stage) for e in extract_document(doc).events]


def test_an_order_to_cooperate_is_joint_work_planned() -> None:
    assert _events("The Kremlin ordered the government and Rostelecom to expand cooperation with Huawei "
                   "on cloud computing.") == [("joint_research", "announced")]


def test_an_instruction_to_cooperate_is_planned() -> None:
    assert _events("Putin instructed VK to strengthen cooperation with Alibaba in cloud computing.") \
        == [("joint_research", "announced")]


def test_an_order_for_goods_is_still_a_supply() -> None:
    assert [t for t, _s in _events("Rostelecom ordered 500 servers for its cloud computing centres from Huawei.")] \
        == ["supply"]
