"""A research centre named for both countries is joint research; a firm's own stays rnd_center."""

from __future__ import annotations

import pytest

from techties.extraction.signals import read_signals


@pytest.mark.parametrize(("text", "lang"), [
    ("Tomsk State University and Jilin University run a Russian-Chinese research centre for "
     "permafrost studies.", "en"),
    ("Томский университет и Цзилиньский университет открыли совместный российско-китайский "
     "научно-исследовательский центр по изучению мерзлоты.", "ru"),
    ("吉林大学与托木斯克国立大学共建的中俄寒区研究中心正式揭牌。", "zh"),
    # the countries open a long Chinese name: region and fields stand before the centre word
    ("中国科学院设立中俄远东冻土区环境与工程国际研究中心。", "zh"),
])
def test_a_bilateral_research_centre_is_joint_research(text: str, lang: str) -> None:
    types = read_signals(text, lang)[0].types
    assert types["joint_research"] > 0
    assert types["rnd_center"] == 0


def test_a_firms_own_research_centre_stays_an_rnd_centre() -> None:
    types = read_signals("Huawei opened a new research centre in Novosibirsk to work on cameras.", "en")[0].types
    assert types["rnd_center"] > 0
    assert types["joint_research"] == 0
