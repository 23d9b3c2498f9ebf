"""Russian consulates, associations, plants and medical centres added to the knowledge base
resolve in Russian and English, under their parents."""

from __future__ import annotations

from techties.entities.gazetteer import find_mentions
from techties.model.loader import parent_of


def _actors(text: str) -> list[str]:
    return [m.actor.id for m in find_mentions(text) if m.actor is not None]


def test_new_russian_bodies_resolve_in_two_languages() -> None:
    assert _actors("Приём прошёл в Генконсульстве России в Харбине.") == ["ru-consulate-harbin"]
    assert _actors("The Russian Consulate General in Shanghai hosted the fair.") == ["ru-consulate-shanghai"]
    assert _actors("Всероссийское общество изобретателей и рационализаторов наградило авторов.") == ["ru-voir"]
    assert _actors("Иркутский авиазавод собрал новый самолёт.") == ["ru-irkutsk-aviation-plant"]
    assert _actors("Атоммаш изготовил корпус реактора.") == ["ru-atommash"]


def test_new_units_sit_under_their_holdings() -> None:
    parents = parent_of()
    assert parents["ru-atommash"] == "ru-atomenergomash"
    assert parents["ru-irkutsk-aviation-plant"] == "ru-irkut"
    assert parents["ru-burnasyan"] == "ru-fmba"


def test_russian_bodies_resolve_under_their_chinese_names() -> None:
    assert _actors("瓦格纳集团据报道从中国公司购买了卫星图像。") == ["ru-wagner-group"]
    assert _actors("俄原子能集团与中方签署了燃料供应合同。") == ["ru-rosatom"]
    assert _actors("俄罗斯联合发动机制造公司展示了新型发动机。") == ["ru-uec"]
    assert _actors("俄罗斯教科部与中国科技部举行会谈。")[0] == "ru-minobrnauki"
    assert _actors("莫斯科地铁测试了人脸识别支付。") == ["ru-moscow-metro"]
