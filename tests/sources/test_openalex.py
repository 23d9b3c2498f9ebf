"""OpenAlex works read from snapshot JSON Lines (plain, gzip), saved API responses and
folders; a broken line or a truncated file is reported and the rest goes on."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from science.openalex_works import sample_works, write_api_response, write_snapshot
from techties.exceptions import ItemError
from techties.sources.openalex import WorkItem, read_works


def _split(items: list[WorkItem | ItemError]) -> tuple[list[WorkItem], list[ItemError]]:
    return [i for i in items if isinstance(i, WorkItem)], [i for i in items if isinstance(i, ItemError)]


def test_snapshot_lines_plain_and_gzip_read_the_same(tmp_path: Path) -> None:
    plain = write_snapshot(tmp_path / "part_000.jsonl", sample_works())
    packed = write_snapshot(tmp_path / "part_000.gz", sample_works())
    a, _ = _split(list(read_works(str(plain))))
    b, _ = _split(list(read_works(str(packed))))
    assert [w.raw["id"] for w in a] == [w.raw["id"] for w in b] and len(a) == 6
    assert a[0].key.endswith("part_000.jsonl#1")


def test_a_broken_line_is_reported_and_the_rest_goes_on(tmp_path: Path) -> None:
    works = sample_works()
    path = write_snapshot(tmp_path / "part.jsonl", works[:2], extra_lines=(
        '{"id": "https://openalex.org/W1", "authorships": [', "42",
        json.dumps(works[2])))
    good, bad = _split(list(read_works(str(path))))
    assert len(good) == 3
    assert [e.source.rsplit("#", 1)[1] for e in bad] == ["3", "4"]
    assert "invalid JSON on line 3" in bad[0].message


def test_api_responses_pretty_printed_or_one_per_line(tmp_path: Path) -> None:
    pretty = write_api_response(tmp_path / "page1.json", sample_works()[:3])
    good, _ = _split(list(read_works(str(pretty))))
    assert len(good) == 3 and good[0].key.endswith("page1.json#1.1")
    lines = tmp_path / "pages.jsonl"
    lines.write_text("\n".join(json.dumps({"meta": {}, "results": sample_works()[i:i + 2]})
                               for i in (0, 2, 4)) + "\n", encoding="utf-8")
    good, _ = _split(list(read_works(str(lines))))
    assert len(good) == 6 and good[2].key.endswith("pages.jsonl#2.1")


def test_a_truncated_gzip_keeps_what_was_read(tmp_path: Path) -> None:
    data = gzip.compress(("\n".join(json.dumps(w) for w in sample_works() * 50) + "\n").encode())
    path = tmp_path / "cut.gz"
    path.write_bytes(data[: len(data) // 2])
    good, bad = _split(list(read_works(str(path))))
    assert good and len(bad) == 1 and "cannot be read to the end" in bad[0].message


def test_a_folder_is_read_in_name_order_and_a_missing_path_reported(tmp_path: Path) -> None:
    folder = tmp_path / "works" / "updated_date=2024-01-01"
    folder.mkdir(parents=True)
    write_snapshot(folder / "part_001.gz", sample_works()[3:])
    write_snapshot(folder / "part_000.gz", sample_works()[:3])
    (folder / "manifest").write_text("not a works file")
    good, bad = _split(list(read_works(str(tmp_path / "works"))))
    assert [w.raw["id"][-2:] for w in good] == ["01", "02", "03", "04", "05", "06"] and not bad
    _, bad = _split(list(read_works(str(tmp_path / "nowhere.jsonl"))))
    assert bad[0].message == "no such file or folder"
