"""What ingest says while it runs and when there is nothing to read."""

from __future__ import annotations

import io
import json
from pathlib import Path

from rich.console import Console
from typer.testing import CliRunner

from techties.interfaces.cli.app import app
from techties.interfaces.ingest_progress import IngestProgress, expected_items

runner = CliRunner()


def test_the_count_of_items_is_known_for_files_folders_and_json_lines(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("one", encoding="utf-8")
    (folder / "b.html").write_text("<p>two</p>", encoding="utf-8")
    lines = tmp_path / "docs.jsonl"
    lines.write_text('{"text": "x"}\n{"text": "y"}\n{"text": "z"}', encoding="utf-8")
    assert expected_items([str(folder), str(lines)]) == 5
    assert expected_items([str(folder), "https://example.org/feed"]) is None


def test_progress_lines_name_the_total_and_the_time_left_when_not_a_terminal() -> None:
    sink = io.StringIO()
    console = Console(file=sink, force_terminal=False, width=200)
    with IngestProgress(console, total=20, every_s=3600) as progress:
        for _ in range(20):
            progress.advance()
    lines = sink.getvalue().splitlines()
    assert lines[0].startswith("ingest: 2/20 items (10%)") and "left" in lines[0]
    assert len(lines) == 10 and lines[-1].startswith("ingest: 20 items in")


def test_ingest_logs_progress_to_a_pipe(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"d{i}", "lang": "en", "text": f"Weather note {i}."})
                              for i in range(3)) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(path), "--db", str(tmp_path / "p.sqlite")])
    assert result.exit_code == 0, result.output
    assert "ingest: 1/3 items" in result.stderr and "ingest: 3 items in" in result.stderr


def test_a_path_that_does_not_exist_says_so_without_a_table(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-article.txt"
    result = runner.invoke(app, ["ingest", str(missing), "--db", str(tmp_path / "m.sqlite")])
    assert result.exit_code == 2
    assert f"no such file or folder: {missing}" in result.stderr
    assert "seen" not in result.stdout and "added" not in result.stdout
