"""Russian talks named as the setting of what a clause reports ('в ходе переговоров подписали',
'по итогам обсуждения') were held: no plan; talks that are the clause's own act ('ведут
переговоры о поставках') are."""

from __future__ import annotations

from collections import Counter

from techties.extraction.stage import sentence_stages


def _cues(text: str, words: dict[str, str]) -> Counter[str]:
    spans = [(text.find(w), text.find(w) + len(w), f"stages:{stage}") for w, stage in words.items()]
    return sentence_stages(text, 0, spans)


def test_talks_as_the_setting_tell_no_plan() -> None:
    text = "В ходе переговоров стороны подписали меморандум о совместных замерах."
    assert _cues(text, {"переговоров": "announced", "подписали": "signed"}) == Counter({"signed": 1})
    text = "По итогам обсуждения институты утвердили программу стажировок."
    assert _cues(text, {"обсуждения": "announced", "утвердили": "signed"}) == Counter({"signed": 1})


def test_talks_under_way_are_a_plan() -> None:
    text = "Холдинг ведёт переговоры о поставках турбин."
    assert _cues(text, {"переговоры": "announced"}) == Counter({"announced": 1})
