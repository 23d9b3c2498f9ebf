"""A Russian event told in a clause that a third state's claim governs ('в Госдепе заявили, что…',
'по мнению Вашингтона, …') is that state's word: alleged; the same clause under a side's own
speaker stays what it tells."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.extraction.russian_claims import third_state_claim
from techties.records import Document


def _stages(text: str) -> set[tuple[str, str]]:
    doc = Document(id="doc_ru_claim", text=text, lang="ru", published="2024-10-01")
    return {(e.type, e.stage) for e in extract_document(doc).events}


def test_a_clause_after_a_third_states_claim_is_told_apart() -> None:
    text = "В Минфине США утверждают, что завод отгружал платы посредникам."
    assert third_state_claim(text, text.index("что"))
    text = "По мнению Брюсселя, завод отгружал платы посредникам."
    assert third_state_claim(text, text.index(","))


def test_a_sides_own_word_or_a_plain_clause_is_no_claim() -> None:
    text = "Директор завода заявил, что завод отгружал платы посредникам."
    assert not third_state_claim(text, text.index("что"))
    text = "США ввели санкции, завод отгружал платы посредникам."
    assert not third_state_claim(text, text.index(","))


def test_shipments_a_third_state_asserts_are_alleged() -> None:
    text = ("В Госдепартаменте США заявили, что китайская компания Sinno Electronics поставляет "
            "российскому «Ростеху» микросхемы для ракет.")
    assert ("supply", "alleged") in _stages(text)


def test_shipments_a_side_reports_are_not_alleged() -> None:
    text = ("Глава «Ростеха» заявил, что китайская компания Sinno Electronics поставила корпорации "
            "микросхемы для ракет.")
    assert ("supply", "alleged") not in _stages(text)
