"""An event sentence that names a party as "the company" / "该公司" / "компания" takes it from the
sentences just before, even across a paragraph break."""

from __future__ import annotations

from techties.extraction.actors import refers_back
from techties.extraction.pipeline import extract_document
from techties.records import Document


def _doc(text: str, lang: str) -> Document:
    return Document(id="doc_anaphora", text=text, title="", lang=lang, published="2022-03-01")


def _actors(text: str, lang: str) -> set[str]:
    events = extract_document(_doc(text, lang)).events
    return {a.name for e in events for a in e.china_actors + e.russia_actors}


def test_words_that_point_back() -> None:
    assert refers_back("The company will open a laboratory.")
    assert refers_back("该公司将在莫斯科建设工厂。")
    assert refers_back("Российская сторона поставит оборудование.")
    assert not refers_back("Huawei will open a laboratory.")


def test_the_chinese_side_in_a_new_paragraph_is_the_firm_named_before() -> None:
    text = ("Huawei has long worked in Eastern Europe and keeps a large staff of engineers.\n\n"
            "The Chinese side signed an agreement with Rostelecom to build a joint 5G laboratory in Moscow.")
    assert "Huawei" in _actors(text, "en")


def test_chinese_this_company_in_a_new_paragraph() -> None:
    text = ("华为公司在东欧拥有大量工程师。\n\n"
            "该公司与俄罗斯电信公司签署协议，将在莫斯科共建5G联合实验室，中俄双方将共同研发。")
    assert "Huawei" in _actors(text, "zh")
