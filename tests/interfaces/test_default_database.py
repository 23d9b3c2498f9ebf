"""Where commands look for their database: the demo's until the user has their own, a plain
file path as --db, a missing folder as an error, and `techties --version`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from techties import __version__
from techties.interfaces.cli.app import app

runner = CliRunner()


@pytest.fixture()
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("TECHTIES_DATA_DIR", str(folder))
    monkeypatch.delenv("TECHTIES_DB", raising=False)
    return folder


def test_the_demos_store_is_read_until_the_user_has_their_own(data_dir: Path, tmp_path: Path) -> None:
    data_dir.mkdir()
    # a demo's store, made quickly (test_demo runs the whole demo)
    assert runner.invoke(app, ["curated", "--db", str(data_dir / "demo.sqlite")]).exit_code == 0
    listed = runner.invoke(app, ["events", "--format", "json", "--limit", "5"])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.stdout.splitlines() if line.startswith("{")]
    assert len(rows) == 5 and all(r["origin"] == "curated" for r in rows)
    assert "demo" in listed.stderr
    # the user's first ingest starts a store of their own, which is the default from then on
    article = tmp_path / "note.txt"
    article.write_text("Roscosmos and CNSA signed an agreement on a joint lunar station.", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(article)]).exit_code == 0
    assert (data_dir / "techties.sqlite").exists()
    own = runner.invoke(app, ["events", "--format", "json"])
    assert len([line for line in own.stdout.splitlines() if line.startswith("{")]) <= 2


def test_db_takes_a_plain_file_path(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite"
    result = runner.invoke(app, ["events", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert path.exists()


def test_a_database_in_a_missing_folder_is_an_error(data_dir: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "store.sqlite"
    for db in (str(missing), f"sqlite:///{missing}"):
        result = runner.invoke(app, ["events", "--db", db])
        assert result.exit_code != 0 and not missing.parent.exists()


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"techties {__version__}"


def test_the_users_own_store_stays_the_default_after_a_demo(data_dir: Path) -> None:
    from techties import settings

    data_dir.mkdir()
    (data_dir / "techties.sqlite").touch()
    (data_dir / "demo.sqlite").touch()
    assert settings.database_url() == f"sqlite:///{data_dir / 'techties.sqlite'}"
    assert not settings.demo_is_default()
    (data_dir / "techties.sqlite").unlink()
    assert settings.database_url() == f"sqlite:///{data_dir / 'demo.sqlite'}"
    assert settings.database_url(writing=True) == f"sqlite:///{data_dir / 'techties.sqlite'}"
