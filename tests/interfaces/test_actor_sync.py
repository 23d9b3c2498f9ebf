"""The actor table is brought up to the knowledge base by ingest and seeding only: a command
that reads, or a page served, does not rewrite it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, func, select
from typer.testing import CliRunner

from techties.interfaces.cli.app import app
from techties.interfaces.web.app import open_store as web_open_store
from techties.model.loader import load_actors
from techties.store.models import ActorModel
from techties.store.store import Store

runner = CliRunner()


def _actor_rows(url: str) -> int:
    store = Store.open(url)
    try:
        with store.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(ActorModel)).scalar_one())
    finally:
        store.close()


def test_reading_leaves_the_actor_table_and_writing_syncs_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'sync.sqlite'}"
    text = tmp_path / "note.txt"
    text.write_text("Huawei opened a research centre in Moscow with Skoltech on 5G.", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(text), "--db", url]).exit_code == 0
    known = len(load_actors())
    assert _actor_rows(url) == known  # ingest synced the knowledge base
    store = Store.open(url)
    with store.engine.begin() as conn:
        conn.execute(delete(ActorModel).where(ActorModel.id == "cn-china-post"))
    store.close()
    for args in (["actors"], ["events"], ["indicators"]):
        assert runner.invoke(app, [*args, "--db", url]).exit_code == 0
    web_open_store(url).close()
    assert _actor_rows(url) == known - 1  # reading did not write
    assert runner.invoke(app, ["curated", "--db", url]).exit_code == 0
    assert _actor_rows(url) == known  # seeding brought it back
