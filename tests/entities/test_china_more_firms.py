"""Chinese firms, northeastern industrial groups, universities and bonded zones added to the
knowledge base resolve under their Chinese and Russian names, under their parents."""

from __future__ import annotations

from techties.entities.gazetteer import find_mentions
from techties.model.loader import parent_of


def _ids(text: str) -> list[str]:
    return [m.actor.id for m in find_mentions(text) if m.actor is not None]


def test_firms_resolve_in_chinese() -> None:
    assert _ids("中国一重将为俄方提供核电设备。") == ["cn-cfhi"]
    assert _ids("大庆油田与俄罗斯企业交流技术。") == ["cn-daqing-oilfield"]
    assert _ids("芯原股份发布了新的处理器IP。") == ["cn-verisilicon"]
    assert _ids("黑龙江外国语学院招收俄罗斯留学生。") == ["cn-hlj-international-university"]


def test_firms_resolve_in_russian() -> None:
    assert _ids("Харбинский подшипниковый завод поставит продукцию в Россию.") == ["cn-harbin-bearing"]
    assert _ids("Делегация посетила Комплексную бондовую зону Суйфэньхэ.") == ["cn-suifenhe-bonded-zone"]


def test_units_sit_under_their_groups() -> None:
    parents = parent_of()
    assert parents["cn-daqing-oilfield"] == "cn-cnpc"
    assert parents["cn-datang-telecom"] == "cn-cict"
    assert parents["cn-jlu-first-hospital"] == "cn-jlu"
