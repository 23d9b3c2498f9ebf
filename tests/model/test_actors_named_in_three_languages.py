"""Bodies the knowledge base holds in bulk (filed by country and kind): their names are found
in all three languages, units hang under their groups, and the short forms left out on
purpose (foreign ministries' nicknames, ordinary words) stay out."""

from __future__ import annotations

import pytest

from techties.entities.gazetteer import find_mentions
from techties.model.loader import load_actors


def _ids(text: str) -> list[str]:
    return [m.actor.id for m in find_mentions(text) if m.actor is not None]


@pytest.mark.parametrize("text, actor_id", [
    ("Инженеры ОКБ Камова показали новый вертолёт.", "ru-kamov"),
    ("Контракт получил Казанский вертолётный завод.", "ru-kazan-helicopters"),
    ("Двигатели соберут на ОДК-Кузнецов в Самаре.", "ru-uec-kuznetsov"),
    ("The engines come from UEC-UMPO in Ufa.", "ru-uec-umpo"),
    ("卡莫夫设计局与中方企业进行了会谈。", "ru-kamov"),
    ("中国电科14所参加了展会。", "cn-cetc-14"),
    ("Делегация посетила Харбинский медицинский университет.", "cn-hmu"),
    ("The launch took place at the Jiuquan Satellite Launch Center.", "cn-jslc"),
    ("Сотрудники Минздрава России приехали в Пекин.", "ru-minzdrav"),
    ("俄罗斯卫生部代表团访问北京。", "ru-minzdrav"),
    ("Правительство Омской области подписало соглашение.", "ru-omsk-government"),
    ("南京市人民政府与俄方签署协议。", "cn-nanjing-government"),
    ("The Yunnan Provincial Government hosted the talks.", "cn-yunnan-government"),
    ("Студенты Уфимского университета науки и технологий поедут в Китай.", "ru-uust"),
    ("China Scholarship Council grants will fund the exchange.", "cn-csc"),
])
def test_new_names_are_found(text: str, actor_id: str) -> None:
    assert actor_id in _ids(text)


@pytest.mark.parametrize("text, absent", [
    ("Минфин США ввёл ограничения против банков.", "ru-minfin"),  # the US Treasury
    ("МВД Китая сообщило о задержании.", "ru-mvd"),
    ("Евразийский экономический союз обсудил пошлины.", "ru-evraz"),  # евраз- of Евразия
    ("美国证监会对该公司展开调查。", "cn-csrc"),  # the US SEC
    ("以上外资企业将在俄罗斯设厂。", "cn-shisu"),  # 上外 inside 以上外资
    ("Медаль получила Светлана Иванова.", "ru-svetlana"),
])
def test_ambiguous_short_forms_are_left_out(text: str, absent: str) -> None:
    assert absent not in _ids(text)


def test_units_hang_under_their_groups() -> None:
    parent = {a.id: a.parent for a in load_actors()}
    assert parent["ru-mil"] == parent["ru-kamov"] == "ru-russian-helicopters"
    assert parent["ru-uec-kuznetsov"] == "ru-uec"
    assert parent["ru-ueip"] == parent["ru-shk"] == "ru-tvel"
    assert parent["cn-cetc-38"] == "cn-cetc"
    assert parent["cn-crrc-sifang"] == "cn-crrc"
    assert parent["cn-casic-second"] == "cn-casic"
