"""A Russian type cue the sentence denies ("не будет поставлять", "поставлять не предполагается",
"никаких ограничений нет") tells no event."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.extraction.russian_negation import denied_types
from techties.records import Document


def _denied(sentence: str, cue: str, kind: str) -> set[str]:
    at = sentence.index(cue)
    return denied_types(sentence, 0, [(at, at + len(cue), f"types:{kind}")])


def test_a_deed_ruled_out_is_denied() -> None:
    assert _denied("Двигатели не будут поставляться из третьих стран.", "поставляться", "supply") == {"supply"}
    assert _denied("Машину не предполагается поставлять на рынок.", "поставлять", "supply") == {"supply"}
    assert _denied("Завод будет поставлять двигатели в Китай.", "поставлять", "supply") == set()


def test_a_trouble_said_to_be_absent_is_denied() -> None:
    assert _denied("Никаких ограничений со стороны Китая нет.", "ограничений", "friction") == {"friction"}
    assert _denied("Ограничений для поставок пока нет.", "Ограничений", "friction") == {"friction"}
    assert _denied("Китай ввел ограничения на экспорт дронов.", "ограничения", "friction") == set()


def test_a_story_of_absent_trouble_tells_no_friction() -> None:
    doc = Document(id="doc_test", lang="ru", published="2024-05-10", title="Китай готов поставлять России станки",
                   text="Китайские поставщики готовы отгружать станки российским заводам. Ограничений со "
                        "стороны Пекина нет, сообщил торгпред России в КНР.")
    assert [(e.type, e.stage) for e in extract_document(doc).events] == [("supply", "announced")]
