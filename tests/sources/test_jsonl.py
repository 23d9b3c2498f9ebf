"""JSON Lines: a raw document a line, located by its number; a bad line does not stop the rest."""

from __future__ import annotations

import json
from pathlib import Path

from .helpers import read_all


def test_lines_become_documents_and_bad_lines_errors(tmp_path: Path) -> None:
    good = {"id": "a1", "url": "https://example.org/a1", "title": "Joint lab",
            "published": "2020-05-01", "lang": "en", "text": "Two institutes open a lab."}
    html = {"id": 7, "html": "<p>Станция 5G запущена.</p>", "lang": "ru"}
    lines = [json.dumps(good), "", json.dumps(html), "[1, 2]", '{"id": "x", "title": "no body"}',
             "{not json", json.dumps({"id": "z", "text": "Last line \u2028 still one line."})]
    path = tmp_path / "items.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors = read_all(path)

    assert [d.locator for d in docs] == ["1", "3", "7"]
    first = docs[0]
    assert (first.external_id, first.url, first.title, first.published, first.lang) == (
        "a1", "https://example.org/a1", "Joint lab", "2020-05-01", "en")
    assert first.text == "Two institutes open a lab."
    assert first.key == f"{path}#1"
    assert docs[1].html == "<p>Станция 5G запущена.</p>" and docs[1].text is None
    assert docs[1].external_id == "7"
    assert docs[2].text == "Last line \u2028 still one line."

    assert [e.source for e in errors] == [f"{path}#4", f"{path}#5", f"{path}#6"]
    assert errors[0].message == "line 4 is not a JSON object"
    assert errors[1].message == "line 5 has no text or html"
    assert errors[2].message.startswith("invalid JSON on line 6")


def test_a_text_that_is_not_a_string_is_an_item_error(tmp_path: Path) -> None:
    lines = [{"id": 1, "text": 5}, {"id": 2, "html": ["<p>a</p>"]}, {"id": 3, "text": True},
             {"id": 4, "text": "Joint lab opened.", "title": 2024}]
    path = tmp_path / "items.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    docs, errors = read_all(path)
    assert [e.message for e in errors] == ["line 1: 'text' is a number, not a string",
                                           "line 2: 'html' is a list, not a string",
                                           "line 3: 'text' is true or false, not a string"]
    assert [(d.external_id, d.title) for d in docs] == [("4", "2024")]
