"""What a Chinese meeting discusses is still to come: the verb a verb of discussion governs."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.extraction.signals import read_signals
from techties.extraction.stage_cues import stage_cues
from techties.extraction.tense import discussed_acts
from techties.records import Document


def test_the_verb_after_a_verb_of_discussion_or_before_a_matter_is_its_object() -> None:
    assert discussed_acts("中俄商讨举办科技论坛", [4]) == 1
    assert discussed_acts("双方讨论了明年举办论坛的事宜", [9]) == 1
    assert discussed_acts("双方讨论了合作问题，并举办了论坛", [11]) == 0  # another clause
    assert discussed_acts("论坛在喀山举办", [5]) == 0


def test_a_forum_discussed_is_announced_and_one_held_is_implemented() -> None:
    discussed = read_signals("两国部长会谈时，双方讨论了明年在喀山举办中俄青年科技论坛的事宜。", "zh")[0]
    cues = stage_cues(discussed, "forum", "zh")
    assert not cues["implemented"] and cues["future"]
    held = read_signals("中俄青年科技论坛在喀山举办。", "zh")[0]
    assert stage_cues(held, "forum", "zh")["implemented"] == 1


def test_a_story_of_a_forum_discussed_reports_it_announced() -> None:
    text = ("中俄商讨举办青年科技论坛\n"
            "中国科技部与俄罗斯科学和高等教育部代表讨论了明年在喀山举办中俄青年科技论坛的事宜。")
    doc = Document(id="doc_test", text=text, title="", lang="zh", published="2024-06-10")
    events = extract_document(doc).events
    assert events and {(e.type, e.stage) for e in events} == {("forum", "announced")}


def test_the_act_a_verb_of_striving_works_towards_is_still_to_come() -> None:
    assert discussed_acts("哈尔滨工业大学正在推动与俄方高校合作开设联合培养项目", [18]) == 1
    assert discussed_acts("在两国政府推动下建成了联合实验室", [8]) == 0  # 推动下: with the help of
    planned = read_signals("哈尔滨工业大学正在推进与莫斯科国立大学合作开设联合培养项目。", "zh")[0]
    assert not stage_cues(planned, "talent", "zh")["implemented"]
