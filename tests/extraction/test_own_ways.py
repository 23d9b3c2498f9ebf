"""Both sides doing each its own thing is no dealing between them."""

from __future__ import annotations

from techties.extraction.own_ways import each_on_its_own
from techties.extraction.pipeline import extract_document
from techties.extraction.signals import read_signals
from techties.records import Document


def _own(text: str) -> bool:
    [s] = read_signals(text, "en")
    return each_on_its_own(s, "en")


def test_both_sides_with_their_own_things_are_apart() -> None:
    assert _own("Both Russia and China run their own satellite navigation systems and train engineers for them.")
    assert _own("Both Rosatom and CNNC build reactors independently of foreign suppliers.")


def test_a_joint_thing_or_one_side_is_not() -> None:
    assert not _own("Both Russia and China will link their own navigation systems together.")
    assert not _own("Both firms in China train their own engineers.")
    assert not _own("Russia and China run their own satellite systems.")  # no "both": left to other rules


def test_each_side_training_its_own_specialists_is_no_exchange() -> None:
    doc = Document(id="d", lang="en", published="2025-05-01",
                   text=("The deputy minister said both Russia and China have built their own robotics "
                         "industries and are training engineers for robot factories."))
    assert extract_document(doc).events == []
