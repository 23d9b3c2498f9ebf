"""English names for organisations a Chinese text names in characters only."""

from __future__ import annotations

from techties.entities.chinese_orgs import english_name, is_description


def test_common_words_are_translated_and_the_proper_name_is_pinyin() -> None:
    assert english_name("大连星河医疗科技有限公司", "CN") == "Dalian Xinghe Medical Technology Co., Ltd."


def test_traditional_characters_read_the_same() -> None:
    assert english_name("大連星河醫療科技有限公司", "CN") == "Dalian Xinghe Medical Technology Co., Ltd."


def test_places_that_are_not_plain_pinyin_get_their_english_spelling() -> None:
    assert english_name("哈尔滨工程大学", "CN") == "Harbin Engineering University"
    assert english_name("新西伯利亚国立技术大学", "RU") == "Novosibirsk State Technology University"


def test_a_russian_name_in_transcription_is_read_back_on_the_russian_side() -> None:
    assert english_name("彼尔姆克利莫夫公司", "RU") == "Perm Klimov Company"


def test_province_and_city_offices() -> None:
    assert english_name("吉林省人民政府", "CN") == "Jilin Provincial Government"
    assert english_name("长春市科技局", "CN") == "Changchun Municipal Science and Technology Bureau"


def test_a_long_run_of_unknown_characters_is_a_clause_not_a_name() -> None:
    assert is_description("负责远程客机研制项目合资公司")
    assert not is_description("大连星河医疗科技有限公司")
    assert is_description("国际合作中心")


def test_names_read_as_the_organisations_write_them_in_english() -> None:
    # 俄罗斯联邦 opens a body's name as "Russian Federal", 机器人 is "Robotics" in a name
    assert english_name("俄罗斯联邦牧业研究中心", "RU") == "Russian Federal Livestock Research Center"
    assert english_name("俄罗斯机器人协会", "RU") == "Russian Robotics Association"
    assert english_name("鞑靼斯坦共和国政府", "RU") == "Tatarstan Republic Government"
    assert english_name("哈尔滨国际科技交流协会", "CN") == "Harbin International Technology Exchange Association"


def test_trade_words_and_the_public_stock_form_are_descriptions() -> None:
    assert is_description("直升机公司")  # "the helicopter company"
    assert is_description("公共股票公司")  # ПАО, a legal form
    assert is_description("区域可持续发展研究中心")
    assert is_description("智慧农业实验室")  # "a smart-agriculture lab"
    assert english_name("沈阳飞机设计研究所") == "Shenyang Aircraft Design Institute"
