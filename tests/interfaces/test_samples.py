"""The sample articles shipped in the package, which `techties demo` ingests.

Written in our own words about real events of the curated knowledge base, each with the
real source URL. Positives report China–Russia technology cooperation (or the
countermeasures aimed at it) and must each yield an event; negatives (`*_neg_*`: energy
trade, diplomacy, drills, third-country deals) must yield none.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from techties.interfaces.cli.app import sample_articles
from techties.interfaces.ingest import IngestReport, run_ingest
from techties.model.loader import load_actors
from techties.store.models import DocumentSourceModel
from techties.store.queries import DocumentRow
from techties.store.store import Store

Ingested = tuple[IngestReport, dict[str, DocumentRow]]

SAMPLES = Path(__file__).resolve().parents[2] / "src" / "techties" / "samples" / "articles"

# Positives known to yield no event with the current extractor. Empty: every positive
# yields at least one. A file listed here is still ingested and must not fail.
KNOWN_MISSES: set[str] = set()

MIN_POSITIVES = 60
MIN_NEGATIVES = 15
MIN_PER_LANG = 15


def _files() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.is_file())


NEGATIVES = {p.name for p in _files() if "_neg_" in p.name}


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ingested]:
    db = tmp_path_factory.mktemp("samples") / "s.sqlite"
    store = Store.open(f"sqlite:///{db}")
    try:
        store.sync_actors(load_actors())
        report = run_ingest([str(SAMPLES)], store)
        with store.engine.connect() as conn:
            file_of = {doc_id: Path(source).name for source, doc_id in conn.execute(
                select(DocumentSourceModel.source, DocumentSourceModel.document_id))}
        rows = {file_of[row.id]: row for row in store.documents(limit=1000)}
        yield report, rows
    finally:
        store.close()


def test_the_cli_ingests_this_folder_with_samples() -> None:
    assert Path(sample_articles()).resolve() == SAMPLES.resolve()


def test_folder_holds_positives_and_negatives_in_three_languages_and_several_formats() -> None:
    files = _files()
    assert len(files) - len(NEGATIVES) >= MIN_POSITIVES
    assert len(NEGATIVES) >= MIN_NEGATIVES
    langs = Counter(p.name[:2] for p in files)
    assert set(langs) == {"en", "ru", "zh"} and min(langs.values()) >= MIN_PER_LANG, langs
    assert {p.suffix for p in files} == {".txt", ".md", ".html"}
    for path in files:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".html":
            assert '<link rel="canonical" href="http' in text, path.name
            assert "<article>" in text and "<title>" in text, path.name
        else:
            assert text.startswith("Source: http"), path.name


def test_every_sample_is_ingested_without_failure(ingested: Ingested) -> None:
    report, rows = ingested
    assert report.failures == []
    assert report.added == report.seen == len(_files())
    assert report.exact_duplicates == report.near_duplicates == 0
    assert set(rows) == {p.name for p in _files()}


def test_each_positive_yields_an_event(ingested: Ingested) -> None:
    _, rows = ingested
    missed = sorted(name for name, row in rows.items()
                    if name not in NEGATIVES and name not in KNOWN_MISSES
                    and not (row.relevant and row.events >= 1))
    assert missed == [], f"positive samples with no event: {missed}"


def test_negatives_yield_no_event(ingested: Ingested) -> None:
    _, rows = ingested
    for name in NEGATIVES:
        assert rows[name].events == 0, name
        assert not rows[name].relevant, name


def test_events_in_english_russian_and_chinese(ingested: Ingested) -> None:
    _, rows = ingested
    assert {name: row.lang for name, row in rows.items()} == {
        name: name[:2] for name in rows}, "each file's language is detected from its text"
    events_by_lang: Counter[str] = Counter()
    for row in rows.values():
        events_by_lang[row.lang or ""] += row.events
    for lang in ("en", "ru", "zh"):
        assert events_by_lang[lang] >= MIN_PER_LANG, lang


# The HTML samples come from sites that date a page in different ways; each date is read.
HTML_DATES = {
    "en_bis_entity_list_russia_2022.html": "2022-06-28",  # JSON-LD datePublished
    "en_craic_cr929_engine_rfp_2017.html": "2017-12-22",  # OpenGraph article:published_time
    "en_most_med_innovation_memorandum_2016.html": "2016-06-28",  # <meta name="date">
    "en_mts_huawei_5g_agreement_2019.html": "2019-06-05",  # the byline's <time> only
    "en_uk_sanctions_hong_kong_suppliers_2023.html": "2023-12-06",  # Dublin Core DC.date.issued
    "zh_unionpay_moscow_metro_2019.html": "2019-10-11",  # <meta name="publishdate">
}


def test_html_samples_are_dated_by_their_own_markup(ingested: Ingested) -> None:
    _, rows = ingested
    assert {name: rows[name].published for name in HTML_DATES} == HTML_DATES
