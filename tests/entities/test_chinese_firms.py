"""Chinese firms outside the knowledge base, named in Chinese text."""

from __future__ import annotations

from techties.entities.gazetteer import find_mentions
from techties.entities.unresolved import find_unresolved


def _firms(sentence: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    found = find_unresolved(sentence, "zh", find_mentions(sentence))
    return [(m.text, m.sides, m.latin) for m in found]


def test_a_firm_name_starts_at_the_place_it_is_registered_in() -> None:
    sentence = "名单上包括宁波青禾光电有限公司等企业。"
    assert _firms(sentence) == [("宁波青禾光电有限公司", ("CN",), "Ningbo Qinghe Optoelectronic Co., Ltd.")]


def test_the_latin_name_in_brackets_after_it_is_kept_as_written() -> None:
    sentence = "被点名的有「音译：苏州远帆电子贸易公司」（Suzhou Yuanfan Electronics Trading Co.）。"
    [(text, sides, latin)] = _firms(sentence)
    assert sides == ("CN",) and latin == "Suzhou Yuanfan Electronics Trading Co"
    assert text.startswith("苏州远帆") and text.endswith("）")


def test_traditional_characters_are_read_too() -> None:
    sentence = "制裁名單包括廣州青禾光電股份有限公司（Guangzhou Qinghe Optics）。"
    assert _firms(sentence)[0][2] == "Guangzhou Qinghe Optics"


def test_a_body_of_field_words_is_a_department_not_a_name() -> None:
    assert _firms("代表团参观了俄罗斯科学院海洋研究所和创业孵化器管理有限公司。") == []
    # with its city in front, the same words are an institute's name
    assert [t for t, _, _ in _firms("代表团参观了上海技术物理研究所。")] == ["上海技术物理研究所"]


def test_a_name_is_not_read_across_a_country_word() -> None:
    assert _firms("俄罗斯科学院院士访问了哈尔滨。") == []


def test_a_name_of_common_words_alone_describes_a_lab_without_naming_it() -> None:
    assert _firms("俄方代表参观了哈尔滨的机器人实验室。") == []


def test_a_count_of_firms_is_not_part_of_a_name_and_third_country_firms_are_dropped() -> None:
    assert [t for t, _, _ in _firms("美国制裁了中国的3家星河电子公司。")] == ["星河电子公司"]
    assert _firms("名单还包括5家印度公司和两家哈萨克公司。") == []


def test_a_firm_named_in_latin_letters_before_a_chinese_head() -> None:
    assert _firms("俄罗斯Volga Robotics有限公司与中方签署了协议。") == [
        ("Volga Robotics有限公司", ("RU",), "Volga Robotics Co., Ltd.")]
    assert _firms("俄罗斯International Group公司与中方签署了协议。") == []


def test_the_side_comes_from_the_nearest_side_word_not_from_a_character_of_another_word() -> None:
    # 中 of 会议中 is no word for China
    assert _firms("俄罗斯方面在会议中表示,星河电子公司将提供设备。")[0][:2] == ("星河电子公司", ("RU",))


def test_a_firm_named_in_latin_letters_after_the_word_that_says_what_it_is() -> None:
    assert _firms("俄罗斯无人机开发商Skyline Aero计划向中方采购电池。") == [
        ("Skyline Aero", ("RU",), "Skyline Aero")]
    assert _firms("中国芯片供应商Orion Micro和俄罗斯企业签署了协议。")[0][:2] == ("Orion Micro", ("CN",))
    # a name of generic words is no firm
    assert _firms("俄罗斯运营商International Systems表示…") == []


def test_a_latin_name_written_against_chinese_characters_is_found() -> None:
    found = [(m.text, m.actor.id) for m in find_mentions("华为与MTS签署了5G协议。") if m.actor is not None]
    assert ("MTS", "ru-mts") in found
    found = [m.text for m in find_mentions("俄罗斯制造商Hydromash将供应起落架。") if m.actor is not None]
    assert found == ["Hydromash"]
