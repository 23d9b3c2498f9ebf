"""A meeting that a Russian clause puts after a word of plan or decision ('намерены провести
симпозиум', 'договорились провести заседание') is still to come, as its future tense would say;
one held ('провели симпозиум') stays held."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def _stages(text: str) -> set[tuple[str, str]]:
    doc = Document(id="doc_ru_planned_meeting", text=text, lang="ru", published="2024-06-01")
    return {(e.type, e.stage) for e in extract_document(doc).events}


def test_a_symposium_intended_is_announced() -> None:
    text = ("Институт прикладной математики РАН и Фуданьский университет намерены провести совместный "
            "симпозиум по квантовой оптике.")
    assert ("forum", "announced") in _stages(text)


def test_a_session_agreed_on_is_announced() -> None:
    text = ("Российская академия наук и Китайская академия наук договорились провести очередное заседание "
            "рабочей группы по научному сотрудничеству в Ухане.")
    assert ("forum", "announced") in _stages(text)


def test_a_symposium_held_is_implemented() -> None:
    text = ("Институт прикладной математики РАН и Фуданьский университет провели совместный "
            "симпозиум по квантовой оптике.")
    assert ("forum", "implemented") in _stages(text)


def test_a_holding_planned_is_announced() -> None:
    text = ("Институт прикладной математики РАН и Фуданьский университет планируют проведение совместного "
            "симпозиума по квантовой оптике.")
    assert ("forum", "announced") in _stages(text)
