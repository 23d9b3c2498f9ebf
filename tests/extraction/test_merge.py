"""A sentence joins an event when its parties meet those of any of the event's sentences."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def test_a_party_named_by_a_later_sentence_of_the_event_links_the_next() -> None:
    text = ("Rosatom and China National Nuclear Corporation signed an agreement on fast-reactor nuclear "
            "fuel on Monday. For Rosatom the agreement was signed by its fuel company TVEL together with "
            "CNNC. TVEL said the agreement covers fuel for the CFR-600 reactor.")
    events = extract_document(Document(id="d", text=text, lang="en", published="2025-05-01")).events
    [event] = [e for e in events if e.type == "agreement"]
    assert len(event.evidence) == 3
    assert {a.name for a in event.russia_actors} == {"Rosatom", "TVEL"}
