"""An event's sentences vote on its stage; a sentence that states no stage or tense gives only
its type's usual stage and does not outvote one that states it."""

from __future__ import annotations

from techties.extraction.candidates import Candidate
from techties.extraction.pipeline import _Draft, _group_stage, extract_document
from techties.records import Document, Evidence


def _stages(text: str) -> list[tuple[str, str]]:
    doc = Document(id="doc_test", text=text, title="", lang="en", published="2021-06-10")
    return [(e.type, e.stage) for e in extract_document(doc).events]


def test_a_sentence_without_a_stage_does_not_outvote_one_with_it() -> None:
    text = ("Rosatom and CNNC are partners in a joint laboratory for nuclear research in Beijing. "
            "The joint laboratory of Rosatom and CNNC will open its doors next spring.")
    assert _stages(text) == [("joint_research", "announced")]


def test_sentences_without_a_stage_keep_the_usual_stage_of_the_type() -> None:
    text = ("Rosatom and CNNC are partners in a joint laboratory for nuclear research in Beijing. "
            "The joint laboratory of Rosatom and CNNC studies fast reactors.")
    assert _stages(text) == [("joint_research", "implemented")]



def _draft(index: int, stage: str) -> _Draft:
    return _Draft(candidate=Candidate(index, "friction", {"CN", "RU"}, 1.0), type="friction", stage=stage,
                  domains=["defense"], china=[], russia=[], date=None, evidence=Evidence("", 0, 0))


def test_an_accusation_wins_a_tie() -> None:
    assert _group_stage([_draft(0, "implemented"), _draft(1, "alleged")]) == "alleged"
    assert _group_stage([_draft(0, "implemented"), _draft(1, "implemented"), _draft(2, "alleged")]) == "implemented"
