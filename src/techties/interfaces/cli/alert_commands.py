"""`techties alerts scan|list|dismiss`: one subcommand per job.

`scan` runs the rules and stores each alert once, then delivers the new ones; `list` shows
stored alerts (and writes an Atom feed); `dismiss` closes one. Registered on the shared
Typer app when app.py imports this module.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from techties.interfaces.cli.analysis_commands import OutFormat, RulesOption
from techties.interfaces.cli.app import DbOption, app, console, month_option, open_store, out
from techties.interfaces.cli.writers import write_json_lines

alerts_app = typer.Typer(help="Alerts: scan the rules for new ones, list them, dismiss one.",
                         no_args_is_help=True)
app.add_typer(alerts_app, name="alerts")


def _show(rows: list, new: set[str], fmt: OutFormat) -> None:
    if fmt is OutFormat.json:
        from techties.analysis.delivery import alert_payload

        write_json_lines([alert_payload(a) | {"new": a.id in new} for a in rows])
        return
    table = Table(title=f"{len(rows)} alerts" + (f" ({len(new)} new)" if new else ""))
    for column in ("period", "rule", "alert", "events", "id"):
        table.add_column(column, overflow="fold")
    for a in rows:
        mark = ("new ", "bold red") if a.id in new else ""
        table.add_row(a.period, a.rule_id, Text.assemble(mark, a.title), str(len(a.event_ids)), a.id)
    out.print(table)


@alerts_app.command("scan")
def scan(
    deliver_new: Annotated[bool, typer.Option(
        "--deliver/--no-deliver", help="Send new alerts by e-mail or webhook when configured "
                                       "(TECHTIES_SMTP_HOST and TECHTIES_ALERT_TO, "
                                       "TECHTIES_ALERT_WEBHOOK).")] = True,
    fmt: Annotated[OutFormat, typer.Option("--format", help="table or json (JSON Lines).")] = OutFormat.table,
    rules_file: RulesOption = None,
    db: DbOption = None,
) -> None:
    """Run the rules over the store, store each alert once, deliver and show the new ones."""
    from techties.analysis import alerts as alerting
    from techties.analysis.delivery import configured_channels, deliver
    from techties.analysis.rules import rules_from

    with open_store(db) as store:
        report = alerting.raise_alerts(store, rules_from(rules_file))
        console.print(f"rules scanned {report.scanned_from or '—'} to {report.scanned_to or '—'}: "
                      f"{report.found} alerts, {len(report.new)} new")
        results = deliver(store, report.new, configured_channels()) if deliver_new else []
        rows = alerting.list_alerts(store, ids=report.new) if report.new else []
    failed = False
    for result in results:
        if result.error:
            failed = True
            console.print(Text.assemble((f"{result.channel} to {result.target} failed:", "yellow"),
                                        f" {result.error}"))
        elif result.sent:
            console.print(f"{result.sent} alerts sent by {result.channel} to {result.target}")
    if rows or fmt is OutFormat.json:
        _show(rows, set(report.new), fmt)
    else:
        out.print("no new alerts (`techties alerts list` shows the stored ones)")
    if failed:
        raise typer.Exit(1)


@alerts_app.command("list")
def list_(
    since: Annotated[str | None, typer.Option(help="From this month (YYYY-MM).", callback=month_option)] = None,
    until: Annotated[str | None, typer.Option(help="Up to this month (YYYY-MM).", callback=month_option)] = None,
    rule: Annotated[str | None, typer.Option(help="Only this rule's alerts.")] = None,
    domain: Annotated[str | None, typer.Option(help="Only alerts about this domain.")] = None,
    show_all: Annotated[bool, typer.Option("--all", help="Dismissed alerts too.")] = False,
    feed: Annotated[Path | None, typer.Option(help="Also write the alerts as an Atom feed.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many alerts shown.")] = 50,
    fmt: Annotated[OutFormat, typer.Option("--format", help="table or json (JSON Lines).")] = OutFormat.table,
    db: DbOption = None,
) -> None:
    """The stored alerts, newest period first; open ones unless --all."""
    from techties.analysis import alerts as alerting
    from techties.analysis.delivery import atom_feed

    with open_store(db) as store:
        rows = alerting.list_alerts(store, since=since, until=until, rule_id=rule, domain=domain,
                                    status=None if show_all else "open", limit=limit)
    if feed is not None:
        feed.write_bytes(atom_feed(rows))
        console.print(f"Atom feed of {len(rows)} alerts written to {feed}")
    _show(rows, set(), fmt)


@alerts_app.command("dismiss")
def dismiss(
    alert_id: Annotated[str, typer.Argument(help="The id of the alert, as `alerts list` shows it.")],
    db: DbOption = None,
) -> None:
    """Dismiss one alert: it stays stored, but `list` and the dashboard no longer show it."""
    from techties.analysis import alerts as alerting

    with open_store(db) as store:
        if not alerting.dismiss_alert(store, alert_id):
            console.print(Text(f"no alert {alert_id}", style="red"))
            raise typer.Exit(1)
    out.print(f"dismissed {alert_id}")
