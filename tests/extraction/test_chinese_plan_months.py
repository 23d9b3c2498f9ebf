"""A Chinese month without a year: the latest such month not after the story, unless the
sentence tells a plan and no past time (the coming month), or a year word stands before it
("今年10月", "明年3月", "去年6月") (extraction/dates.py)."""

from __future__ import annotations

from techties.extraction.dates import find_dates


def test_a_planned_month_after_the_story_is_this_year() -> None:
    assert find_dates("两国计划11月份签署航天合作协议。", "zh", "2019-08-20") == ["2019-11"]
    assert find_dates("雙方將於12月中旬前擬定項目條件。", "zh", "2019-08-20") == ["2019-12"]  # traditional


def test_a_month_of_the_past_stays_last_year() -> None:
    assert find_dates("11月，双方签署了航天合作协议。", "zh", "2019-08-20") == ["2018-11"]


def test_a_year_word_before_the_month_gives_its_year() -> None:
    assert find_dates("双方计划于今年11月签署协议。", "zh", "2019-08-20")[0] == "2019-11"
    assert find_dates("早在去年6月，双方就签署了协议。", "zh", "2019-08-20")[0] == "2018-06"
    assert find_dates("双方将于明年3月签署协议。", "zh", "2019-08-20")[0] == "2020-03"
