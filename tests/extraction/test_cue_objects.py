"""A cue's object may name another kind of event: developing a deposit is mining, investing
in science is research cooperation."""

from __future__ import annotations

from techties.extraction.cue_objects import retyped
from techties.extraction.pipeline import extract_document
from techties.extraction.signals import read_signals
from techties.records import Document


def _mining(text: str) -> bool:
    [s] = read_signals(text, "en")
    return retyped(s.sentence.text, s.sentence.start, s.cue_spans).get("joint_research") == "investment"


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


def test_investing_in_science_is_research_cooperation() -> None:
    [s] = read_signals("Its yearly investments in Russian research exceed $100 million.", "en")
    assert retyped(s.sentence.text, s.sentence.start, s.cue_spans) == {"investment": "joint_research"}
    [s] = read_signals("It invested $100 million in a Russian chip plant.", "en")
    assert retyped(s.sentence.text, s.sentence.start, s.cue_spans) == {}
