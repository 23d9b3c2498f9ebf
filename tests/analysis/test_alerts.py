"""Alerts over a store, on SQLite and PostgreSQL: raised once with their causing events,
listed as plain dataclasses for the dashboard, watchlist matches included."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from techties.analysis.alerts import (
    Alert,
    active_alerts,
    dismiss_alert,
    list_alerts,
    raise_alerts,
)
from techties.analysis.periods import parse_month
from techties.model.curated import CuratedEvent, CuratedSource, Project
from techties.model.loader import load_actors
from techties.sources.lists import import_watchlist
from techties.store.analysis_queries import replace_watchlist
from techties.store.store import Store

LISTS = Path(__file__).resolve().parents[1] / "fixtures" / "watchlists"
BACKENDS = [pytest.param("sqlite_url", id="sqlite"),
            pytest.param("pg_url", id="postgres", marks=pytest.mark.postgres)]
SOURCE = (CuratedSource("https://tass.com/science/1", "state_media", "TASS"),)


def _curated(id: str, date: str, *, type: str = "agreement", stage: str = "signed",
             domains: tuple[str, ...] = ("nuclear",), cn: tuple[str, ...] = ("cn-cnnc",),
             ru: tuple[str, ...] = ("ru-rosatom",), project: str | None = None) -> CuratedEvent:
    return CuratedEvent(id=id, date=date, type=type, stage=stage, domains=domains,
                        china_actors=cn, russia_actors=ru, summary=f"{id} summary",
                        sources=SOURCE, project=project)


def _history() -> list[CuratedEvent]:
    events = [_curated(f"{y}-{m:02d}-steady-{y}{m}", f"{y}-{m:02d}-10")
              for y in range(2016, 2021) for m in (2, 8)]
    events += [_curated(f"2021-06-burst-{d}", f"2021-06-{d:02d}") for d in range(1, 8)]
    events += [_curated("2020-03-tianwan-signed", "2020-03-05", project="tianwan-7-8"),
               _curated("2021-05-tianwan-built", "2021-05-19", type="pilot",
                        stage="implemented", project="tianwan-7-8"),
               _curated("2021-09-limbach-engines", "2021-09-10", type="supply", stage="alleged",
                        domains=("robotics", "defense"), cn=("cn-xiamen-limbach",), ru=())]
    return events


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    with Store.open(request.getfixturevalue(request.param)) as opened:
        actors = load_actors()
        opened.sync_actors(actors)
        opened.save_curated(_history(), [Project("tianwan-7-8", "Tianwan 7 and 8", "",
                                                 ("nuclear",))], actors)
        yield opened


def test_alerts_are_raised_once_with_their_causing_events(store: Store) -> None:
    name, entries = import_watchlist(LISTS / "opensanctions_entities.ftm.json")
    replace_watchlist(store.engine, name, [e.as_row() for e in entries])
    first = raise_alerts(store, until=parse_month("2022-12"))
    assert first.new and first.found == len(first.new)
    again = raise_alerts(store, until=parse_month("2022-12"))
    assert again.new == [] and again.found == first.found, "an alert is raised once"

    alerts = list_alerts(store)
    assert all(isinstance(a, Alert) and a.event_ids for a in alerts)
    by_rule = {a.rule_id: a for a in alerts}
    surge = by_rule["surge-domain"]
    assert surge.period == "2021-06" and surge.domains == ["nuclear"]
    assert {f"2021-06-burst-{d}" for d in range(1, 8)} <= set(surge.event_ids)
    assert surge.events[0].summary.endswith("summary") and surge.explanation
    escalation = by_rule["stage-escalation"]
    assert escalation.event_ids == ["2021-05-tianwan-built", "2020-03-tianwan-signed"]
    assert "Tianwan 7 and 8" in escalation.title
    watch = by_rule["watchlist"]
    assert watch.event_ids == ["2021-09-limbach-engines"]
    assert "Xiamen Limbach" in watch.title and watch.details["entries"][0]["similarity"] == 1.0


def test_active_alerts_for_the_dashboard_and_dismissal(store: Store) -> None:
    raise_alerts(store, until=parse_month("2022-12"))
    active = active_alerts(store, months=12, as_of=parse_month("2021-12"))
    assert active and all(a.status == "open" and "2021-01" <= a.period <= "2021-12"
                          for a in active)
    assert dismiss_alert(store, active[0].id)
    assert active[0].id not in {a.id for a in active_alerts(store, 12, as_of=parse_month("2021-12"))}
    assert not dismiss_alert(store, "al_missing")
