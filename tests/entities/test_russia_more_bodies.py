"""Russian associations, funds, plants, shipyards and ports added to the knowledge base resolve
in Russian and Chinese, under their holdings."""

from __future__ import annotations

from techties.entities.gazetteer import find_mentions
from techties.model.loader import parent_of


def _ids(text: str) -> list[str]:
    return [m.actor.id for m in find_mentions(text) if m.actor is not None]


def test_bodies_resolve_in_russian_case_forms() -> None:
    assert _ids("Делегация Ассоциации инновационных регионов России посетила Шэньчжэнь.") == ["ru-airr"]
    assert _ids("На Челябинском тракторном заводе собрали новый бульдозер.") == ["ru-chtz"]
    assert _ids("Новочеркасский электровозостроительный завод выпустил электровоз.") == ["ru-nevz"]


def test_bodies_resolve_in_chinese() -> None:
    assert _ids("西伯利亚发电公司将采购中国锅炉。") == ["ru-sgk"]
    assert _ids("俄罗斯信息技术发展基金会资助了该项目。") == ["ru-rfrit"]


def test_plants_sit_under_their_holdings() -> None:
    parents = parent_of()
    assert parents["ru-nevz"] == "ru-tmh"
    assert parents["ru-chtz"] == "ru-uralvagonzavod"
    assert parents["ru-ibrae"] == "ru-ras"
