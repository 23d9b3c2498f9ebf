"""The brief on a store holding the curated knowledge base and sample articles: HTML, Markdown
and PDF, with charts, top developments and their sources, the alerts of the period and the
method; the PDF's pages are rendered to PNG as a person would look at them."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree
from pypdf import PdfReader

from techties.curation.seed import seed_curated
from techties.interfaces.ingest import run_ingest
from techties.interfaces.reports import charts
from techties.interfaces.reports.brief import Brief, build_brief, render_html, write_brief
from techties.store.store import Store

SAMPLES = Path(__file__).resolve().parents[2] / "src" / "techties" / "samples" / "articles"
ARTICLES = ("zh_ilrs_roscosmos_cnsa_2021.md", "en_report_ilrs_memorandum_2021.txt",
            "en_us_sanctions_hk_electronics_2024.txt")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    root = tmp_path_factory.mktemp("brief")
    articles = root / "articles"
    articles.mkdir()
    for name in ARTICLES:
        (articles / name).write_bytes((SAMPLES / name).read_bytes())
    with Store.open(f"sqlite:///{root / 'brief.sqlite'}") as opened:
        seed_curated(opened)
        run_ingest([str(articles)], opened)
        yield opened


@pytest.fixture(scope="module")
def brief(store: Store) -> Brief:
    return build_brief(store, "2024-01")


def test_the_brief_gathers_figures_developments_alerts_and_method(brief: Brief) -> None:
    assert brief.since == "2024-01" and brief.until >= "2025-01"
    assert [f.label for f in brief.figures][:2] == ["events", "delivered"]
    assert len(brief.developments) == 10
    top = brief.developments[0]
    assert top.sources and all(s["url"].startswith("http") for s in top.sources)
    assert brief.alerts and all("2024-01" <= a.period <= brief.until for a in brief.alerts)
    assert len(brief.method) >= 3
    assert [stem for stem, _ in brief.charts] == ["events-by-domain", "rhetoric-and-delivery"]


def test_the_html_brief_is_one_self_contained_page(brief: Brief, tmp_path: Path) -> None:
    path = tmp_path / "brief.html"
    assert write_brief(brief, path) == [path]
    html = path.read_text(encoding="utf-8")
    for heading in ("Trajectory", "Top developments", "Alerts of the period", "Method"):
        assert f"<h2>{heading}</h2>" in html
    assert html.count("<svg") == 2 and "<script" not in html
    assert "http://" not in html.split("<body>")[0].replace("http://www.w3.org", "")
    assert "independent source" in html and 'href="https://' in html
    document = etree.fromstring(html.encode(), etree.HTMLParser())
    assert document.xpath("//ol[@class='developments']/li")


def test_a_domain_brief_keeps_to_its_domain(store: Store) -> None:
    space = build_brief(store, "2021-01", "2021-12", domain="space")
    assert space.developments and all("space" in d.event.domains for d in space.developments)
    assert all("space" in a.domains for a in space.alerts)
    assert "Space" in space.title


def test_the_markdown_brief_links_its_charts(brief: Brief, tmp_path: Path) -> None:
    written = write_brief(brief, tmp_path / "brief.md")
    text = written[0].read_text(encoding="utf-8")
    assert "## Top developments" in text and "](brief-charts/events-by-domain.svg)" in text
    svg = tmp_path / "brief-charts" / "events-by-domain.svg"
    assert svg in written and etree.parse(str(svg)).getroot().tag.endswith("svg")


def test_the_pdf_brief_renders_with_chinese_and_russian_text(brief: Brief, tmp_path: Path) -> None:
    path = tmp_path / "brief.pdf"
    write_brief(brief, path)
    reader = PdfReader(str(path))
    assert len(reader.pages) >= 3
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Top developments" in text and "Alerts of the period" in text
    fonts = {str(font) for page in reader.pages
             for font in (page.get("/Resources") or {}).get("/Font", {}).values()}
    assert fonts, "fonts are embedded"
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(path),
                        str(tmp_path / "page")], check=True)
        # pdftoppm pads the page number to the width of the page count: page-1 or page-01
        (image,) = tmp_path.glob("page-*1.png")
        assert image.stat().st_size > 10_000


def test_cjk_and_cyrillic_text_reaches_the_html_as_text(store: Store, tmp_path: Path) -> None:
    built = build_brief(store, "2021-01", "2021-06")
    html = render_html(built)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in html), "the Chinese article's evidence"


def test_charts_are_well_formed_svg() -> None:
    svg = charts.stacked_bars(["2024Q1", "2024Q2"], [charts.Series("space", [2, 3]),
                                                     charts.Series("空间 <b>", [1, 0])],
                              title="Events & more", highlight=(1, 1))
    root = etree.fromstring(svg.encode())
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert len(root.findall(".//{http://www.w3.org/2000/svg}rect")) >= 4
    assert "空间 &lt;b&gt;" in svg
    line = charts.lines(["a", "b", "c"], [charts.Series("x", [0, 5, 2])], title="t")
    assert etree.fromstring(line.encode()).findall(".//{http://www.w3.org/2000/svg}polyline")


def test_a_development_quotes_its_reports_in_each_script() -> None:
    from dataclasses import replace

    from techties.analysis.events import MergedEvent
    from techties.interfaces.reports.brief import _evidence

    told = MergedEvent(id="e", date="2021-03-09", type="agreement", stage="signed",
                       domains=("space",), actors=(), origin="curated", summary="Curated summary.",
                   texts=("Curated summary.", "The agencies signed a memorandum.",
                          "The station will be open to partners.", "两国航天机构签署了谅解备忘录。"))
    assert _evidence(told) == ["The agencies signed a memorandum.", "两国航天机构签署了谅解备忘录。"]
    english = replace(told, texts=told.texts[:3])
    assert _evidence(english) == ["The agencies signed a memorandum.",
                                  "The station will be open to partners."]
