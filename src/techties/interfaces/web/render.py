"""Page rendering: the Jinja2 environment (autoescaping everything), template helpers, and
evidence highlighting done on the server by splitting the document text on offsets.

Document text is untrusted: it reaches the page only as escaped text segments, never
through `|safe`, and chart data travels as JSON in a non-executable script element.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import asdict, is_dataclass
from datetime import datetime
from importlib import resources
from pathlib import PurePath
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from techties.interfaces.web import auth
from techties.interfaces.web.params import labels, vocab
from techties.model.behaviour import stage_colours

# Domain colours, in the vocabulary's order; charts and badges share them.
PALETTE = ("#3b6fb6", "#d1603d", "#4c9f70", "#8e5ea2", "#c9a227", "#2a9d8f", "#b5485d",
           "#6c757d", "#e07b39", "#5b8e7d", "#7f6a93", "#a3b86c", "#3d5a80", "#c06c84",
           "#98c1d9", "#b07d48", "#5c6f68", "#9a8c98")


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    return str(value)


def to_json(value: Any) -> Markup:
    """JSON safe to place inside <script type="application/json">: no '<', '>' or '&'."""
    text = json.dumps(value, ensure_ascii=False, default=_json_default)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def domain_colours() -> dict[str, str]:
    return {d: PALETTE[i % len(PALETTE)] for i, d in enumerate(vocab("domain"))}


def label(kind: str, value: str | None) -> str:
    """The vocabulary's label of a value (domain, event_type, stage), else the value."""
    if value is None:
        return ""
    return labels(kind).get(value, value.replace("_", " "))


def segments(text: str, spans: Iterable[tuple[int, int, str]]) -> list[tuple[str, bool]]:
    """The text cut into (piece, highlighted) on the evidence offsets.

    An offset pair that does not point at its sentence (the text changed) falls back to
    the sentence's first occurrence; overlapping spans merge.
    """
    marks: list[tuple[int, int]] = []
    for start, end, sentence in spans:
        if not (0 <= start < end <= len(text)) or (sentence and text[start:end] != sentence):
            found = text.find(sentence) if sentence else -1
            if found < 0:
                continue
            start, end = found, found + len(sentence)
        marks.append((start, end))
    marks.sort()
    merged: list[list[int]] = []
    for start, end in marks:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out: list[tuple[str, bool]] = []
    pos = 0
    for start, end in merged:
        if start > pos:
            out.append((text[pos:start], False))
        out.append((text[start:end], True))
        pos = end
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def query(params: Mapping[str, Any], **changes: Any) -> str:
    """A query string from `params` with `changes` applied (None removes a key)."""
    merged = {k: v for k, v in params.items() if v not in (None, "")}
    for key, value in changes.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return urlencode(merged)


def source_name(value: str | None) -> str:
    """Where a document came from as a reader knows it: a URL as it is, a file by its name
    (the folder it was read from is an install or home path, in the title attribute only)."""
    if not value:
        return ""
    if "://" in value:
        return value
    return PurePath(value.replace("\\", "/")).name or value


def short_date(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _static_version() -> str:
    # changes when the package's static files change, so browsers fetch the new ones
    root = resources.files("techties.interfaces.web") / "static"
    stamp = 0
    for sub in ("app.css", "js/charts.js", "js/network.js", "js/app.js"):
        try:
            stamp = zlib.crc32((root / sub).read_bytes(), stamp)
        except FileNotFoundError:
            continue
    return format(stamp, "08x")


def make_environment() -> Environment:
    env = Environment(loader=PackageLoader("techties.interfaces.web", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["json"] = to_json
    env.filters["short_date"] = short_date
    env.filters["source_name"] = source_name
    env.globals.update(label=label, labels=labels, query=query, vocab=vocab, segments=segments,
                       domain_colours=domain_colours(), stage_colours=stage_colours(),
                       static_version=_static_version())
    return env


class Renderer:
    def __init__(self) -> None:
        self.env = make_environment()

    def page(self, request: Request, template: str, context: dict[str, Any],
             status: int = 200, twin: str | None = None) -> HTMLResponse:
        """A page with the layout's context: who is signed in, the CSRF token, the mode, and
        the address of its JSON twin under the API."""
        identity = request.app.state.access.identify(request) if hasattr(request.app.state, "access") \
            else auth.Identity(None, "")
        pending = None
        if identity.user is not None:
            pending = request.app.state.pending_count()
        full = {
            "request": request, "user": identity.user, "mode": identity.how,
            "login_required": request.app.state.access.login_required(),
            "csrf": auth.csrf_token(request), "twin": twin, "pending": pending,
            "path": request.url.path, **context,
        }
        html = self.env.get_template(template).render(full)
        return HTMLResponse(html, status_code=status)
