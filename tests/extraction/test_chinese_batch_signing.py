"""A Chinese batch signing (集中签约: many project contracts signed at once) reports the
projects, of the type the sentence names; the signing is no agreement of its own. A signing
that names nothing else stays an agreement."""

from __future__ import annotations

from techties.extraction.candidates import find_candidates
from techties.extraction.chinese_documents import not_agreements
from techties.extraction.signals import read_signals


def _types(text: str) -> list[str]:
    signals = read_signals(text, "zh")
    return sorted(c.type for c in find_candidates(signals, set(), lang="zh"))


def test_a_batch_of_projects_signed_is_of_the_projects_type() -> None:
    text = "哈尔滨工业大学与俄罗斯多所大学的留学生培养项目进行了集中签约。"
    signals = read_signals(text, "zh")[0]
    assert signals.types["agreement"] > 0 and signals.types["talent"] > 0
    assert not_agreements(text, 0, signals.cue_spans) == {"agreement"}
    assert _types(text) == ["talent"]


def test_a_batch_signing_that_names_nothing_else_stays_an_agreement() -> None:
    text = "哈尔滨工业大学与俄罗斯托木斯克理工大学进行了集中签约,涉及人工智能领域。"
    signals = read_signals(text, "zh")[0]
    assert not_agreements(text, 0, signals.cue_spans) == set()


def test_a_single_agreement_signed_stays_an_agreement() -> None:
    text = "哈尔滨工业大学与俄罗斯托木斯克理工大学签署了留学生培养合作协议。"
    assert "agreement" in _types(text)
