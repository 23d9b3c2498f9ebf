"""The field word in the name of a firm outside the knowledge base is no field of its deal."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def test_a_firm_s_name_does_not_give_its_deal_a_field() -> None:
    text = "Rostec signed an agreement with China's Zhongda Robotics Group on 5G base stations for Russian farms."
    [event] = extract_document(Document(id="d", text=text, lang="en", published="2023-04-02")).events
    assert event.domains == ["telecom_5g"]
