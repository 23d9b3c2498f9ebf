"""Charts as SVG, drawn in Python: no script, no network, no CDN; the same markup works
inline in HTML, in WeasyPrint's PDF and as a file beside a Markdown brief."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

# A palette that stays apart in print and for the common colour-vision deficiencies.
PALETTE = ("#1f4e79", "#c55a11", "#548235", "#7f6000", "#7030a0", "#2e75b6", "#bf9000",
           "#a5a5a5")
FONT = "DejaVu Sans, WenQuanYi Micro Hei, sans-serif"


@dataclass
class Series:
    name: str
    values: list[float]
    color: str = ""


def _nice_max(value: float) -> tuple[float, float]:
    """A round top for the axis and the step between its ticks."""
    if value <= 0:
        return 1.0, 1.0
    exponent = math.floor(math.log10(value))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * 10 ** exponent / 4
        top = math.ceil(value / step) * step
        if top / step <= 5:
            return max(top, step), step
    return value, value / 4


def _fmt(value: float) -> str:
    return f"{value:g}" if value < 10 else f"{value:.0f}"


class _Canvas:
    def __init__(self, width: int, height: int, title: str):
        self.width, self.height = width, height
        self.parts = [
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}" '
            f'font-family="{FONT}" font-size="11">',
            f"<title>{escape(title)}</title>",
            f'<rect width="{width}" height="{height}" fill="#ffffff"/>']

    def add(self, markup: str) -> None:
        self.parts.append(markup)

    def text(self, x: float, y: float, content: str, *, anchor: str = "start", size: int = 11,
             color: str = "#333", weight: str = "normal", rotate: float | None = None) -> None:
        transform = f' transform="rotate({rotate} {x:.1f} {y:.1f})"' if rotate else ""
        self.add(f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="{size}" '
                 f'fill="{color}" font-weight="{weight}"{transform}>{escape(content)}</text>')

    def svg(self) -> str:
        return "\n".join([*self.parts, "</svg>"])


def _axes(canvas: _Canvas, left: float, top: float, plot_w: float, plot_h: float,
          labels: Sequence[str], top_value: float, step: float, y_title: str,
          highlight: tuple[int, int] | None = None) -> float:
    """Grid, y ticks, x labels (thinned to fit) and the highlighted period; returns slot width."""
    slot = plot_w / max(len(labels), 1)
    if highlight is not None:
        x0 = left + highlight[0] * slot
        canvas.add(f'<rect x="{x0:.1f}" y="{top:.1f}" width="{(highlight[1] - highlight[0] + 1) * slot:.1f}" '
                   f'height="{plot_h:.1f}" fill="#fff4d6"/>')
        canvas.text(x0 + 3, top + 11, "period of this brief", size=9, color="#8a6d00")
    ticks = int(round(top_value / step))
    for i in range(ticks + 1):
        value = i * step
        y = top + plot_h - plot_h * value / top_value
        canvas.add(f'<line x1="{left:.1f}" y1="{y:.1f}" x2="{left + plot_w:.1f}" y2="{y:.1f}" '
                   f'stroke="{"#999" if i == 0 else "#e3e3e3"}" stroke-width="1"/>')
        canvas.text(left - 6, y + 4, _fmt(value), anchor="end", size=10, color="#555")
    canvas.text(14, top + plot_h / 2, y_title, anchor="middle", size=10, color="#555", rotate=-90)
    every = max(1, math.ceil(len(labels) / max(plot_w / 42, 1)))
    for i, label in enumerate(labels):
        if i % every == 0:
            x = left + (i + 0.5) * slot
            canvas.text(x, top + plot_h + 14, label, anchor="middle", size=9, color="#555")
    return slot


def _legend(canvas: _Canvas, series: Sequence[Series], left: float, y: float) -> None:
    x = left
    for s in series:
        width = 18 + 6.2 * len(s.name)
        if x + width > canvas.width - 10:
            x, y = left, y + 15
        canvas.add(f'<rect x="{x:.1f}" y="{y - 9:.1f}" width="10" height="10" fill="{s.color}"/>')
        canvas.text(x + 14, y, s.name, size=10)
        x += width + 10


def stacked_bars(labels: Sequence[str], series: Sequence[Series], *, title: str,
                 y_title: str = "events", width: int = 720, height: int = 300,
                 highlight: tuple[int, int] | None = None) -> str:
    """A stacked bar chart, one bar per label, one colour per series."""
    series = [Series(s.name, list(s.values), s.color or PALETTE[i % len(PALETTE)])
              for i, s in enumerate(series)]
    canvas = _Canvas(width, height, title)
    canvas.text(10, 18, title, size=13, weight="bold", color="#1a1a1a")
    legend_rows = 1 + int(sum(18 + 6.2 * len(s.name) + 10 for s in series) // (width - 70))
    left, top = 52.0, 34.0
    plot_w, plot_h = width - left - 14, height - top - 34 - 15 * legend_rows
    totals = [sum(s.values[i] for s in series) for i in range(len(labels))]
    top_value, step = _nice_max(max(totals, default=0))
    slot = _axes(canvas, left, top, plot_w, plot_h, labels, top_value, step, y_title, highlight)
    bar = max(slot * 0.72, 1.0)
    for i in range(len(labels)):
        base = 0.0
        for s in series:
            value = s.values[i]
            if not value:
                continue
            h = plot_h * value / top_value
            y = top + plot_h - plot_h * base / top_value - h
            x = left + i * slot + (slot - bar) / 2
            canvas.add(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                       f'fill="{s.color}"><title>{escape(labels[i])} · {escape(s.name)}: '
                       f'{_fmt(value)}</title></rect>')
            base += value
    _legend(canvas, series, left, height - 10 - 15 * (legend_rows - 1))
    return canvas.svg()


def lines(labels: Sequence[str], series: Sequence[Series], *, title: str, y_title: str = "events",
          width: int = 720, height: int = 260, highlight: tuple[int, int] | None = None) -> str:
    """A line chart with a marker at each point, one line per series."""
    series = [Series(s.name, list(s.values), s.color or PALETTE[i % len(PALETTE)])
              for i, s in enumerate(series)]
    canvas = _Canvas(width, height, title)
    canvas.text(10, 18, title, size=13, weight="bold", color="#1a1a1a")
    left, top = 52.0, 34.0
    plot_w, plot_h = width - left - 14, height - top - 50
    top_value, step = _nice_max(max((v for s in series for v in s.values), default=0))
    slot = _axes(canvas, left, top, plot_w, plot_h, labels, top_value, step, y_title, highlight)
    for s in series:
        points = [(left + (i + 0.5) * slot, top + plot_h - plot_h * v / top_value)
                  for i, v in enumerate(s.values)]
        if points:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
            canvas.add(f'<polyline points="{path}" fill="none" stroke="{s.color}" '
                       f'stroke-width="2"/>')
            for (x, y), value, label in zip(points, s.values, labels, strict=True):
                canvas.add(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.6" fill="{s.color}">'
                           f'<title>{escape(label)} · {escape(s.name)}: {_fmt(value)}</title></circle>')
    _legend(canvas, series, left, height - 10)
    return canvas.svg()
