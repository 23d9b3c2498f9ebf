"""A Chinese university's name before 生 is the word 大学生 (college students), not the university."""

from techties.entities.gazetteer import find_mentions


def _actor_ids(text: str) -> set[str]:
    return {m.actor.id for m in find_mentions(text) if m.actor}


def test_college_students_of_a_city_name_no_university() -> None:
    assert not any("peking" in i or "pku" in i for i in _actor_ids("一批北京大学生赴莫斯科参加暑期科技交流营。"))
    assert _actor_ids("上海大学生组团访问圣彼得堡") == set()


def test_the_university_itself_and_its_biology_faculty_are_still_read() -> None:
    plain = _actor_ids("北京大学与莫斯科国立大学签署合作协议。")
    assert plain and _actor_ids("北京大学生物系与俄方研究所合作。") & plain
