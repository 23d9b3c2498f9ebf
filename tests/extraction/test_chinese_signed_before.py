"""A Chinese verb of signing before 的 names a document signed before; it reports no signing."""

from __future__ import annotations

from techties.extraction.signals import read_signals
from techties.extraction.stage_cues import stage_cues
from techties.extraction.tense import signings_named


def test_signing_before_de_modifies_a_document() -> None:
    assert signings_named("这是双方2019年签署的供货合同的一部分") == 1
    assert signings_named("雙方簽訂的合同") == 1
    assert signings_named("双方签署了供货合同") == 0


def test_a_delivery_under_a_contract_signed_before_is_not_signed() -> None:
    s = read_signals("这批燃气轮机是俄罗斯联合发动机制造集团与中国华电集团2019年签署的供货合同的一部分。", "zh")[0]
    assert not stage_cues(s, "supply", "zh")["signed"]
    deal = read_signals("俄罗斯联合发动机制造集团与中国华电集团签署了燃气轮机供货合同。", "zh")[0]
    assert stage_cues(deal, "supply", "zh")["signed"]
    document = read_signals("双方2019年签署的合作协议规定了联合研制的分工。", "zh")[0]
    assert stage_cues(document, "agreement", "zh")["signed"]  # the document itself is signed
