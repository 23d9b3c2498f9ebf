"""Sentences that compare the two sides rather than report their dealings ("Roskomnadzor
relies on blocking, while China's Cyberspace Administration licenses providers"): each side
stands wholly on its own side of a word of contrast, listed in model/contrast.yaml. Such a
sentence says what each does on its own, however many cue words of friction or supply it holds.
"""

from __future__ import annotations

import re
from functools import cache

from techties.exceptions import ModelError
from techties.extraction.signals import SentenceSignals
from techties.model.loader import load_model_mapping


@cache
def _markers(lang: str) -> re.Pattern[str] | None:
    data = load_model_mapping("contrast.yaml")
    if not isinstance(data.get("markers"), dict):
        raise ModelError("contrast.yaml: needs a mapping `markers` of languages to lists")
    words = data["markers"].get(lang) or []
    if not words:
        return None
    if lang == "zh":
        return re.compile("|".join(re.escape(w) for w in words))
    # a word opens the marker whole; a comma opens it right after the word before
    spoken = [(r"(?<!\w)" if w[0].isalnum() else "") + r"\s*".join(re.escape(part) for part in w.split())
              for w in words]
    return re.compile(r"(?:" + "|".join(spoken) + r")(?!\w)", re.IGNORECASE)


def contrasted(s: SentenceSignals, lang: str | None) -> bool:
    """Whether a word of contrast parts the sentence's Chinese parties from its Russian ones."""
    pattern = _markers(lang) if lang in ("en", "ru", "zh") else None
    if pattern is None:
        return False
    base = s.sentence.start
    # the parties named, not the country words: "Russia and Ukraine build drones, while relying
    # on Chinese parts" compares nothing
    spans = {side: [(m.start - base, m.end - base) for m in s.mentions if m.is_party and m.sides == (side,)]
             for side in ("CN", "RU")}
    if not spans["CN"] or not spans["RU"] or any(len(m.sides) > 1 for m in s.mentions):
        return False
    for marker in pattern.finditer(s.sentence.text):
        at = marker.start()
        for first, second in (("CN", "RU"), ("RU", "CN")):
            if all(e <= at for _, e in spans[first]) and all(a >= marker.end() for a, _ in spans[second]):
                return True
    return False
