"""One country helping the other build a system, in the wordings a head of state uses
("помогает Китаю в создании", "will help China to build", "帮助中国打造"), is joint work on a
technology, not a line of diplomacy (vocab/event_types.yaml, joint_research)."""

from __future__ import annotations

import pytest

from techties.extraction.pipeline import extract_document
from techties.records import Document


@pytest.mark.parametrize(("text", "lang"), [
    ("Президент заявил, что Россия помогает Китаю в создании системы противоракетной обороны.", "ru"),
    ("Президент заявил, что Россия поможет Китаю создать систему противоракетной обороны.", "ru"),
    ("The president said Russia was helping China to build an anti-missile defence system.", "en"),
    ("总统表示，俄罗斯正在帮助中国打造导弹防御系统。", "zh"),
])
def test_helping_the_other_build_a_military_system_is_relevant(text: str, lang: str) -> None:
    doc = Document(id="doc_help", lang=lang, published="2025-05-20", title="", text=text)
    assert extract_document(doc).relevant
