"""Commands of the curated knowledge base: demo, coverage, curated.

Registered on the shared Typer app when app.py imports this module.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from techties.curation.links import WAYBACK_API
from techties.interfaces.cli.app import DbOption, app, console, open_store, out, sample_articles


@app.command()
def demo(
    db: DbOption = None,
    serve: Annotated[bool, typer.Option(help="End by serving the dashboard.")] = True,
    host: Annotated[str, typer.Option(help="Address the dashboard listens on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port of the dashboard.")] = 8000,
) -> None:
    """Build a database from the curated knowledge base and the sample articles, then show it."""
    from techties.interfaces.demo import build_demo, demo_database_url
    from techties.store.store import database_label

    url = demo_database_url(db)
    with open_store(url) as store:
        with console.status("building the demo database"):
            summary = build_demo(store, sample_articles())
    out.print(f"techties demo: database {database_label(url)}", highlight=False, soft_wrap=True)
    table = Table(title="techties demo", show_header=False)
    report = summary.ingest
    for label, value in (
            ("events (as the dashboard counts them)", summary.counts["events"]),
            ("curated events (analyst-verified)", summary.counts["curated"]),
            ("extracted events", summary.counts["extracted"]),
            ("of which report a curated event", report.linked),
            ("sample documents ingested", report.added),
            ("relevant documents", report.relevant),
            ("duplicates linked", report.exact_duplicates + report.near_duplicates),
            ("alerts raised by the rules", summary.alerts),
            ("sample co-publications (fictional, for the Science page)", summary.copublications),
            ("failed items", len(report.failures))):
        table.add_row(label, str(value))
    out.print(table)
    domains = Table("domain", "events", title="events by domain")
    for domain, n in summary.by_domain.items():
        domains.add_row(domain, str(n))
    out.print(domains)
    latest = Table("date", "type", "stage", "china", "russia", "origin", title="latest events")
    for e in summary.latest:
        latest.add_row(e.date or "", e.type, e.stage, "; ".join(e.china_actors),
                       "; ".join(e.russia_actors), e.origin)
    out.print(latest)
    if not serve:
        from techties import settings

        if db is None and settings.demo_is_default():
            console.print("other commands read this database until you have your own, e.g. "
                          "`techties events`", highlight=False, soft_wrap=True)
        elif db is None:
            console.print(f"your own store {settings.default_database_path()} stays the default; "
                          f"query the demo with --db {database_label(url)}", highlight=False,
                          soft_wrap=True)
        return
    try:
        from techties.interfaces.web.server import serve as serve_dashboard
    except ImportError:
        console.print("the dashboard is not part of this version; "
                      f"query the demo with: techties events --db {url}")
        return
    serve_dashboard(url, host, port)


@app.command()
def coverage(
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """What the curated knowledge base covers: events per year, domain, type and stage."""
    from techties.curation.coverage import coverage as compute
    from techties.model.curated import load_curated_events

    result = compute(load_curated_events(), last_year=max(date.today().year, 2026))
    if fmt == "json":
        out.print_json(json.dumps(result, ensure_ascii=False))
        return
    if fmt != "table":
        raise typer.BadParameter("use table or json", param_hint="--format")
    out.print(f"curated events: {result['total']}   without a source URL: {result['without_url']}")
    for key in ("by_year", "by_domain", "by_type", "by_stage", "by_source_kind"):
        table = Table(key.removeprefix("by_").replace("_", " "), "events")
        for value, n in result[key].items():
            table.add_row(value, str(n), style="red" if n == 0 else None)
        out.print(table)


curated_app = typer.Typer(help="The curated record: load it into a database, check its sources.")
app.add_typer(curated_app, name="curated")


@curated_app.callback(invoke_without_command=True)
def curated(ctx: typer.Context, db: DbOption = None) -> None:
    """Load (or refresh) the curated knowledge base into the database."""
    if ctx.invoked_subcommand is not None:
        return
    from techties.curation.seed import seed_curated
    from techties.store.store import database_label

    with open_store(db, writing=True) as store:
        n = seed_curated(store)
    out.print(f"{n} curated events in {database_label(store.url)}")


@curated_app.command("check-links")
def check_links(
    record: Annotated[list[Path] | None, typer.Option(
        "--record", exists=True, dir_okay=False,
        help="Event files to check instead of the shipped record (e.g. a file you are adding).")] = None,
    workers: Annotated[int, typer.Option(help="Pages fetched at once.")] = 8,
    archive_api: Annotated[str, typer.Option(help="Wayback Machine availability API.")] = WAYBACK_API,
    fmt: Annotated[str, typer.Option("--format", help="table or json (one line per link).")] = "table",
    show_all: Annotated[bool, typer.Option("--all", help="List working links too.")] = False,
) -> None:
    """Fetch every page the record cites (needs a network) and report dead ones, each with the
    closest copy the Internet Archive holds. Exits 1 when a link is dead or failing."""
    from techties.curation.links import check_links as run_checks
    from techties.curation.links import cited_urls
    from techties.model.curated import load_curated_events, load_events_file
    from techties.settings import allow_private_urls

    if fmt not in ("table", "json"):
        raise typer.BadParameter("--format is table or json")
    events = [e for path in record for e in load_events_file(path)] if record else load_curated_events()
    urls = cited_urls(events)
    console.print(f"checking {len(urls)} links cited by {len(events)} events")
    results = run_checks(urls, allow_private=allow_private_urls(), workers=workers, api=archive_api)
    bad = [r for r in results if r.status != "ok"]
    shown = results if show_all else bad
    if fmt == "json":
        for r in shown:
            print(json.dumps(dataclasses.asdict(r), ensure_ascii=False))
    else:
        table = Table("status", "url", "cited by", "detail", "archived copy")
        for r in shown:
            table.add_row(Text(r.status, style="green" if r.status == "ok" else "red"), r.url,
                          ", ".join(r.events), r.detail, r.archived or "")
        out.print(table)
    console.print(f"{len(results) - len(bad)} ok, {sum(r.status == 'dead' for r in bad)} dead, "
                  f"{sum(r.status == 'failing' for r in bad)} failing")
    if bad:
        raise typer.Exit(1)


@app.command()
def projects(
    project_id: Annotated[str | None, typer.Argument(help="One project's id: its events in order.")] = None,
    as_of: Annotated[str | None, typer.Option(
        "--as-of", help="Judge which projects have gone quiet as of this day (YYYY-MM-DD; default today).")] = None,
    db: DbOption = None,
) -> None:
    """Projects of the curated knowledge base, the path of stages each has taken, its latest
    stage and date, and whether it has gone quiet (no event for 18 months)."""
    from techties.curation.projects import QUIET_MONTHS, project_paths

    try:
        today = date.fromisoformat(as_of) if as_of else date.today()
    except ValueError as error:
        raise typer.BadParameter(f"--as-of wants YYYY-MM-DD, not {as_of!r}") from error
    with open_store(db) as store:
        paths = project_paths(store, project_id)
    if project_id and not paths:
        raise typer.BadParameter(f"no project {project_id!r} in this database "
                                 "(load the knowledge base with `techties curated`)")
    if not project_id:
        table = Table("id", "project", "events", "from", "latest", "now", "path")
        for p in paths:
            first, _ = p.span
            state = p.state(today)
            now = f"quiet {state.months_quiet} months" if state.quiet else (state.stage or "")
            table.add_row(p.project.id, p.project.name, str(len(p.events)), first or "",
                          state.date or "", Text(now, style="yellow" if state.quiet else ""),
                          " → ".join(p.stages))
        out.print(table)
        out.print(f"quiet: no event for {QUIET_MONTHS} months before {today.isoformat()}")
        return
    (path,) = paths
    state = path.state(today)
    out.print(Text.assemble((path.project.name, "bold"), f" — {path.project.summary}"))
    out.print("path: " + " → ".join(path.stages))
    if state.date:
        out.print(f"latest: {state.stage} on {state.date}"
                  + (f" — quiet for {state.months_quiet} months" if state.quiet else ""))
    table = Table("date", "stage", "type", "summary")
    for e in path.events:
        table.add_row(e.date or "", e.stage, e.type, e.summary)
    out.print(table)
