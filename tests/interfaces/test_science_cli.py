"""`techties science import`, `pairs` and `trend` end to end, on SQLite and PostgreSQL:
files in the real OpenAlex formats, and the API on a loopback server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from science.openalex_server import openalex_server
from science.openalex_works import sample_works, work, write_api_response, write_snapshot
from techties.interfaces.cli.app import app
from techties.interfaces.science_import import run_science_import
from techties.store.models import ScienceInstitutionModel, ScienceWorkModel
from techties.store.store import Store

runner = CliRunner()
BACKENDS = [pytest.param("sqlite_url", id="sqlite"),
            pytest.param("pg_url", id="postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest) -> str:
    url: str = request.getfixturevalue(request.param)
    return url


def _lines(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def _pairs(db: str) -> list[dict[str, object]]:
    result = runner.invoke(app, ["science", "pairs", "--format", "json", "--db", db])
    assert result.exit_code == 0, result.output
    return _lines(result.stdout)


def test_a_snapshot_file_gives_pairs_resolved_to_the_knowledge_base(db: str, tmp_path: Path) -> None:
    path = write_snapshot(tmp_path / "part_000.jsonl", sample_works())
    result = runner.invoke(app, ["science", "import", str(path), "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["read"] == 6 and report["copublications"] == 4 and report["added"] == 4
    assert report["not_copublications"] == 2
    pairs = {(p["china"], p["russia"]): p for p in _pairs(db)}
    assert pairs[("Tsinghua University", "Lomonosov Moscow State University")]["works"] == 2
    assert pairs[("Chinese Academy of Sciences", "Lomonosov Moscow State University")]["works"] == 1
    # Hong Kong is China; an institution outside the knowledge base keeps its OpenAlex name and id
    hku = pairs[("The University of Hong Kong", "Laboratory of Imaginary Physics")]
    assert hku["china_resolved"] is False and hku["russia_id"] == "I8000000005"
    # the Russian name of Bauman University resolves; the pair is defence-linked on both sides
    hit = pairs[("Harbin Institute of Technology", "Bauman Moscow State Technical University")]
    assert hit["defence_linked"] is True and hit["china_id"] == "cn-hit"
    # only co-publications count: Tsinghua–MIT and MSU–Bauman are not pairs
    assert sum(p["works"] for p in pairs.values()) == 5 and len(pairs) == 4


def test_trend_by_domain_gives_works_per_year_and_domain(db: str, tmp_path: Path) -> None:
    runner.invoke(app, ["science", "import", str(write_snapshot(tmp_path / "w.jsonl", sample_works())),
                        "--db", db])
    result = runner.invoke(app, ["science", "trend", "--by", "domain", "--format", "json", "--db", db])
    assert result.exit_code == 0, result.output
    rows = {(r["year"], r["domain"]): r["works"] for r in _lines(result.stdout)}
    assert rows == {(2019, "quantum"): 1, (2020, "ai"): 1, (2021, "general_science"): 1,
                    (2022, "ai"): 1, (2022, "quantum"): 1}
    by_year = _lines(runner.invoke(app, ["science", "trend", "--by", "year", "--format", "json",
                                         "--db", db]).stdout)
    assert [r["new_defence_pairs"] for r in by_year] == [0, 0, 0, 1]
    assert by_year[-1]["sensitive_share"] == 1.0
    csv_out = runner.invoke(app, ["science", "trend", "--by", "pair", "--format", "csv", "--db", db]).stdout
    assert csv_out.splitlines()[0].startswith("year,china,russia,works")
    table = runner.invoke(app, ["science", "pairs", "--domain", "quantum", "--db", db]).stdout
    assert "Harbin Institute of Technology" in table and "Hong Kong" not in table


def test_api_response_and_gzip_snapshot_import_to_the_same_and_reimport_adds_nothing(
        db: str, tmp_path: Path) -> None:
    api_file = write_api_response(tmp_path / "response.json", sample_works())
    gz_file = write_snapshot(tmp_path / "part_000.gz", sample_works())
    first = json.loads(runner.invoke(app, ["science", "import", str(api_file), "--db", db, "--json"]).stdout)
    assert first["added"] == 4
    pairs = _pairs(db)
    again = json.loads(runner.invoke(app, ["science", "import", str(gz_file), "--db", db, "--json"]).stdout)
    assert again["added"] == 0 and again["already_stored"] == 4
    assert _pairs(db) == pairs
    with Store.open(db) as store, store.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(ScienceWorkModel)) == 4
        assert conn.scalar(select(func.count()).select_from(ScienceInstitutionModel)) == 8  # MIT too


def test_a_broken_line_is_reported_and_the_rest_imported(db: str, tmp_path: Path) -> None:
    path = write_snapshot(tmp_path / "part.jsonl", sample_works()[:2], extra_lines=("{broken",))
    result = runner.invoke(app, ["science", "import", str(path), "--db", db])
    assert result.exit_code == 1
    assert "part.jsonl#3" in result.output and "invalid JSON on line 3" in result.output
    assert sum(p["works"] for p in _pairs(db)) == 3


def test_the_api_import_resumes_where_it_stopped(db: str) -> None:
    works = [work(10 + i, 2020, ["tsinghua"], ["msu"]) for i in range(6)]
    pages = {"*": (works[:2], "c2"), "c2": (works[2:4], "c3"), "c3": (works[4:], None)}
    with openalex_server(pages) as api, Store.open(db) as store:
        api.failures["c3"] = [500] * 3
        with pytest.raises(Exception, match="run the same command again"):
            run_science_import([api.url], store, mailto="me@example.org", retries=2,
                               sleep=lambda s: None)
        with store.engine.connect() as conn:
            assert conn.scalar(select(func.count()).select_from(ScienceWorkModel)) == 4
        before = len(api.requests)
        report = run_science_import([api.url], store, mailto="me@example.org",
                                    sleep=lambda s: None)
        assert report.resumed and report.added == 2 and report.pages == 1
        assert [r["cursor"][0] for r in api.requests[before:]] == ["c3"]
        # a finished import run again starts over and adds nothing
        again = run_science_import([api.url], store, mailto="me@example.org",
                                   sleep=lambda s: None)
        assert not again.resumed and again.added == 0 and again.already_stored == 6


def test_an_unknown_domain_is_refused(tmp_path: Path) -> None:
    result = runner.invoke(app, ["science", "pairs", "--domain", "astrology", "--db",
                                 str(tmp_path / "x.sqlite")])
    assert result.exit_code == 2 and "is not one of" in result.output


def test_a_store_not_yet_synced_with_the_knowledge_base_keeps_the_resolution(sqlite_url: str,
                                                                            tmp_path: Path) -> None:
    with Store.open(sqlite_url) as store:  # no sync_actors: the actors table is empty
        run_science_import([str(write_snapshot(tmp_path / "w.jsonl", sample_works()))], store)
        with store.engine.connect() as conn:
            resolved = conn.scalar(select(func.count()).select_from(ScienceInstitutionModel)
                                   .where(ScienceInstitutionModel.actor_id.is_not(None)))
    assert resolved == 5  # Tsinghua, CAS, MSU, HIT, Bauman
    # reading does not rewrite the actor table; the next ingest or seeding fills in the names
    assert runner.invoke(app, ["curated", "--db", sqlite_url]).exit_code == 0
    names = {(p["china"], p["russia"]) for p in _pairs(sqlite_url)}
    assert ("Harbin Institute of Technology", "Bauman Moscow State Technical University") in names


def test_the_openalex_source_pages_the_configured_endpoint(sqlite_url: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    works = sample_works()
    with openalex_server({"*": (works[:3], "c2"), "c2": (works[3:], None)}) as api:
        monkeypatch.setenv("TECHTIES_OPENALEX_URL", api.url)
        result = runner.invoke(app, ["science", "import", "openalex", "--mailto", "me@example.org",
                                     "--since", "2019", "--db", sqlite_url])
    assert result.exit_code == 0, result.output
    assert "works read of" in result.output and "copublications     │ 4" in result.output
    assert api.requests[0]["mailto"] == ["me@example.org"]
    assert "from_publication_date:2019-01-01" in api.requests[0]["filter"][0]
    assert len(_pairs(sqlite_url)) == 4
