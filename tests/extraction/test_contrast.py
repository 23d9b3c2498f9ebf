"""A story whose every candidate sentence sets the two sides' parties against each other
("Roskomnadzor blocks sites, while China's Cyberspace Administration licenses providers")
compares them and reports no dealings; beside a sentence of the pair at work, such a line
shares out a joint project and stays (contrast.py, candidates.find_candidates)."""

from __future__ import annotations

import pytest

from techties.extraction.contrast import contrasted
from techties.extraction.pipeline import extract_document
from techties.extraction.signals import read_signals
from techties.records import Document


@pytest.mark.parametrize(("title", "text", "lang"), [
    ("Two models of internet control",
     "Lawyers say Roskomnadzor enforces its rules through blocking orders, while China's Cyberspace "
     "Administration licenses content providers in advance.", "en"),
    ("Два подхода к регулированию интернета",
     "Юристы отмечают, что если Роскомнадзор действует через блокировки, то Администрация "
     "киберпространства Китая заранее выдаёт лицензии поставщикам контента.", "ru"),
    ("两国网络立法比较",
     "学者指出，俄罗斯联邦通信、信息技术和大众传媒监督局主要依靠封锁网站，"
     "而中国国家互联网信息办公室则实行事前许可。", "zh"),
])
def test_a_comparison_of_regulators_is_not_relevant(title: str, text: str, lang: str) -> None:
    doc = Document(id="doc_compare", lang=lang, published="2024-03-01", title=title, text=text)
    assert not extract_document(doc).relevant


def test_a_share_out_of_a_joint_project_stays() -> None:
    doc = Document(id="doc_share", lang="en", published="2024-03-01", title="",
                   text=("Rosatom and CNNC began building two reactors at the Tianwan plant on Tuesday.\n"
                         "The reactors will be supplied by Rosatom, while construction is the job of CNNC."))
    assert extract_document(doc).relevant


def test_country_words_alone_are_no_contrast() -> None:
    s = read_signals("Russia builds drone factories, while relying on Chinese parts.", "en")[0]
    assert not contrasted(s, "en")
