"""A document that reports more events of one type than are kept (a supply list, firm by
firm) still names every party: those of an event left out join the last kept one."""

from __future__ import annotations

from techties.extraction.pipeline import MAX_EVENTS_PER_TYPE, extract_document
from techties.records import Document

TEXT = """Shenzhen Alpha Electronics Co., Ltd. supplied microchips to a Russian drone maker.
Wuhan Beta Optics Co., Ltd. supplied thermal sights to a Russian arms plant.
Anyang Gamma Machinery Co., Ltd. exported machine tools to a Russian tank plant.
Chongqing Delta Aviation Co., Ltd. supplied aircraft engines to a Russian drone maker."""


def test_every_supplier_of_a_long_list_is_a_party() -> None:
    events = extract_document(Document(id="d", text=TEXT, title="", lang="en", published="2024-05-01")).events
    supply = [e for e in events if e.type == "supply"]
    assert len(supply) == MAX_EVENTS_PER_TYPE
    names = {r.name for e in supply for r in e.china_actors}
    assert {"Shenzhen Alpha Electronics", "Wuhan Beta Optics", "Anyang Gamma Machinery",
            "Chongqing Delta Aviation"} <= names
