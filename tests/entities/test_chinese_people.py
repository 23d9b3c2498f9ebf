"""People named in Chinese sentences get their side and the Latin name the press uses."""

from __future__ import annotations

import pytest

from techties.entities.chinese_people import find_chinese_text_people, romanise_chinese, romanise_russian
from techties.entities.gazetteer import find_mentions
from techties.extraction.pipeline import extract_document
from techties.model.lexicon import tokenize
from techties.records import Document


def people(sentence: str) -> list[tuple[str, str, str | None]]:
    known = find_mentions(sentence, tokenize(sentence))
    return [(m.text, m.sides[0], m.latin) for m in find_chinese_text_people(sentence, known)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # Chinese name after the title, pinyin family name first
    ("南京大学副校长王建国在会上介绍了合作项目。", [("王建国", "CN", "Wang Jianguo")]),
    # a Chinese name before the title; a compound family name
    ("哈尔滨工业大学欧阳明远教授率团访问莫斯科。", [("欧阳明远", "CN", "Ouyang Mingyuan")]),
    # a Russian name read back from the transcription table, with and without the given name
    ("俄方代表、物理学家鲍里索夫表示愿意继续合作。", [("鲍里索夫", "RU", "Borisov")]),
    ("俄罗斯科学院院士谢尔盖·伊万诺夫出席了签字仪式。", [("谢尔盖·伊万诺夫", "RU", "Sergei Ivanov")]),
    # the source's own Latin spelling in brackets wins over the transcription
    ("该实验室负责人卡列宁(Pavel Karenin)被捕。", [("卡列宁(Pavel Karenin)", "RU", "Pavel Karenin")]),
])
def test_names_beside_a_role(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert people(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "俄罗斯科学家与中国同行举行了会谈。",  # 罗斯 in 俄罗斯 is a country, not a name
    "双方科学家和工程师将共同开展研究。",  # roles without any name
    "该公司负责人表示,项目进展顺利。",  # 公司 is not a given name
])
def test_no_person_without_a_name(sentence: str) -> None:
    assert people(sentence) == []


def test_romanisation_tables() -> None:
    assert romanise_chinese("曾明") == "Zeng Ming"  # the family-name reading, not ceng
    assert romanise_russian("卡拉什尼科夫") == "Kalashnikov"
    assert romanise_russian("科瓦列夫斯基") == "Kovalevsky"  # 斯基 is -sky
    assert romanise_russian("伊万·伊万诺维奇") == "Ivan Ivanovich"  # 维奇 is -vich


def test_a_person_joins_the_event_without_splitting_it() -> None:
    text = ("2024年5月,中国科学院与俄罗斯科学院签署了量子通信联合研究协议。"
            "中国科学院院长李国强与俄罗斯科学院院长克拉萨夫采夫院士出席签字仪式。")
    doc = Document(id="zh-people", text=text, lang="zh", published="2024-05-20")
    extraction = extract_document(doc)
    agreements = [e for e in extraction.events if e.type == "agreement"]
    assert len(agreements) == 1
    names = {a.name for a in agreements[0].china_actors + agreements[0].russia_actors}
    assert {"Chinese Academy of Sciences", "Russian Academy of Sciences"} <= names


def test_a_person_named_in_latin_letters_inside_chinese_text() -> None:
    from techties.entities.people import find_people

    sentence = "两位俄罗斯学生加入了华为,他们是22岁女生Anna Petrova和20岁男生Oleg Sidorov。"
    found = find_people(sentence, "zh", find_mentions(sentence))
    assert [(m.latin, m.sides) for m in found] == [("Anna Petrova", ("RU",)), ("Oleg Sidorov", ("RU",))]
    # a name of no telling shape is not given a side
    assert find_people("他们会见了Peter Smith。", "zh", []) == []
