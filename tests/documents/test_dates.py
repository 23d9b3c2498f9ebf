"""clean_date reads the forms sources use and turns junk into None."""

from __future__ import annotations

import time
from datetime import date, datetime

import pytest

from techties.documents.dates import clean_date, find_full_date


@pytest.mark.parametrize(("value", "lang", "expected"), [
    ("2019-08-14", None, "2019-08-14"),
    ("2019-08-14T21:05:00+03:00", None, "2019-08-14"),
    ("2019-08-14 21:05", None, "2019-08-14"),
    ("2019/8/4", None, "2019-08-04"),
    ("20190814", None, "2019-08-14"),
    ("2019-08", None, "2019-08"),
    ("2019", None, "2019"),
    ("Wed, 14 Aug 2019 23:30:00 -0500", None, "2019-08-14"),  # the date as written, not in UTC
    ("Tue, 03 Sep 2024 01:00:00 GMT", None, "2024-09-03"),
    ("14 August 2019", "en", "2019-08-14"),
    ("August 14, 2019", "en", "2019-08-14"),
    ("Aug 2019", None, "2019-08"),
    ("14 августа 2019 г.", "ru", "2019-08-14"),
    ("14 августа 2019 г.", None, "2019-08-14"),
    ("в марте 2021 года", "ru", "2021-03"),
    ("14.08.2019", None, "2019-08-14"),
    ("2019年8月14日", "zh", "2019-08-14"),
    ("2019年08月", "zh", "2019-08"),
    ("发布时间：2019-08-14 10:23", "zh", "2019-08-14"),
    ("08/14/2019", "en", "2019-08-14"),
    ("14 de agosto de 2019", "es", "2019-08-14"),
])
def test_forms(value: str, lang: str | None, expected: str) -> None:
    assert clean_date(value, lang) == expected


@pytest.mark.parametrize("value", [
    "", "   ", "junk", "n/a", "yesterday", "8月14日", "1989-12-31", "2101", "3000-01-01",
    "2019-02-30", "2019-13-01", "Mon, 32 Aug 2019 10:00:00 +0000", None, 2019, "x" * 200,
])
def test_junk_is_none(value: object) -> None:
    assert clean_date(value) is None


def test_date_objects() -> None:
    assert clean_date(date(2020, 1, 2)) == "2020-01-02"
    assert clean_date(datetime(2020, 1, 2, 23, 59)) == "2020-01-02"
    assert clean_date(time.strptime("2020-03-04", "%Y-%m-%d")) == "2020-03-04"
    assert clean_date(date(1985, 1, 1)) is None


def test_common_forms_skip_dateparser(monkeypatch: pytest.MonkeyPatch) -> None:
    from techties.documents import dates

    monkeypatch.setattr(dates, "_dateparser", lambda *args: pytest.fail("dateparser called"))
    common = ("2019-08-14", "14 августа 2019 г.", "2019年8月14日", "Wed, 14 Aug 2019 10:00 GMT")
    for value in common:
        assert clean_date(value)


def test_find_full_date_takes_the_first_day_precise_date() -> None:
    assert find_full_date("Обновлено: 15 мая 2023 г., опубликовано 2023-05-14") == "2023-05-15"
    assert find_full_date("来源：新华网 2022年9月6日 08:00") == "2022-09-06"
    assert find_full_date("In March 2024 the lab opened") is None
