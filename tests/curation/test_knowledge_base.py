"""The shipped curated knowledge base: every record valid, the coverage the baseline
promises, no duplicates, and the landmarks analysts cite."""

from __future__ import annotations

from collections import Counter

import pytest

from techties.curation.coverage import coverage
from techties.model.curated import load_curated_events, load_projects
from techties.model.loader import load_actors, load_vocabulary

MIN_EVENTS = 250
MIN_PER_VALUE = 5
# Values with fewer real events on public record than MIN_PER_VALUE in the knowledge base;
# each still needs at least one.
SCARCE = {"quantum"}
LANDMARKS = {
    # words that the summary of at least one curated event of that year must all contain
    ("2016", "memorandum", "innovation"),
    ("2019", "Huawei", "5G"),
    ("2019", "early-warning"),
    ("2020", "treason"),
    ("2021", "Lunar"),
}


@pytest.fixture(scope="module")
def events():  # type: ignore[no-untyped-def]
    return load_curated_events()


def test_enough_events_each_with_a_source_url(events) -> None:  # type: ignore[no-untyped-def]
    assert len(events) >= MIN_EVENTS
    assert all(source.url.startswith(("http://", "https://"))
               for event in events for source in event.sources)
    assert coverage(events, last_year=2026)["without_url"] == 0


def test_every_year_stage_type_and_domain_is_covered(events) -> None:  # type: ignore[no-untyped-def]
    counts = coverage(events, last_year=2026)
    assert all(n > 0 for n in counts["by_year"].values()), counts["by_year"]
    assert all(n > 0 for n in counts["by_stage"].values()), counts["by_stage"]
    for key in ("by_type", "by_domain"):
        thin = {v: n for v, n in counts[key].items()
                if n < (1 if v in SCARCE else MIN_PER_VALUE)}
        assert not thin, f"{key}: {thin}"


def test_records_use_the_vocabulary_and_the_actor_knowledge_base(events) -> None:  # type: ignore[no-untyped-def]
    countries = {a.id: a.country for a in load_actors()}
    types = set(load_vocabulary("event_type").values)
    stages = set(load_vocabulary("stage").values)
    domains = set(load_vocabulary("domain").values)
    projects = {p.id for p in load_projects()}
    for e in events:
        assert e.type in types and e.stage in stages and set(e.domains) <= domains, e.id
        assert all(countries[a] == "CN" for a in e.china_actors), e.id
        assert all(countries[a] == "RU" for a in e.russia_actors), e.id
        assert e.project is None or e.project in projects, e.id


def test_no_duplicate_events(events) -> None:  # type: ignore[no-untyped-def]
    keys = Counter(e.content_key() for e in events)
    assert [k for k, n in keys.items() if n > 1] == []
    summaries = Counter(e.summary.casefold() for e in events)
    assert [s for s, n in summaries.items() if n > 1] == []


def test_projects_have_a_path_of_several_events(events) -> None:  # type: ignore[no-untyped-def]
    per_project = Counter(e.project for e in events if e.project)
    for landmark in ("cr929", "ilrs", "glonass-beidou"):
        assert per_project[landmark] >= 2, landmark
        stages = {e.stage for e in events if e.project == landmark}
        assert len(stages) >= 2, f"{landmark} shows no path: {stages}"


@pytest.mark.parametrize("landmark", sorted(LANDMARKS))
def test_landmarks_analysts_cite_are_present(events, landmark: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    year, *words = landmark
    assert any(e.year == year and all(w.casefold() in e.summary.casefold() for w in words)
               for e in events), landmark
