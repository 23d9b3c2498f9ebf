"""The briefing: what changed in China–Russia technology cooperation over a period, with the
trajectory charts, the top developments and their evidence and sources, the alerts of the
period and the method in a few lines; written as HTML, Markdown or PDF (WeasyPrint).

Analysis prepares what a brief shows (`analysis/brief_data.py`: the period checked,
alerts raised, events scoped and ranked, the period's figures, the trajectory by quarter and
the open promises); `brief_of` only lays that data out as a `Brief` (figure texts, charts,
headlines, method text) and the writers render it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from techties.analysis.alerts import Alert
from techties.analysis.brief_data import TOP_DEVELOPMENTS, BriefData, prepare_brief, rank_score
from techties.analysis.events import MergedEvent
from techties.analysis.indicators import (
    IndicatorRow,
    Promise,
)
from techties.analysis.periods import month_label
from techties.analysis.science import ScienceInPeriod
from techties.documents.language import CYRILLIC, HAN
from techties.exceptions import RunAbort
from techties.interfaces.reports import charts
from techties.interfaces.reports.citations import headline, is_bare_quotation
from techties.model.loader import load_vocabulary
from techties.model.source_kinds import KIND_LABELS

if TYPE_CHECKING:
    from techties.store.store import Store

FORMATS = ("html", "md", "pdf")


@dataclass
class Development:
    """A top development of the period, with why it ranks and what backs it."""

    event: MergedEvent
    rank_score: float
    evidence: list[str]
    sources: list[dict[str, str]]
    headline: str = ""


@dataclass
class Figure:
    label: str
    value: str
    note: str = ""


@dataclass
class Brief:
    title: str
    since: str
    until: str
    domain: str | None
    generated: str
    figures: list[Figure]
    charts: list[tuple[str, str]]  # (file stem, SVG)
    domain_rows: list[IndicatorRow]
    developments: list[Development]
    alerts: list[Alert]
    promises: list[Promise]
    method: list[str]
    counts: dict[str, int] = field(default_factory=dict)
    store: str = ""
    science: ScienceInPeriod | None = None  # co-publications, when the store has any


def _label(value: str, vocabulary: str) -> str:
    """The vocabulary's label of a value (a value it does not know shows as it is)."""
    try:
        return load_vocabulary(vocabulary).term(value).label
    except KeyError:
        return value.replace("_", " ")


def _sources(event: MergedEvent) -> list[dict[str, str]]:
    out = []
    seen: set[str] = set()
    for s in event.sources:
        if not s.url or s.url in seen:
            continue
        seen.add(s.url)
        out.append({"url": s.url, "publisher": s.publisher or s.url,
                    "kind": KIND_LABELS.get(s.kind or "", "source of unknown kind"),
                    "lang": s.lang or "", "title": s.title})
    return out


def _script(text: str) -> str:
    return "han" if HAN.search(text) else "cyrillic" if CYRILLIC.search(text) else "latin"


def _evidence(event: MergedEvent, n: int = 2) -> list[str]:
    """Up to `n` sentences of the event's reports besides its summary, in as many scripts as
    the reports were written in: a happening told in Chinese and in English shows both."""
    texts = list(dict.fromkeys(t for t in event.texts[1:] if t and t != event.summary))
    chosen: list[str] = []
    for text in texts:
        if len(chosen) >= n:
            break
        if not chosen or _script(text) not in {_script(c) for c in chosen}:
            chosen.append(text)
    for text in texts[:6]:  # one script only: the next sentences, as the reports give them
        if len(chosen) < n and text not in chosen:
            chosen.append(text)
    return chosen


def _development(event: MergedEvent, score: float | None = None) -> Development:
    """A development with a headline that says who did what, and evidence sentences that do
    not stand as bare quotations (citations.py)."""
    names = [a.name for a in event.actors]
    evidence = [t for t in _evidence(event, n=7) if not is_bare_quotation(t, names)][:2]
    title = event.summary
    if not title or is_bare_quotation(title, names):
        parties = " and ".join(", ".join(a.name for a in event.side(side)) or side_name
                               for side, side_name in (("CN", "a Chinese party"),
                                                       ("RU", "a Russian party")))
        title = f"{_label(event.type, 'event_type')} ({event.stage}): {parties}"
        if event.summary:
            evidence = [f"{', '.join(names) or 'A source'}: {event.summary}", *evidence][:2]
    return Development(event=event, rank_score=rank_score(event) if score is None else score,
                       sources=_sources(event),
                       evidence=evidence, headline=headline(title))


