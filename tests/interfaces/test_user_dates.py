"""Dates typed by a user: one cleaner, used by every CLI option, page filter and API parameter."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from techties.interfaces.cli.app import app
from techties.interfaces.user_dates import DateInputError, clean_partial_date

runner = CliRunner()


@pytest.mark.parametrize(("text", "expected"), [
    ("2024", "2024"), ("2024-03", "2024-03"), ("2024-3", "2024-03"), (" 2024-02-29 ", "2024-02-29"),
])
def test_a_partial_date_is_cleaned(text: str, expected: str) -> None:
    assert clean_partial_date(text) == expected


@pytest.mark.parametrize("text", ["2024-13", "yesterday", "2023-02-30", "2024-1x", "20240", "1850", ""])
def test_what_is_no_date_is_refused_with_the_expected_form(text: str) -> None:
    with pytest.raises(DateInputError, match="YYYY|year"):
        clean_partial_date(text)


def test_a_month_option_refuses_a_day() -> None:
    assert clean_partial_date("2024-05", "month") == "2024-05"
    with pytest.raises(DateInputError, match="YYYY or YYYY-MM"):
        clean_partial_date("2024-05-01", "month")


@pytest.mark.parametrize("args", [
    ["events", "--since", "2024-13"], ["events", "--since", "yesterday"],
    ["events", "--until", "2023-02-30"], ["export", "-o", "-", "--since", "2024-1x"],
    ["alerts", "list", "--since", "2024-1x"], ["alerts", "list", "--until", "2024-13"],
    ["indicators", "--since", "soon"], ["brief", "--since", "2024-13", "-o", "b.md"],
])
def test_every_date_option_exits_2_naming_the_form(args: list[str], tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'dates.sqlite'}"
    result = runner.invoke(app, [*args, "--db", db])
    assert result.exit_code == 2, result.output
    assert "YYYY" in result.output


def test_a_good_date_option_still_runs(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'dates.sqlite'}"
    assert runner.invoke(app, ["events", "--since", "2024-2", "--db", db]).exit_code == 0
    assert runner.invoke(app, ["alerts", "list", "--since", "2024", "--db", db]).exit_code == 0
