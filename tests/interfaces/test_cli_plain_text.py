"""Text from documents is printed as it is, never read as Rich markup or emoji codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from techties.interfaces.cli.app import app

runner = CliRunner()
CLI = Path(__file__).resolve().parents[2] / "src" / "techties" / "interfaces" / "cli"
TITLE = "Deal [/] signed :cn: [bold]at once"
TEXT = ("Rosatom and CNNC [/] signed a contract in Beijing to supply fuel assemblies [red]for the "
        "CFR-600 fast reactor, the companies said on Monday.")


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stdout


def test_markup_in_titles_and_text_prints_as_text(tmp_path: Path) -> None:
    batch = tmp_path / "in.jsonl"
    batch.write_text(json.dumps({"id": "x", "title": TITLE, "text": TEXT}) + "\n", encoding="utf-8")
    bad = tmp_path / "odd [red]name :cn:.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    db = f"sqlite:///{tmp_path / 't.sqlite'}"
    result = runner.invoke(app, ["ingest", str(batch), str(bad), "--db", db])
    assert result.exit_code == 1, (result.output, result.exception)
    assert "odd [red]name :cn:.txt: binary file" in result.output.replace("\n", "")
    table = _run("events", "--db", db)
    assert "[/]" in table
    (event,) = [json.loads(line) for line in _run("events", "--db", db, "--format", "json").splitlines()]
    shown = _run("show", event["id"], "--db", db)
    assert TITLE in shown and "[red]" in shown
    assert "Rosatom" in _run("actors", "--db", db)


def test_cli_modules_style_with_text_objects_not_markup() -> None:
    """Markup in a printed f-string would be read together with the text put into it."""
    markup = re.compile(r"""["']\[/?(?:bold|red|green|yellow|cyan|dim|blue|magenta)\b[^\]]*\]""")
    for module in CLI.glob("*.py"):
        found = markup.findall(module.read_text(encoding="utf-8"))
        assert not found, f"{module.name} prints Rich markup {found}: use Text.assemble"
