"""A known firm the document names beside an event, in a sentence that is no candidate of
its own, joins that event; one named far from every event does not."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document

TEXT = ("Huawei signed an agreement with MTS on building 5G networks in Russia. "
        "Engineers from Yandex attended the ceremony in Moscow. The weather was fine. Guests had lunch. "
        "Music played. Speeches followed. Kaspersky Lab staff later went home.")


def test_a_firm_named_beside_the_event_joins_it_and_a_distant_one_does_not() -> None:
    events = extract_document(Document(id="d", text=TEXT, title="", lang="en", published="2024-05-01")).events
    russians = {r.name for e in events for r in e.russia_actors}
    assert "Yandex" in russians
    assert "Kaspersky Lab" not in russians
