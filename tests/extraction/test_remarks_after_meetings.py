"""A remark reported as made after a meeting does not make the meeting the event."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def test_a_remark_quoted_after_a_meeting_is_no_forum() -> None:
    doc = Document(id="d", lang="en", published="2024-05-01",
                   text=("Russia's Mir payment cards could be linked with Chinese payment systems such as "
                         "UnionPay, the finance minister was quoted as saying by Interfax after a government meeting."))
    assert "forum" not in {e.type for e in extract_document(doc).events}


def test_a_meeting_held_is_still_a_forum() -> None:
    doc = Document(id="d", lang="en", published="2024-05-01",
                   text=("UnionPay and the operator of Russia's Mir payment cards held a meeting in Shanghai on "
                         "linking their payment systems."))
    assert "forum" in {e.type for e in extract_document(doc).events}
