"""A Russian type cue that the sentence denies tells no event: "Россия не будет поставлять
двигатели", "поставлять вертолёт не предполагается", "никаких ограничений нет", "без
ограничений". The deed is ruled out or the trouble absent; no cooperation is reported by it.

Read by `candidates.find_candidates` for Russian sentences only.
"""

from __future__ import annotations

import re

# "не" right before the cue, after at most one auxiliary or verb of plan ("не будет поставляться",
# "не предполагается поставлять", "не планирует открывать")
_DENIED_BEFORE = re.compile(r"\bне\s+(?:(?:будет|будут|станет|станут|предполагается|планируется|планирует"
                            r"|планируют|собирается|собираются|намерен[аы]?)\s+)?$", re.IGNORECASE)
# a trouble said to be absent: "никаких ограничений", "нет ограничений", "без ограничений"
_ABSENT_BEFORE = re.compile(r"\b(?:никаких|никакого|никакой|нет|без)\s+$", re.IGNORECASE)
# "ограничений нет", "проблем не возникало"
_ABSENT_AFTER = re.compile(r"^\s+(?:[а-яё]+\s+){0,3}?(?:нет|не\s+было|не\s+возникал[оаи]?)\b", re.IGNORECASE)
_TROUBLE = ("ограничени", "проблем", "трудност", "запрет", "претензи", "разногласи")


def denied_types(text: str, start: int, cue_spans: list[tuple[int, int, str]]) -> set[str]:
    """The event types whose every cue in the sentence is denied."""
    denied: dict[str, bool] = {}
    for a, b, label in cue_spans:
        if not label.startswith("types:"):
            continue
        at, end = a - start, b - start
        cue = text[at:end].lower()
        before = text[max(0, at - 40):at]
        no = bool(_DENIED_BEFORE.search(before))
        if cue.startswith(_TROUBLE):
            no = no or bool(_ABSENT_BEFORE.search(before) or _ABSENT_AFTER.match(text[end:end + 60]))
        kind = label[6:]
        denied[kind] = denied.get(kind, True) and no
    return {kind for kind, no in denied.items() if no}
