"""A speech delivered at a meeting is no delivery of goods."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.extraction.signals import read_signals
from techties.records import Document


def test_a_delivered_speech_carries_no_supply_cue() -> None:
    [s] = read_signals("The rectors of both universities delivered speeches at the opening.", "en")
    assert "supply" not in s.types
    [s] = read_signals("The plant delivered turbines to the customer.", "en")
    assert "supply" in s.types


def test_rectors_speaking_at_a_meeting_of_two_universities_is_no_supply() -> None:
    doc = Document(id="d", lang="en", published="2025-05-01",
                   text=("Tsinghua University and Tomsk Polytechnic University held an online meeting on "
                         "cooperation in robotics on Monday. Wang Lei, president of Tsinghua University, and "
                         "the rector of Tomsk Polytechnic University delivered speeches on behalf of the two "
                         "universities."))
    assert "supply" not in {e.type for e in extract_document(doc).events}
