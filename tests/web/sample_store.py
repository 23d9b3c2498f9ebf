"""A store for the web tests: the sample articles, the curated knowledge base, and hostile
articles whose titles, text and links carry script tags and event handlers.

Built once per test process and copied for each user, since ingesting takes seconds.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from techties.interfaces.cli.app import sample_articles
from techties.interfaces.demo import sample_copublications
from techties.interfaces.ingest import run_ingest
from techties.interfaces.science_import import run_science_import
from techties.model.curated import load_curated_events, load_projects
from techties.model.loader import load_actors
from techties.store.store import Store

# Each would run script if it reached the page unescaped; each also reads as a China–Russia
# technology event, so it lands on the event, document, review and overview pages.
HOSTILE = [
    {"id": "xss-1", "lang": "en", "published": "2024-05-14",
     "url": "javascript:window.__xss='url'",
     "title": "Huawei and MTS <script>window.__xss='title'</script> sign 5G pact",
     "text": "Huawei and MTS signed an agreement on Tuesday to build a 5G network in Moscow "
             "<script>window.__xss='text'</script> with Chinese base stations. "
             "The deal <img src=x onerror=\"window.__xss='img'\"> covers 2,000 sites."},
    {"id": "xss-2", "lang": "en", "published": "2024-06-02",
     "url": "https://example.org/news?a=\"><script>window.__xss='href'</script>",
     "title": "\"><svg onload=\"window.__xss='svg'\">Rosatom deal",
     "text": "Rosatom and China National Nuclear Corporation signed a contract to build two "
             "reactors at Tianwan \"><svg/onload=window.__xss='svg2'> "
             "<iframe src=\"javascript:window.__xss='iframe'\"></iframe> in 2024."},
    {"id": "xss-3", "lang": "ru", "published": "2024-07-01",
     "url": "https://example.org/ru",
     "title": "Роскосмос <b onmouseover=\"window.__xss='b'\">и</b> CNSA",
     "text": "Роскосмос и Китайское национальное космическое управление подписали соглашение "
             "о создании лунной станции <script>window.__xss='ru'</script>."},
]
SCRIPT_MARKERS = ("<script>", "onerror=", "onload=", "onmouseover=", "javascript:")

_template: dict[str, Path] = {}


def hostile_file(folder: Path) -> Path:
    path = folder / "hostile.jsonl"
    path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in HOSTILE) + "\n",
                    encoding="utf-8")
    return path


def build(folder: Path) -> Path:
    """A SQLite file with the sample data; returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "sample.sqlite"
    actors = load_actors()
    with Store.open(f"sqlite:///{path}") as store:
        store.sync_actors(actors)
        store.save_curated(load_curated_events(), load_projects(), actors)
        report = run_ingest([sample_articles(), str(hostile_file(folder))], store)
        run_science_import([sample_copublications()], store)
        assert not report.failures, report.failures
    return path


def sample_copy(template_folder: Path, target: Path) -> str:
    """A fresh copy of the sample store at `target`; the template is built on first use."""
    if "path" not in _template:
        _template["path"] = build(template_folder)
    shutil.copy(_template["path"], target)
    return f"sqlite:///{target}"
