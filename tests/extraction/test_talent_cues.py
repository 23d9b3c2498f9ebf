"""Chinese names for programmes of study are talent: a joint education programme (联合教育项目),
an education plan (教育计划)."""

from __future__ import annotations

import pytest

from techties.extraction.signals import read_signals


@pytest.mark.parametrize("text", [
    "喀山一所大学正与中国高校筹备联合教育项目。",
    "双方启动了新的教育项目。",
    "双方制定了新的教育计划。",
])
def test_programmes_of_study_are_talent(text: str) -> None:
    assert read_signals(text, "zh")[0].types["talent"] > 0
