"""A headline that names only the two countries, with the lead that repeats it, tells in general
words the event the body reports with its parties: it joins that event rather than stand as a
second one (pipeline._general_headline)."""

from __future__ import annotations

import pytest

from techties.extraction.pipeline import extract_document
from techties.records import Document

STORIES = {
    "en": ("Russia and China sign agreement on fast-reactor fuel",
           "Russia and China have signed an agreement on fuel for fast reactors. The agreement was signed "
           "in Beijing by Rosatom and China National Nuclear Corporation on Monday."),
    "ru": ("Россия и Китай подписали соглашение о топливе для быстрых реакторов",
           "Россия и Китай подписали соглашение о топливе для быстрых реакторов. Документ подписали "
           "Росатом и Китайская национальная ядерная корпорация в Пекине."),
    "zh": ("中俄签署快堆燃料协议",
           "中国和俄罗斯签署了快堆燃料协议。俄罗斯国家原子能公司与中国核工业集团公司在北京签署了该协议。"),
}


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_the_general_headline_joins_the_event_that_names_the_parties(lang: str) -> None:
    title, text = STORIES[lang]
    events = extract_document(Document(id="d", title=title, text=text, lang=lang, published="2025-05-01")).events
    [agreement] = events
    assert [a.name for a in agreement.russia_actors] == ["Rosatom"]
    assert len(agreement.evidence) >= 2


def test_two_named_events_of_the_type_leave_the_headline_its_own() -> None:
    title = "Russia and China sign agreements on nuclear fuel"
    text = ("Russia and China have signed agreements on nuclear fuel. Rosatom and China National Nuclear "
            "Corporation signed a fuel supply agreement. TVEL and China General Nuclear Power Group signed "
            "an agreement on fuel fabrication.")
    events = extract_document(Document(id="d", title=title, text=text, lang="en", published="2025-05-01")).events
    assert any(not e.china_actors and not e.russia_actors for e in events)
