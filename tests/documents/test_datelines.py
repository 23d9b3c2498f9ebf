"""Datelines and date lines at the top of a story date a document that has no metadata."""

from __future__ import annotations

import pytest

from techties.documents.clean import clean_document
from techties.documents.datelines import dateline_date, find_dateline
from techties.records import RawDocument


@pytest.mark.parametrize(("text", "expected"), [
    ("Москва, 14 мая 2024 года. Компании подписали соглашение о сотрудничестве.", "2024-05-14"),
    ("Заголовок новости\n\nНОВОСИБИРСК, 3 марта 2022 г. — Учёные открыли лабораторию.", "2022-03-03"),
    ("BEIJING, May 14, 2024 -- Two firms signed a deal.", "2024-05-14"),
    ("Headline of the story\nKAZAN, Russia, 2 October 2023 - The plant opened.", "2023-10-02"),
    ("SHANGHAI, June 2019 - A new venture was set up.", "2019-06"),
    ("# A headline\n\n*Harbin, 21 April 2018*\n\nThe two universities agreed.", "2018-04-21"),
    ("新华社北京2024年5月14日电 两国企业签署合作协议。", "2024-05-14"),
    ("2023年9月8日，哈尔滨 两所大学签署了协议。", "2023-09-08"),
    ("A headline\n12.04.2021\nThe lab opened in Tomsk.", "2021-04-12"),
    ("A headline\nPublished: 2020-11-30 10:15\nThe lab opened.", "2020-11-30"),
])
def test_datelines(text: str, expected: str) -> None:
    assert dateline_date(text) == expected


def test_a_dateline_without_a_year_takes_that_of_a_full_date_in_the_text() -> None:
    text = ("新华社莫斯科5月14日电 两国企业签署协议。\n"
            "双方曾于2023年10月签署备忘录。")
    assert dateline_date(text) == "2023-05-14"
    assert dateline_date("Москва. 28 февраля. Компании договорились о поставках. "
                         "Соглашение от 3 марта 2021 года продлено.") == "2021-02-28"


def test_a_dateline_without_a_year_and_no_full_date_dates_nothing() -> None:
    # a bare year may be background ("since 2014") or a plan ("by 2030")
    assert dateline_date("新华社莫斯科5月14日电 双方计划到2030年建成实验室。") is None
    assert find_dateline("Москва. 28 февраля. Стороны договорились.", default_year=2022) is not None


@pytest.mark.parametrize("text", [
    "Russia, China and India signed a deal on May 14, 2024 in Moscow.",
    "Huawei said on Tuesday it would hire 500 engineers in Russia.",
    "Компания сообщила, что 14 мая 2024 года подписала соглашение.",
    "A headline\n" + "The story starts here and goes on.\n" * 8 + "BEIJING, May 14, 2024 -- late.",
])
def test_no_dateline(text: str) -> None:
    assert dateline_date(text) is None


def test_a_plain_text_without_metadata_is_dated_by_its_dateline() -> None:
    raw = RawDocument(source="story.txt", text="MOSCOW, 7 February 2024 - Two firms signed a deal.")
    doc = clean_document(raw)
    assert (doc.published, doc.date_basis) == ("2024-02-07", "dateline")
    raw = RawDocument(source="story.txt", published="2024-02-09",
                      text="MOSCOW, 7 February 2024 - Two firms signed a deal.")
    doc = clean_document(raw)
    assert (doc.published, doc.date_basis) == ("2024-02-09", "document")


def test_a_line_opening_with_a_numeric_date() -> None:
    assert dateline_date("Headline\n2023-10-13 10:15 The ministry said the plant had opened.") == \
        "2023-10-13"
    assert dateline_date("Headline\nОпубликовано 14.05.2024 Министерство сообщило о запуске.") == \
        "2024-05-14"
