"""The platform a Chinese text says news was posted on is no party (entities/channels.py)."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def _china(text: str) -> list[str]:
    doc = Document(id="d", text=text, title="", lang="zh", published="2024-03-01")
    return [a.name for e in extract_document(doc).events for a in e.china_actors]


def test_the_platform_of_a_post_is_no_party() -> None:
    text = ("中国国家航天局与俄罗斯国家航天集团公司签署了月球探测合作协议，"
            "中国国家航天局在微信公众号发布的推送中介绍了协议内容。")
    names = _china(text)
    assert "China National Space Administration" in names and "WeChat" not in names


def test_the_platform_as_a_deal_party_stays() -> None:
    names = _china("微信与俄罗斯储蓄银行签署了跨境支付技术合作协议。")
    assert "WeChat" in names
