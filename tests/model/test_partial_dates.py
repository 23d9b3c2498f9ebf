"""The partial date, the one value every layer dates things with."""

from __future__ import annotations

from techties.model.partial_dates import PartialDate, is_well_formed, partial_date, precision_of


def test_text_form_round_trips_at_each_precision() -> None:
    for text in ("2019", "2019-08", "2019-08-14"):
        found = PartialDate.parse(text)
        assert found is not None and str(found) == text
    assert [precision_of(t) for t in ("2019", "2019-08", "2019-08-14", None)] == ["year", "month", "day", None]


def test_parse_refuses_other_shapes() -> None:
    for text in ("", None, "19", "2019-8", "14.08.2019", "2019-08-14T10:00"):
        assert PartialDate.parse(text) is None


def test_checked_refuses_what_the_calendar_lacks() -> None:
    assert partial_date(2024, 2, 29) == "2024-02-29"
    assert partial_date(2023, 2, 29) is None
    assert partial_date(2023, 13) is None
    assert partial_date(1950) is None  # before any document techties reads
    assert partial_date(2023, 5) == "2023-05"


def test_month_and_day_arithmetic() -> None:
    may = PartialDate.parse("2024-05-14")
    assert may is not None and may.month_index == 2024 * 12 + 4
    assert may.day_ordinal == PartialDate.parse("2024-05-13").day_ordinal + 1  # type: ignore[union-attr,operator]
    year = PartialDate.parse("2024")
    assert year is not None and year.month_index is None and year.day_ordinal is None


def test_well_formed_is_the_validators_shape() -> None:
    assert is_well_formed("2024-05-14") and is_well_formed("2024")
    assert not is_well_formed("2024-13") and not is_well_formed("2024-05-32") and not is_well_formed("1899")


def test_the_years_a_user_may_type_are_those_a_well_formed_date_has() -> None:
    from techties.interfaces.user_dates import DateInputError, clean_partial_date
    from techties.model.partial_dates import INPUT_FIRST_YEAR, INPUT_LAST_YEAR

    for year in (INPUT_FIRST_YEAR, INPUT_LAST_YEAR):
        assert is_well_formed(str(year)) and clean_partial_date(str(year)) == str(year)
    for year in (INPUT_FIRST_YEAR - 1, INPUT_LAST_YEAR + 1):
        assert not is_well_formed(str(year))
        try:
            clean_partial_date(str(year))
        except DateInputError:
            continue
        raise AssertionError(f"{year} was accepted")
