"""One happening, many reports: the merge of extracted events across documents and
languages, on records and on the sample articles through the real ingest."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from techties.analysis.alerts import store_events
from techties.analysis.events import merged_events
from techties.analysis.merging import cluster_reports, recluster
from techties.interfaces.ingest import run_ingest
from techties.model.loader import load_actors
from techties.store.store import Store

from .factories import report

SAMPLES = Path(__file__).resolve().parents[2] / "src" / "techties" / "samples" / "articles"
# Each pair reports one happening in two languages and wordings.
PAIRS = {
    "MTS–Huawei 5G agreement, June 2019": ("en_mts_huawei_5g_agreement_2019.html",
                                           "ru_report_mts_huawei_5g_2019.txt"),
    "ILRS memorandum, March 2021": ("zh_ilrs_roscosmos_cnsa_2021.md",
                                    "en_report_ilrs_memorandum_2021.txt"),
    "GLONASS–BeiDou agreement, November 2018": ("ru_glonass_beidou_agreement_2018.md",
                                                "zh_report_glonass_beidou_2018.txt"),
    "RAS–CAS agreement, June 2018": ("ru_ran_kan_academies_2018.md",
                                     "en_report_ras_cas_academies_2018.txt"),
}


def test_reports_in_different_languages_with_the_same_actors_merge() -> None:
    a = report("a", "2021-03-09", document="d1", lang="zh")
    b = report("b", "2021-03-10", document="d2", lang="en")
    clusters = cluster_reports([a, b])
    assert clusters["a"] == clusters["b"]


@pytest.mark.parametrize("change", [
    {"document": "d1"},  # one document's events are different events
    {"date": "2021-06-20"},  # months apart
    {"type": "friction"},  # incompatible types
    {"domains": ("nuclear",)},  # no shared domain
    {"ru": ("ru-rosatom",)},  # a side names different actors
])
def test_what_keeps_reports_apart(change: dict[str, object]) -> None:
    first = report("a", "2021-03-09", document="d1")
    args: dict[str, object] = {"document": "d2", "date": "2021-03-12"} | change
    second = report("b", args.pop("date"), **args)  # type: ignore[arg-type]
    clusters = cluster_reports([first, second])
    assert clusters["a"] != clusters["b"]


def test_a_report_dated_to_the_year_cannot_bridge_months() -> None:
    march = report("march", "2021-03-09", document="d1")
    year = report("year", "2021", document="d2")
    june = report("june", "2021-06-17", document="d3")
    clusters = cluster_reports([march, year, june])
    assert clusters["march"] != clusters["june"]
    assert clusters["year"] in (clusters["march"], clusters["june"])


def test_a_report_is_placed_by_its_stored_date_alone() -> None:
    # the document's date or dateline reaches a report through extraction, as its stored
    # date; the merge does not look past that date to the document's
    dated = report("a", "2018-11-07", document="d1")
    undated = report("b", None, document="d2", lang="ru", published="2018-11-07")
    assert cluster_reports([dated, undated])["b"] == "b"


def test_a_merged_event_shows_the_date_of_the_report_it_is_named_after() -> None:
    # the merged event carries its representative's id, so `techties show` on that id and the
    # briefs must print one date: a dated report represents the cluster before an undated one
    undated = report("a", None, document="d1", confidence=0.95)
    dated = report("b", "2021-03-09", document="d2", confidence=0.6)
    merged = merged_events([replace(undated, cluster_id="b"), replace(dated, cluster_id="b")], set())
    assert [(e.id, e.date) for e in merged] == [("b", "2021-03-09")]
    assert cluster_reports([undated, dated]) in ({"a": "a", "b": "b"}, {"a": "b", "b": "b"})


def test_reports_of_a_curated_event_join_it_and_two_curated_events_never_merge() -> None:
    curated = report("2021-03-ilrs", "2021-03-09", document=None, origin="curated")
    other = report("2021-03-ilrs-twin", "2021-03-09", document=None, origin="curated")
    linked = report("x", "2021-03-09", document="d1", curated_id="2021-03-ilrs", confidence=0.99)
    clusters = cluster_reports([curated, other, linked])
    assert clusters["x"] == clusters["2021-03-ilrs"] == "2021-03-ilrs"
    assert clusters["2021-03-ilrs-twin"] == "2021-03-ilrs-twin"


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    folder = tmp_path_factory.mktemp("pairs") / "articles"
    folder.mkdir()
    for first, second in PAIRS.values():
        for name in (first, second):
            (folder / name).write_bytes((SAMPLES / name).read_bytes())
    store = Store.open(f"sqlite:///{folder.parent / 'pairs.sqlite'}")
    store.sync_actors(load_actors())
    report_ = run_ingest([str(folder)], store)
    assert report_.failures == [] and report_.added == 2 * len(PAIRS)
    yield store
    store.close()


def test_the_same_happening_in_several_sample_documents_is_one_event_with_several_sources(
        sample_store: Store) -> None:
    events = store_events(sample_store)
    documents = {d.id: d for d in sample_store.documents(limit=100)}
    merged_pairs = set()
    for e in events:
        docs = {s.document_id for s in e.sources if s.document_id}
        if len(docs) < 2:
            continue
        languages = {documents[d].lang for d in docs}
        assert len(languages) >= 2, "the merge here is across languages"
        assert len(e.reports) >= 2
        merged_pairs.add(frozenset(docs))
    # every pair of sample articles on one happening yields one event listing both
    assert len(merged_pairs) >= len(PAIRS)
    ilrs = [e for e in events if e.type == "agreement" and "space" in e.domains
            and e.date and e.date.startswith("2021-03")]
    assert len(ilrs) == 1
    kinds = {s.kind for s in ilrs[0].sources}
    assert {"official", "state_media"} <= kinds, "official and state-media sources told apart"
    assert ilrs[0].independent_sources == 2


def test_counts_count_events_not_articles(sample_store: Store) -> None:
    events = store_events(sample_store)
    reports = sample_store.count_events()
    assert len(events) < reports
    assert sum(len(e.reports) for e in events) == reports


def test_recluster_finds_what_ingest_found_and_changes_nothing_the_second_time(
        sample_store: Store) -> None:
    before = {e.id: e.reports for e in store_events(sample_store)}
    total, merged = recluster(sample_store)
    assert merged >= len(PAIRS)
    assert {e.id: e.reports for e in store_events(sample_store)} == before
    assert recluster(sample_store) == (total, merged)
