"""The brief's science section: co-publications of the period beside the period before,
the sensitive share, pairs first seen, and first co-publications with a defence-linked side."""

from __future__ import annotations

from pathlib import Path

from techties.curation.seed import seed_curated
from techties.interfaces.demo import sample_copublications
from techties.interfaces.reports.brief import build_brief, render_html, write_brief
from techties.interfaces.science_import import run_science_import
from techties.store.store import Store


def test_a_brief_reports_the_science_ties_of_its_period(tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'b.sqlite'}") as store:
        seed_curated(store)
        without = build_brief(store, "2024-01", "2024-12")
        assert without.science is None
        assert "No co-publications in the store" in render_html(without)
        run_science_import([sample_copublications()], store)
        brief = build_brief(store, "2024-01", "2024-12")
    science = brief.science
    assert science is not None and science.works == 7 and science.before == 5
    assert science.sensitive_share is not None and science.sensitive_share > 0.5
    assert {(p.china.name, p.russia.name) for p in science.new_defence_pairs} >= {
        ("Harbin Institute of Technology", "Bauman Moscow State Technical University")}
    html = render_html(brief)
    assert "Science ties" in html and "Harbin Institute of Technology" in html
    assert any("OpenAlex" in line for line in brief.method)
    (md,) = [p for p in write_brief(brief, tmp_path / "brief.md") if p.suffix == ".md"]
    text = md.read_text(encoding="utf-8")
    assert "## Science ties" in text and "7 China–Russia co-publications" in text
