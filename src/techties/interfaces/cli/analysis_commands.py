"""Commands of trajectories and early warning: brief, backtest, indicators, recluster and
watchlist (alerts have their own module, alert_commands).

Registered on the shared Typer app when app.py imports this module.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from techties.exceptions import RunAbort
from techties.interfaces.cli.app import DbOption, app, console, month_option, open_store, out
from techties.interfaces.cli.cells import cell
from techties.interfaces.cli.writers import write_json_lines, write_rows


class OutFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


RulesOption = Annotated[Path | None, typer.Option(
    "--rules", help="A rules file to use instead of the shipped analysis/rules.yaml.")]


@app.command()
def brief(
    since: Annotated[str, typer.Option(help="First month of the period (YYYY-MM).",
                                                callback=month_option)],
    output: Annotated[Path, typer.Option("-o", "--output", help="brief.html, brief.pdf or brief.md.")],
    until: Annotated[str | None, typer.Option(help="Last month (default: this month).",
                                                       callback=month_option)] = None,
    domain: Annotated[str | None, typer.Option(help="Only this domain.")] = None,
    fmt: Annotated[str | None, typer.Option("--format", help="html, pdf or md (default: from the file name).")] = None,
    top: Annotated[int, typer.Option(help="How many top developments.")] = 10,
    db: DbOption = None,
) -> None:
    """Write a briefing: trajectory charts, top developments with sources, alerts, method."""
    from techties.interfaces.reports.brief import build_brief, write_brief

    with open_store(db) as store:
        with console.status("building the brief"):
            built = build_brief(store, since, until, domain, top=top)
            written = write_brief(built, output, fmt)
    for path in written:
        console.print(f"wrote {path}")


def _store_curated(db: str) -> tuple[Any, Any]:
    """The curated events of a store, merged as alerts see them, and the detectors' context
    (with the store's co-publications, so that the science rules are replayed too)."""
    from techties.analysis.alerts import store_events, store_works
    from techties.analysis.detectors import Context
    from techties.model.loader import load_actors
    from techties.store.read import projects as project_reads

    with open_store(db) as store:
        events = store_events(store, origin="curated")
        projects = {p.id: p.name for p in project_reads.listing(store)}
        works = store_works(store)  # co-publications, for the science rules
    if not events:
        raise RunAbort("no curated event in this database; load the knowledge base with "
                       "`techties curated --db …`")
    actors = load_actors()
    return events, Context(defence={a.id for a in actors if a.defence_linked},
                           names={a.id: a.name for a in actors}, projects=projects, works=works)


@app.command()
def backtest(
    horizon: Annotated[int, typer.Option(help="Months after an alert in which a development "
                                              "counts as a hit.")] = 6,
    fmt: Annotated[OutFormat, typer.Option("--format", help="table, markdown or json.")] = OutFormat.table,
    rules_file: RulesOption = None,
    db: Annotated[str | None, typer.Option("--db", help="Replay the curated events of this "
                                                       "database (URL or SQLite file) instead "
                                                       "of the knowledge base's files.")] = None,
) -> None:
    """Replay the curated knowledge base month by month and score each alert rule against
    the naive baseline (alert whenever last month's count exceeds the mean).

    A hit: a curated event at stage signed or implemented, in one of the alert's domains,
    within the horizon after the alert. Precision: hits over alerts evaluated (those
    raised at least a horizon before the last event). Lead time: months to the first hit.
    """
    from techties.analysis.backtest import BASELINE, format_table, run_backtest
    from techties.analysis.rules import rules_from

    events, context = _store_curated(db) if db else (None, None)
    try:
        result = run_backtest(events, ruleset=rules_from(rules_file), horizon=horizon, context=context)
    except ValueError as exc:  # nothing dated to replay
        raise RunAbort(str(exc)) from exc
    if fmt is OutFormat.json:
        out.print_json(json.dumps(result.as_dict(), ensure_ascii=False))
        return
    if fmt is OutFormat.markdown:
        sys.stdout.write(format_table(result) + "\n")
        return
    table = Table(title=f"backtest {result.first} to {result.last}, {result.events} curated events, "
                        f"horizon {horizon} months")
    for column in ("rule", "kind", "raised", "evaluated", "hits", "precision", "mean lead",
                   "median lead", "beats baseline"):
        table.add_column(column, justify="left" if column in ("rule", "kind") else "right")
    for s in result.scores:
        beats = "—" if s.rule_id == BASELINE else ("yes" if result.beats_baseline(s.rule_id) else "no")
        table.add_row(s.rule_id, s.kind, str(s.raised), str(s.evaluated), str(s.hits),
                      "—" if s.precision is None else f"{s.precision:.3f}",
                      "—" if s.mean_lead is None else f"{s.mean_lead:.2f}",
                      "—" if s.median_lead is None else f"{s.median_lead:g}", beats)
    out.print(table)
    out.print(f"chance (a random domain-month followed by a development): {result.chance}")


class Per(StrEnum):
    month = "month"
    quarter = "quarter"
    year = "year"


class By(StrEnum):
    domain = "domain"
    type = "type"
    all = "all"


@app.command()
def indicators(
    per: Annotated[Per, typer.Option(help="month, quarter or year.")] = Per.quarter,
    by: Annotated[By, typer.Option(help="domain, type or all.")] = By.domain,
    since: Annotated[str | None, typer.Option(help="From this month (YYYY-MM).",
                                                            callback=month_option)] = None,
    until: Annotated[str | None, typer.Option(help="Up to this month (YYYY-MM).",
                                                            callback=month_option)] = None,
    only: Annotated[str | None, typer.Option("--key", help="Only this domain or type.")] = None,
    projects: Annotated[bool, typer.Option(help="Show the projects' paths and the promises "
                                                "with no follow-up instead.")] = False,
    silence: Annotated[int, typer.Option(help="Months without follow-up that make a promise "
                                              "unfulfilled.")] = 18,
    fmt: Annotated[OutFormat, typer.Option("--format", help="table, json or csv.")] = OutFormat.table,
    db: DbOption = None,
) -> None:
    """Indicators per domain or type and period, counting each happening once."""
    from techties.analysis import indicators as ind
    from techties.analysis.alerts import store_events
    from techties.analysis.periods import current_month, parse_month

    with open_store(db) as store:
        events = store_events(store)
    if projects:
        paths = ind.project_paths(events)
        as_of = parse_month(until) if until else current_month()
        promises = ind.unfulfilled_promises(events, as_of, silence)
        if fmt is OutFormat.json:
            write_json_lines([vars(p) for p in paths] + [{"promise": p.event.id, "date": p.event.date,
                                               "stage": p.event.stage, "summary": p.event.summary,
                                               "months_silent": p.months_silent}
                                              for p in promises])
            return
        table = Table("project", "events", "first announced", "first signed", "first implemented",
                      "announced→signed", "signed→implemented", "last", title="projects")
        for p in paths:
            table.add_row(p.project_id, str(p.events), p.first.get("announced", ""),
                          p.first.get("signed", ""), p.first.get("implemented", ""),
                          "" if p.announced_to_signed is None else str(p.announced_to_signed),
                          "" if p.signed_to_implemented is None else str(p.signed_to_implemented),
                          f"{p.last_date} ({p.last_stage})")
        out.print(table)
        silent = Table("date", "stage", "months silent", "summary",
                       title=f"promises with no follow-up for {silence} months")
        for promise in promises[:50]:
            silent.add_row(promise.event.date or "", promise.event.stage,
                           str(promise.months_silent), promise.event.summary[:100])
        out.print(silent)
        return
    rows, undated = ind.indicators(events, per=per.value, group=by.value,
                                   since=parse_month(since) if since else None,
                                   until=parse_month(until) if until else None, only=only)
    dicts = [r.as_dict() for r in rows]
    if write_rows(dicts, fmt):
        return
    table = Table(title=f"indicators per {per.value} by {by.value} ({undated} events dated to "
                        "the year only left out)")
    columns = ("key", "period", "events", "new_pairs", "delivery_ratio", "defence_share",
               "friction_share", "led_by_cn", "led_by_ru")
    for column in columns:
        table.add_column(column.replace("_", " "), justify="left" if column in ("key", "period") else "right")
    for d in dicts:
        table.add_row(*["—" if d[c] is None else cell(d[c]) for c in columns])
    out.print(table)


@app.command()
def recluster(db: DbOption = None) -> None:
    """Merge the reports of one happening across the whole store (ingest does it as it goes)."""
    from techties.analysis.merging import recluster as run

    with open_store(db) as store:
        events, merged = run(store)
    console.print(f"{events} events; {merged} happenings reported by several of them")


watchlist_app = typer.Typer(help="Watchlists: user lists and imported sanctions and "
                                 "export-control lists.", no_args_is_help=True)
app.add_typer(watchlist_app, name="watchlist")


@watchlist_app.command("import")
def watchlist_import(
    path: Annotated[Path, typer.Argument(help="An OpenSanctions FtM JSON, OFAC sdn.xml or sdn.csv, "
                                              "BIS Entity List (screening-list CSV) or a user list "
                                              "(YAML or CSV).")],
    list_name: Annotated[str | None, typer.Option("--list", help="Name of the list (default from "
                                                                 "the format).")] = None,
    fmt: Annotated[str | None, typer.Option("--format", help="ftm, sdn_xml, sdn_csv, entity_list "
                                                             "or user (default: detected).")] = None,
    db: DbOption = None,
) -> None:
    """Import a watchlist file; it replaces the list of the same name."""
    from techties.sources.lists import import_watchlist
    from techties.store.write import replace_watchlist

    name, entries = import_watchlist(path, list_name, fmt)
    with open_store(db) as store:
        n = replace_watchlist(store, name, [e.as_row() for e in entries])
    console.print(f"{n} entries imported into watchlist {name!r}")


@watchlist_app.command("add")
def watchlist_add(
    name: Annotated[str, typer.Argument(help="Name of the entity.")],
    list_name: Annotated[str, typer.Option("--list", help="The user list.")] = "my-watchlist",
    alias: Annotated[list[str] | None, typer.Option(help="Another name (repeatable).")] = None,
    country: Annotated[str | None, typer.Option(help="Country code.")] = None,
    note: Annotated[str | None, typer.Option(help="Why it is watched.")] = None,
    db: DbOption = None,
) -> None:
    """Add an entity to a user watchlist."""
    from techties.sources.lists import WatchEntry
    from techties.store.write import add_watchlist_entries

    entry = WatchEntry(list_name=list_name, source_format="user", entity_id=name, name=name,
                       aliases=tuple(alias or ()), countries=(country,) if country else (),
                       programs=(note,) if note else (), entity_schema="Entity")
    with open_store(db) as store:
        add_watchlist_entries(store, list_name, [entry.as_row()])
    console.print(f"{name!r} added to watchlist {list_name!r}")


@watchlist_app.command("list")
def watchlist_list(
    list_name: Annotated[str | None, typer.Option("--list", help="Only this list.")] = None,
    fmt: Annotated[OutFormat, typer.Option("--format", help="table or json.")] = OutFormat.table,
    db: DbOption = None,
) -> None:
    """The watchlists and their entries (counts per list without --list)."""
    from techties.store.read.alerts import watchlist, watchlist_counts

    with open_store(db) as store:
        counts = watchlist_counts(store)
        rows = watchlist(store, list_name) if list_name else []
    if fmt is OutFormat.json:
        write_json_lines([vars(r) for r in rows] if list_name else [{"list": k, "entries": v}
                                                          for k, v in counts.items()])
        return
    if not list_name:
        table = Table("list", "entries", title="watchlists")
        for key, value in counts.items():
            table.add_row(key, str(value))
        out.print(table)
        return
    table = Table("name", "aliases", "countries", "programs", "id", title=f"watchlist {list_name}")
    for r in rows:
        table.add_row(r.name, "; ".join(r.aliases[:4]), ", ".join(r.countries),
                      ", ".join(r.programs[:3]), r.entity_id)
    out.print(table)
