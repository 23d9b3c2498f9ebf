"""To go on with a thing presupposes it is going on: "will continue working" reports a centre
at work, not a plan, and the tense is read in the whole sentence when the event's own clause
(cut short by a list of cities) has no stage words."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.extraction.tense import underway_marks
from techties.records import Document


def _stages(text: str, lang: str) -> set[tuple[str, str]]:
    doc = Document(id="doc_continue", text=text, title="", lang=lang, published="2024-05-14")
    return {(e.type, e.stage) for e in extract_document(doc).events}


def test_continuing_is_counted_as_under_way() -> None:
    assert underway_marks("the centre will continue working on 5G") == 1
    assert underway_marks("центр продолжит работу над сетями 5G") == 1
    assert underway_marks("the centre will start working on 5G") == 0


def test_a_centre_that_will_continue_its_work_is_at_work() -> None:
    text = ("Huawei's research centres in Moscow, Kazan and Novosibirsk will continue working "
            "on 5G networks and machine vision.")
    assert _stages(text, "en") == {("rnd_center", "implemented")}


def test_a_centre_that_will_open_is_planned() -> None:
    text = "Huawei's research centres in Moscow, Kazan and Novosibirsk will open next year."
    assert _stages(text, "en") == {("rnd_center", "announced")}
