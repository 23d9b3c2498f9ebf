"""The joint development of a deposit or a field is an investment, not joint research."""

from __future__ import annotations

from techties.extraction.deposits import resource_investment
from techties.extraction.pipeline import extract_document
from techties.extraction.signals import read_signals
from techties.records import Document


def _mining(text: str) -> bool:
    [s] = read_signals(text, "en")
    return resource_investment(s.sentence.text, s.sentence.start, s.cue_spans)


def test_developing_a_deposit_is_mining() -> None:
    assert _mining("The two firms agreed on the joint development of a lithium deposit in Yakutia.")
    assert _mining("They will jointly develop the Baikal copper field.")
    assert not _mining("The two firms agreed on the joint development of a lithium battery.")
    assert not _mining("The institutes will jointly develop sensors, and test them at a mine.")


def test_a_venture_to_mine_a_deposit_is_an_investment() -> None:
    doc = Document(id="d", lang="en", published="2024-02-01",
                   text=("Nornickel is in talks with Chinese partners on the joint development of a nickel "
                         "deposit in the Arctic, using Chinese extraction technology, a company official said."))
    assert [e.type for e in extract_document(doc).events] == ["investment"]
