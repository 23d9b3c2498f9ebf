"""A Chinese contract whose object is a sale or a delivery is a supply contract (SCHEMA.md:
supply), not an agreement of its own; a contract for other work stays an agreement."""

from __future__ import annotations

import pytest

from techties.extraction.candidates import find_candidates
from techties.extraction.chinese_documents import not_agreements
from techties.extraction.signals import read_signals


def _types(text: str) -> list[str]:
    signals = read_signals(text, "zh")
    return sorted(c.type for c in find_candidates(signals, set(), lang="zh"))


@pytest.mark.parametrize("text", [
    "去年,俄罗斯一家机床企业与中国华为公司签订了向俄方交付500台服务器的合同。",
    "中国中车与俄罗斯铁路公司签署了价值1,200万美元的合约,以采购20台电力机车芯片。",
    "俄罗斯国家原子能公司和中核集团签订了核燃料组件供应合同。",
])
def test_a_contract_to_sell_is_a_supply(text: str) -> None:
    signals = read_signals(text, "zh")[0]
    assert signals.types["agreement"] > 0
    assert not_agreements(text, 0, signals.cue_spans) == {"agreement"}
    assert _types(text) == ["supply"]


@pytest.mark.parametrize("text", [
    "华为与俄罗斯移动通信系统公司签署了联合开发5G网络的合同。",
    "俄罗斯国家原子能公司和中核集团签订了合同,双方还讨论了核燃料供应。",
    "中国科学院与俄罗斯技术出口公司签订的合同规定联合研制新型传感器。",
])
def test_a_contract_for_other_work_stays_an_agreement(text: str) -> None:
    signals = read_signals(text, "zh")[0]
    assert not_agreements(text, 0, signals.cue_spans) == set()
    assert "agreement" in _types(text)
