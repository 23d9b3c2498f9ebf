"""A university alliance is academic cooperation (joint_research); the forum an alliance holds
is a forum: the head of a Chinese compound is its last noun."""

from __future__ import annotations

from techties.extraction.signals import read_signals


def test_an_alliance_of_universities_is_joint_research() -> None:
    s = read_signals("南京大学与喀山联邦大学牵头成立中俄化学高校联盟。", "zh")[0]
    assert s.types["joint_research"] > 0


def test_the_forum_of_an_alliance_is_a_forum_only() -> None:
    s = read_signals("双方讨论了明年在喀山举办第三届中俄化学高校联盟校长论坛的事宜。", "zh")[0]
    assert s.types["forum"] > 0
    assert s.types["joint_research"] == 0
