"""A difficulty, a hard problem or a contradiction in general (困难, 难题, 矛盾) is no dispute
between the sides: the two often overcome them together. A disagreement or a dispute between
them (分歧, 纠纷) stays friction."""

from __future__ import annotations

import pytest

from techties.extraction.signals import read_signals


@pytest.mark.parametrize("text", [
    "中俄科学家共同解决了卫星量子通信的技术难题。",
    "双方在联合研制发动机的过程中克服了诸多困难。",
    "中俄专家探讨了北极航运发展与生态保护之间的矛盾。",
])
def test_a_difficulty_overcome_together_is_no_friction(text: str) -> None:
    assert read_signals(text, "zh")[0].types["friction"] == 0


@pytest.mark.parametrize("text", [
    "中俄两家公司在发动机专利问题上存在分歧。",
    "华为与俄罗斯一家运营商因设备合同发生纠纷。",
])
def test_a_dispute_between_the_sides_stays_friction(text: str) -> None:
    assert read_signals(text, "zh")[0].types["friction"] > 0
