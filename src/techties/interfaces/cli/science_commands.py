"""Commands of science ties: import OpenAlex co-publications, their trend and their pairs.

Registered on the shared Typer app when app.py imports this module.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from techties.interfaces.cli.app import (
    DbOption,
    TextFormat,
    app,
    console,
    day_option,
    open_store,
    out,
)
from techties.interfaces.cli.cells import cell
from techties.interfaces.cli.writers import write_csv, write_json_lines

science_app = typer.Typer(help="Science ties: China–Russia co-publications from OpenAlex.",
                          no_args_is_help=True)
app.add_typer(science_app, name="science")

Format = Annotated[TextFormat, typer.Option("--format", help="table, json (JSON Lines) or csv.")]


class TrendBy(StrEnum):
    domain = "domain"
    pair = "pair"
    year = "year"


def _write(rows: list[dict[str, Any]], fmt: TextFormat, title: str, columns: list[str]) -> None:
    if fmt is TextFormat.json:
        write_json_lines(rows)
        return
    if fmt is TextFormat.csv:
        write_csv([{k: (json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else v)
                    for k, v in row.items()} for row in rows], columns)
        return
    table = Table(title=title)
    for column in columns:
        table.add_column(column.replace("_", " "))
    for row in rows:
        table.add_row(*[cell(", ".join(f"{k} {v}" for k, v in row[c].items())
                             if isinstance(row.get(c), dict) else row.get(c)) for c in columns])
    out.print(table)


def _domain(value: str | None) -> str | None:
    from techties.model.loader import load_vocabulary

    if value is not None and value not in load_vocabulary("domain").values:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(load_vocabulary('domain').values)}")
    return value


@science_app.command("import")
def science_import(
    sources: Annotated[list[str], typer.Argument(
        help="OpenAlex works: snapshot JSON Lines files (plain or .gz), saved API responses, "
             "folders of them, or `openalex` for the live API (works with both a Chinese and "
             "a Russian institution).")],
    mailto: Annotated[str | None, typer.Option(
        help="Your e-mail address for OpenAlex's polite pool (default: "
             "TECHTIES_OPENALEX_MAILTO).")] = None,
    since: Annotated[str | None, typer.Option(help="API: works published from this date "
                                                   "(YYYY, YYYY-MM or YYYY-MM-DD).",
                                              callback=day_option)] = None,
    until: Annotated[str | None, typer.Option(help="API: works published up to this date "
                                                   "(YYYY, YYYY-MM or YYYY-MM-DD).",
                                              callback=day_option)] = None,
    restart: Annotated[bool, typer.Option(help="API: start from the first page instead of "
                                               "resuming where the last run stopped.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    db: DbOption = None,
) -> None:
    """Import China–Russia co-publications; works without both sides are counted and left out."""
    from techties import settings
    from techties.interfaces.science_import import run_science_import

    with open_store(db, writing=True) as store:
        report = run_science_import(
            sources, store, mailto=mailto or settings.get("TECHTIES_OPENALEX_MAILTO"),
            since=since, until=until, restart=restart,
            on_page=lambda read, count: console.print(
                f"OpenAlex: {read:,} works read" + (f" of {count:,}" if count else ""),
                highlight=False))
    if as_json:
        out.print_json(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        table = Table(title="science import", show_header=False)
        for key, value in report.as_dict().items():
            if key != "failures" and (key not in ("pages", "resumed") or value):
                table.add_row(key.replace("_", " "), cell(value))
        out.print(table)
        for failure in report.failures:
            # soft wrap: a long path stays whole, so it can be copied from the terminal
            console.print(Text.assemble(("skipped", "yellow"), f" {failure.source}: {failure.message}"),
                          soft_wrap=True)
    if report.failures:
        raise typer.Exit(1)


@science_app.command("trend")
def science_trend(
    by: Annotated[TrendBy, typer.Option("--by", help="domain (works per year and domain), pair "
                                                     "(per year and institution pair) or year "
                                                     "(totals, sensitive share, new pairs).")]
    = TrendBy.domain,
    domain: Annotated[str | None, typer.Option(help="Only works in this domain.")] = None,
    top: Annotated[int, typer.Option(help="--by pair: the pairs with most works.")] = 20,
    fmt: Format = TextFormat.table,
    db: DbOption = None,
) -> None:
    """Co-publications per year, by domain, by institution pair or in total."""
    from techties.analysis import science
    from techties.store.read.science import copublications

    with open_store(db) as store:
        works = copublications(store, domain=_domain(domain))
    if by is TrendBy.domain:
        _write(science.trend_by_domain(works), fmt, "co-publications by year and domain",
               ["year", "domain", "works"])
    elif by is TrendBy.pair:
        _write(science.trend_by_pair(works, top), fmt, "co-publications by year and pair",
               ["year", "china", "russia", "works", "defence_linked", "china_id", "russia_id"])
    else:
        _write(science.trend_by_year(works), fmt, "co-publications by year",
               ["year", "works", "sensitive", "sensitive_share", "new_pairs", "new_defence_pairs"])


@science_app.command("pairs")
def science_pairs(
    domain: Annotated[str | None, typer.Option(help="Only works in this domain.")] = None,
    defence: Annotated[bool, typer.Option("--defence-linked",
                                          help="Only pairs with a defence-linked side.")] = False,
    limit: Annotated[int | None, typer.Option(help="At most this many pairs.")] = None,
    fmt: Format = TextFormat.table,
    db: DbOption = None,
) -> None:
    """China–Russia institution pairs with their number of co-publications, most first."""
    from techties.analysis import science
    from techties.store.read.science import copublications

    with open_store(db) as store:
        works = copublications(store, domain=_domain(domain))
    found = [p for p in science.pairs(works, domain) if p.defence_linked or not defence]
    rows = [p.as_dict() for p in found[:limit] if limit is None or limit > 0]
    _write(rows, fmt, f"{len(found)} China–Russia pairs",
           ["china", "russia", "works", "first_year", "last_year", "defence_linked", "domains",
            "china_id", "russia_id"])
