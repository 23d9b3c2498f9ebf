"""Hospitals and design bureaus a Chinese text names outside the knowledge base are parties
too (unresolved.ZH_HEAD), named in the English their kind takes."""

from __future__ import annotations

from techties.extraction.signals import add_unresolved, read_signals


def _names(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    s = read_signals(text, "zh")[0]
    add_unresolved(s, "zh")
    return [(m.latin, m.sides) for m in s.mentions if m.kind == "unresolved"]


def test_a_russian_regional_hospital_is_a_party() -> None:
    assert _names("哈尔滨医科大学附属第一医院与俄罗斯阿穆尔州立临床医院签署远程医疗合作协议。") == [
        ("Amur Regional Clinical Hospital", ("RU",))]


def test_a_russian_design_bureau_is_a_party() -> None:
    assert _names("伊尔库茨克飞机设计局与中国商飞开展宽体客机合作。") == [
        ("Irkutsk Aircraft Design Bureau", ("RU",))]
