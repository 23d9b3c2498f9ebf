"""Shipments a Chinese report gives as the reason of a third state's measure are that state's claim."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def _stages(title: str, body: str) -> dict[str, str]:
    doc = Document(id="doc_test", text=f"{title}\n{body}", title=title, lang="zh", published="2024-03-02")
    return {e.type: e.stage for e in extract_document(doc).events}


def test_supply_given_as_the_reason_of_sanctions_is_alleged() -> None:
    stages = _stages("英国制裁多家对俄出口芯片的中国公司",
                     "英国政府周二宣布对五家中国公司实施制裁，理由是这些公司向俄罗斯军工企业供应了无人机芯片。")
    assert stages.get("supply") == "alleged"


def test_supply_held_up_by_sanctions_is_no_claim() -> None:
    stages = _stages("华为对俄交付基站延误", "受欧盟制裁影响，华为向俄罗斯电信运营商交付的基站设备出现延误。")
    assert stages.get("supply") == "stalled"
