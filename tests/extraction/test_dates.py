import pytest

from techties.extraction.dates import find_date


@pytest.mark.parametrize(("sentence", "lang", "published", "expected"), [
    ("The deal was signed on 14 August 2019 in Harbin.", "en", None, "2019-08-14"),
    ("It was announced on March 3, 2021.", "en", None, "2021-03-03"),
    ("The firm said last month that it would hire engineers.", "en", "2021-01-15", "2020-12"),
    ("It may hire engineers soon.", "en", "2021-01-15", None),
    ("Он заявил об этом в прошлом году.", "ru", "2020-05-01", "2019"),
    ("Соглашение подписали 14 августа 2019 г.", "ru", None, "2019-08-14"),
    ("В этом году стороны запустят проект.", "ru", "2022-06-01", "2022"),
    ("去年双方签署了协议。", "zh", "2020-02-01", "2019"),
    ("2019年8月14日双方签署协议。", "zh", None, "2019-08-14"),
    ("8月14日双方签署协议。", "zh", "2020-09-01", "2020-08-14"),
    ("Huawei plans to triple its staff by 2025.", "en", "2019-08", "2025"),
    ("The court ruled on Tuesday.", "en", "2023-02-24", "2023-02-24"),
])
def test_find_date(sentence: str, lang: str, published: str | None, expected: str | None) -> None:
    assert find_date(sentence, lang, published) == expected


def test_month_without_year_after_publication_is_last_year() -> None:
    assert find_date("In November the lab opened.", "en", "2021-03-02") == "2020-11"
