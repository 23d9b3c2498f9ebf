"""Standing bodies and pitching sessions are meetings of the two sides: a joint committee or
subcommittee, a roadshow of projects ("роуд-шоу", "路演"), a presentation meeting ("宣介会")."""

from __future__ import annotations

import pytest

from techties.extraction.signals import read_signals


@pytest.mark.parametrize(("text", "lang"), [
    ("A joint committee on Arctic shipping was set up last year.", "en"),
    ("The two agencies formed a subcommittee on satellite navigation.", "en"),
    ("Совместный комитет по арктическому судоходству создан в прошлом году.", "ru"),
    ("В Шанхае прошло роуд-шоу российских стартапов в области ИИ.", "ru"),
    ("两国航天机构在南京联合举办月球站宣介会。", "zh"),
    ("十家俄罗斯科技企业在深圳进行项目路演。", "zh"),
])
def test_committees_and_roadshows_are_forums(text: str, lang: str) -> None:
    assert read_signals(text, lang)[0].types["forum"] > 0
