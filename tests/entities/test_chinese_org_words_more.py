"""Trade words and places of the border regions get their English form in the names of Chinese
and Russian organisations outside the knowledge base."""

from __future__ import annotations

from techties.entities.chinese_orgs import english_name


def test_trade_words_are_translated() -> None:
    assert english_name("哈尔滨电机厂", "CN") == "Harbin Electric Machinery Plant"
    assert english_name("佳木斯拖拉机厂", "CN") == "Jiamusi Tractor Plant"
    assert english_name("黑河市外事办公室", "CN") == "Heihe Municipal Foreign Affairs Office"


def test_places_keep_their_english_spelling() -> None:
    assert english_name("齐齐哈尔第一机床厂", "CN") == "Qiqihar First Machine Tool Plant"
    assert english_name("珲春市人民政府", "CN") == "Hunchun Municipal Government"
    assert english_name("伊热夫斯克机械厂", "RU") == "Izhevsk Machinery Plant"
