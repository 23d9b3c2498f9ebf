"""A Chinese trouble denied ("不会推迟", "没有取消") tells no setback: the thing goes on."""

from __future__ import annotations

from techties.extraction.signals import read_signals
from techties.extraction.stage import sentence_stages


def _stages(text: str) -> dict[str, int]:
    s = read_signals(text, "zh")[0]
    return dict(sentence_stages(s.sentence.text, s.sentence.start, s.cue_spans))


def test_a_denied_delay_or_cancellation_is_no_setback() -> None:
    assert "stalled" not in _stages("疫情影响了中俄青年科学家论坛的形式，但论坛不可能延期或取消。")
    assert "stalled" not in _stages("两国航天机构表示，联合探月任务不会推迟。")
    assert "stalled" not in _stages("中俄聯合實驗室的項目並沒有取消。")  # traditional characters


def test_a_delay_one_had_to_accept_stays_a_setback() -> None:
    assert _stages("受制裁影响，中俄宽体客机项目不得不推迟。").get("stalled")
    assert _stages("中俄宽体客机项目一再推迟。").get("stalled")
