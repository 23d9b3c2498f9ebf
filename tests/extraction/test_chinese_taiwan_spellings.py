"""Taiwan and Hong Kong write some stage words otherwise than the mainland (計畫 for 计划, 報導
for 报道, 啟用 for 投入使用); read as simplified they are other strings, and must be cues as well."""

from __future__ import annotations

from techties.extraction.signals import read_signals
from techties.extraction.stage_cues import stage_cues


def test_a_plan_in_taiwan_spelling_is_announced() -> None:
    s = read_signals("華為計畫在俄羅斯新西伯利亞建立研發中心。", "zh")[0]
    assert stage_cues(s, "rnd_center", "zh")["announced"] == 1


def test_a_press_report_in_taiwan_spelling_is_a_claim() -> None:
    s = read_signals("據報導，兩家中國公司向俄羅斯出口無人機晶片。", "zh")[0]
    assert stage_cues(s, "supply", "zh")["alleged"] == 1


def test_a_facility_put_into_use_the_hong_kong_and_taiwan_way_is_done() -> None:
    s = read_signals("中俄聯合實驗室上月在哈爾濱正式啟用。", "zh")[0]
    assert stage_cues(s, "joint_research", "zh")["implemented"] >= 1
