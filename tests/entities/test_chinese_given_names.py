"""A Russian person whose given name the syllable table cannot read (亚历山大, 历 山 大 being
common words) is still found by the surname after the dot (chinese_people._surname_after_dot)."""

from __future__ import annotations

from techties.entities.people import people_in_person


def test_the_surname_after_the_dot_names_the_accused() -> None:
    found = people_in_person("法院以叛国罪判处物理学家亚历山大·卡尔波夫8年徒刑。", "zh", [])
    assert [(m.text, m.latin, m.sides) for m in found] == [("亚历山大·卡尔波夫", "Karpov", ("RU",))]


def test_no_dot_no_person() -> None:
    assert people_in_person("法院判处物理学家大学生8年徒刑。", "zh", []) == []
