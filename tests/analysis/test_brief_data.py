"""The data of a brief, prepared by analysis before any layout: the period checked, the
events of the scope, the period and the months before, the alerts raised and stored, and
the developments ranked by the stages' traits in the vocabulary."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from techties.analysis.brief_data import prepare_brief, rank_score, stage_weight
from techties.exceptions import RunAbort
from techties.model.curated import CuratedEvent, CuratedSource
from techties.model.loader import load_actors
from techties.store.read import alerts as alert_reads
from techties.store.store import Store

SOURCE = (CuratedSource("https://tass.com/science/1", "state_media", "TASS"),)


def _curated(id: str, date: str, stage: str = "signed", domains: tuple[str, ...] = ("nuclear",),
             type: str = "agreement") -> CuratedEvent:
    return CuratedEvent(id=id, date=date, type=type, stage=stage, domains=domains,
                        china_actors=("cn-cnnc",), russia_actors=("ru-rosatom",),
                        summary=f"{id} summary", sources=SOURCE)


def _events() -> list[CuratedEvent]:
    # a steady history, then a burst in mid-2021 that the surge rule flags
    events = [_curated(f"{y}-{m:02d}-steady", f"{y}-{m:02d}-10")
              for y in range(2016, 2021) for m in (2, 8)]
    events += [_curated(f"2021-06-burst-{d}", f"2021-06-{d:02d}") for d in range(1, 8)]
    events += [_curated("2021-03-built", "2021-03-04", "implemented", type="pilot"),
               _curated("2021-10-planned", "2021-10-01", "announced"),
               _curated("2021-11-frozen", "2021-11-02", "stalled"),
               _curated("2021-04-space", "2021-04-02", "signed", domains=("space",))]
    return events


@pytest.fixture
def store(sqlite_url: str) -> Iterator[Store]:
    with Store.open(sqlite_url) as opened:
        actors = load_actors()
        opened.sync_actors(actors)
        opened.save_curated(_events(), [], actors)
        yield opened


def test_stage_weights_follow_the_vocabulary_progress() -> None:
    assert stage_weight("implemented") > stage_weight("signed") > stage_weight("announced")
    assert (stage_weight("announced"), stage_weight("signed"), stage_weight("implemented")) \
        == (1.0, 2.0, 3.0)
    # off the way from announced to implemented: between a promise and a signature
    assert stage_weight("stalled") == stage_weight("alleged") == 1.5


def test_the_prepared_data_scopes_ranks_and_stores_alerts(store: Store) -> None:
    assert alert_reads.count(store) == 0
    data = prepare_brief(store, "2021-01", "2021-12", top=3)
    assert (data.months, data.domain) == (12, None)
    assert {e.date[:4] for e in data.period if e.date} == {"2021"}
    assert len(data.period) == 11 and data.counts == {"events": 11, "curated": 11, "extracted": 0}
    assert {e.date[:4] for e in data.before if e.date} == {"2020"} and len(data.before) == 2
    # ranked: delivery first, then signatures; ties by date
    assert [r.event.stage for r in data.developments] == ["implemented", "signed", "signed"]
    assert data.developments[0].event.date == "2021-03-04"
    assert all(r.score == rank_score(r.event) for r in data.developments)
    scores = [rank_score(e) for e in data.period]
    assert data.developments[0].score == max(scores)
    # the alerts are raised and stored first, and those of the period listed
    assert alert_reads.count(store) > 0
    assert data.alerts and all("2021-01" <= a.period <= "2021-12" for a in data.alerts)
    assert data.science is None  # no co-publication in this store


def test_a_domain_scopes_every_list(store: Store) -> None:
    data = prepare_brief(store, "2021-01", "2021-12", domain="space")
    assert [e.domains for e in data.period] == [("space",)]
    assert all("space" in e.domains for e in data.events) and not data.before


@pytest.mark.parametrize(("since", "until", "domain", "message"), [
    ("2021-13", None, None, "2021-13"),
    ("2021-01", None, "astrology", "is not a domain"),
    ("2021-06", "2021-01", None, "is before --since 2021-06"),
])
def test_a_period_or_domain_that_cannot_be_briefed_stops_the_run(
        store: Store, since: str, until: str | None, domain: str | None, message: str) -> None:
    with pytest.raises(RunAbort, match=message):
        prepare_brief(store, since, until, domain)
    assert alert_reads.count(store) == 0  # checked before anything is stored


def test_the_figures_and_the_trajectory_are_computed_before_any_layout(store: Store) -> None:
    data = prepare_brief(store, "2021-01", "2021-12")
    numbers = data.figures
    assert numbers.delivered == sum(e.stage == "implemented" for e in data.period)
    assert numbers.promised == sum(e.stage in ("announced", "signed") for e in data.period)
    assert numbers.change == len(data.period) - len(data.before) == 9
    assert sum(r.events for r in numbers.domain_rows) >= len(data.period)
    trajectory = data.trajectory
    # quarters from four years before the period to its end; the period's four highlighted
    assert trajectory.labels[0] == "2017Q1" and trajectory.labels[-1] == "2021Q4"
    assert trajectory.highlight == (len(trajectory.labels) - 4, len(trajectory.labels) - 1)
    assert all(len(v) == len(trajectory.labels) for v in trajectory.per_domain.values())
    period = slice(trajectory.highlight[0], trajectory.highlight[1] + 1)
    assert sum(trajectory.delivered[period]) == numbers.delivered
