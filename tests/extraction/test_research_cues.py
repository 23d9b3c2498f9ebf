"""Each language's own words for researchers working together name joint research: "joint work
on", "совместно изучают", "携手研发"."""

from __future__ import annotations

import pytest

from techties.extraction.signals import read_signals


@pytest.mark.parametrize(("text", "lang"), [
    ("The two institutes announced joint work on a new battery chemistry.", "en"),
    ("Two laboratories will jointly study the behaviour of permafrost under load.", "en"),
    ("Два института совместно изучают свойства новых сплавов.", "ru"),
    ("Стороны начали совместную работу над новым двигателем.", "ru"),
    ("两所大学将携手研发新型电池材料。", "zh"),
    ("双方科学家开展合作攻关,研制新型合金。", "zh"),
])
def test_working_together_on_research_is_joint_research(text: str, lang: str) -> None:
    assert read_signals(text, lang)[0].types["joint_research"] > 0


def test_building_an_alliance_is_no_deployment() -> None:
    """'construction of' also builds alliances and platforms; building works have their own words."""
    alliance = "The universities will promote the construction of a teaching alliance."
    assert read_signals(alliance, "en")[0].types["pilot"] == 0
    assert read_signals("Construction began on the second power unit in May.", "en")[0].types["pilot"] > 0
