"""A Russian sentence closed by a verb of claim whose subject is a third state ("…, утверждают
американские чиновники", "… — заявили в Евросоюзе") tells that state's claim: alleged."""

from __future__ import annotations

from techties.extraction.russian_claims import third_state_claim_at_end


def test_a_closing_attribution_to_a_third_state_is_a_claim() -> None:
    assert third_state_claim_at_end("Китайские инженеры помогают российскому заводу собирать дроны, "
                                    "утверждают американские чиновники.")
    assert third_state_claim_at_end("Китайская фирма передала России чертежи турбин — заявили в Евросоюзе.")


def test_a_closing_attribution_to_a_side_is_no_claim() -> None:
    assert not third_state_claim_at_end("Китайские инженеры помогают российскому заводу собирать дроны, "
                                        "утверждают в Минпромторге России.")
    assert not third_state_claim_at_end("Китайские инженеры помогают российскому заводу собирать дроны.")


def test_joint_work_told_by_third_state_officials_is_alleged() -> None:
    from techties.extraction.pipeline import extract_document
    from techties.records import Document

    text = ("Китай резко нарастил поставки станков в Россию, пишет агентство со ссылкой на американских "
            "чиновников. Китайские и российские компании работают над совместной разработкой военных "
            "беспилотников в России, утверждают американские чиновники.")
    doc = Document(id="doc_test", text=text, title="Китай нарастил поставки станков в Россию", lang="ru",
                   published="2024-04-13")
    assert [(e.type, e.stage) for e in extract_document(doc).events] == [
        ("supply", "alleged"), ("joint_research", "alleged")]
