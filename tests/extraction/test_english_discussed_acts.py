"""An English act that a verb of discussion governs as a gerund, or that is mulled or yet to
happen, is planned, not done."""

from __future__ import annotations

from techties.extraction.signals import read_signals
from techties.extraction.stage import decide_stage
from techties.extraction.stage_cues import stage_cues


def _stage(text: str, event_type: str) -> str:
    cues = stage_cues(read_signals(text, "en")[0], event_type, "en")
    return decide_stage(event_type, cues, cues)


def test_a_fund_discussed_as_a_gerund_is_announced() -> None:
    assert _stage("Officials of Gazprombank and Bank of China discussed creating a joint venture fund for chip plants.",
                  "investment") == "announced"


def test_a_fund_mulled_or_a_lab_yet_to_open_is_announced() -> None:
    assert _stage("Tencent and VK are mulling a joint venture fund for games.", "investment") == "announced"
    assert _stage("The joint laboratory of Fudan University and Tomsk State University has yet to open.",
                  "joint_research") == "announced"
