"""Chinese reports of treason and recruitment cases name the person in person after a role of
their own (科学家, 工程师) or with their age (52岁的); a head who speaks (所长, 院长) is no party."""

from __future__ import annotations

from techties.entities.gazetteer import find_mentions
from techties.entities.people import people_in_person
from techties.extraction.pipeline import extract_document
from techties.records import Document


def _people(sentence: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.latin) for m in people_in_person(sentence, "zh", find_mentions(sentence))]


def test_a_scientist_and_an_aged_man_are_parties_in_person() -> None:
    assert _people("新西伯利亚的七十岁物理学家帕夫洛夫被捕。") == [("帕夫洛夫", "Pavlov")]
    assert _people("法院判处47岁的斯米尔诺夫(Igor Smirnov)十年徒刑。") == [
        ("斯米尔诺夫(Igor Smirnov)", "Igor Smirnov")]


def test_a_head_who_speaks_is_not() -> None:
    assert _people("研究所所长伊万诺夫表示欢迎。") == []


def test_the_accused_of_a_chinese_treason_report_is_an_actor() -> None:
    text = ("俄罗斯男子被控向中国泄密\n\n"
            "法院今天判处一名男子十二年徒刑。45岁的库兹涅佐夫(Pavel Kuznetsov)去年在远东被捕。"
            "检方称,库兹涅佐夫将机密技术资料交给中国情报部门,他被控叛国罪。")
    doc = Document(id="doc_zh_case", text=text, lang="zh", published="2023-04-01")
    names = {a.name for e in extract_document(doc).events for a in e.russia_actors}
    assert "Pavel Kuznetsov" in names