def _ratio(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def build_brief(store: Store, since: str, until: str | None = None, domain: str | None = None,
                top: int = TOP_DEVELOPMENTS) -> Brief:
    """A brief of the data analysis prepares from the store (analysis/brief_data.py)."""
    return brief_of(prepare_brief(store, since, until, domain, top))


def brief_of(data: BriefData) -> Brief:
    """The brief's figures, charts, developments and method text laid out from its data."""
    first, last, domain, period = data.first, data.last, data.domain, data.period
    numbers, trajectory = data.figures, data.trajectory
    alerts = data.alerts
    change = numbers.change
    figures = [
        Figure("events", str(len(period)),
               f"{'+' if change >= 0 else ''}{change} on the {data.months} months before"),
        Figure("delivered", str(numbers.delivered),
               f"delivery ratio {_ratio(numbers.delivered / numbers.promised if numbers.promised else None)}"
               " (implemented per announced or signed event)"),
        Figure("defence-linked", _percent(numbers.defence_share), "of events name such an actor"),
        Figure("new actor pairs", str(numbers.new_pairs), "Chinese–Russian pairs seen for the first time"),
        Figure("alerts", str(len(alerts)), "raised by the rules in the period"),
    ]

    labels, highlight = trajectory.labels, trajectory.highlight
    stacked = [charts.Series(_label(k, "domain"), values) for k, values in trajectory.per_domain.items()]
    if trajectory.other is not None:
        stacked.append(charts.Series("other domains", trajectory.other, "#c9c9c9"))
    chart_list = [
        ("events-by-domain", charts.stacked_bars(
            labels, stacked, highlight=highlight,
            title="Events per quarter" + (f": {_label(domain, 'domain')}" if domain else
                                          " by domain (each happening counted once)"))),
        ("rhetoric-and-delivery", charts.lines(
            labels, [charts.Series("announced or signed", trajectory.promised, "#c55a11"),
                     charts.Series("implemented", trajectory.delivered, "#1f4e79")],
            highlight=highlight, title="Rhetoric and delivery: promises against implemented events")),
    ]

    developments = [_development(r.event, r.score) for r in data.developments]
    promises = data.promises
    method = [
        "Events come from the curated knowledge base (analyst-verified, each fact checked "
        "against a cited page) and from news in English, Russian and Chinese read by techties' "
        "extraction chain; reports of one happening in several documents are merged, so each "
        "happening counts once.",
        "An event counts as implemented only when a source says so; sources are told apart "
        "as official, state media, independent media, think tank, court or sanctions notice, "
        "and the number of independent publishers is shown.",
        "Alerts come from rules declared as data (analysis/rules.yaml), each with a threshold, "
        "a window and an explanation: surges against a seasonal negative binomial baseline, "
        "first appearances in sensitive fields or with defence-linked actors, escalation from "
        "promise to delivery, silence after a signature, and watchlist matches.",
        "Events dated only to a year are left out of quarterly charts. Counts reflect what "
        "was reported and curated, not all that happened.",
    ]
    science = data.science
    if science is not None:
        method.append("Science ties are China–Russia co-publications imported from OpenAlex: works "
                      "with a Chinese (Hong Kong and Macau included) and a Russian institution, "
                      "their topics mapped to the domains (model/science_domains.yaml), their "
                      "institutions resolved to the knowledge base by ROR or OpenAlex id, then "
                      "by name.")
    scope = f" — {_label(domain, 'domain')}" if domain else ""
    return Brief(
        title=f"China–Russia technology cooperation{scope}", since=month_label(first),
        until=month_label(last), domain=domain,
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), figures=figures,
        charts=chart_list, domain_rows=numbers.domain_rows, developments=developments, alerts=alerts,
        promises=promises, method=method, science=science,
        counts=dict(data.counts))


# -- writers ----------------------------------------------------------------------------


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("techties.interfaces.reports", "templates"),
                      autoescape=select_autoescape(["html", "j2"]), trim_blocks=True,
                      lstrip_blocks=True)
    env.filters["percent"] = _percent
    env.filters["ratio"] = _ratio
    env.filters["label"] = _label
    env.filters["actors"] = lambda e, side: ", ".join(a.name for a in e.side(side)) or "—"
    return env


def render_html(brief: Brief, *, for_print: bool = False) -> str:
    template = _environment().get_template("brief.html.j2")
    return template.render(brief=brief, for_print=for_print,
                           charts=[(stem, Markup(svg)) for stem, svg in brief.charts])


def render_markdown(brief: Brief, chart_folder: str | None = None) -> str:
    template = _environment().get_template("brief.md.j2")
    return template.render(brief=brief, chart_folder=chart_folder)


def write_brief(brief: Brief, output: Path, fmt: str | None = None) -> list[Path]:
    """Write the brief to `output` in `fmt` (default: from the file name); returns the files."""
    fmt = fmt or output.suffix.lstrip(".").lower()
    if fmt == "markdown":
        fmt = "md"
    if fmt not in FORMATS:
        raise RunAbort(f"unknown brief format {fmt!r}: use .html, .md or .pdf")
    output.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "html":
        output.write_text(render_html(brief), encoding="utf-8")
        return [output]
    if fmt == "md":
        folder = output.with_name(f"{output.stem}-charts")
        folder.mkdir(exist_ok=True)
        written = [output]
        for stem, svg in brief.charts:
            path = folder / f"{stem}.svg"
            path.write_text(svg, encoding="utf-8")
            written.append(path)
        output.write_text(render_markdown(brief, folder.name), encoding="utf-8")
        return written
    from weasyprint import HTML  # imported here: it loads pango, which only PDFs need

    HTML(string=render_html(brief, for_print=True)).write_pdf(str(output))
    return [output]


def brief_text_summary(brief: Brief) -> Sequence[str]:
    return [f"{f.label}: {f.value}" for f in brief.figures]
