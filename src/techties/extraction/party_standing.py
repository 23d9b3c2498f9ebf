"""A sanctions cue that only describes a party tells that party's standing, not a measure the
sentence reports: "Sberbank, which faces Western sanctions, …", "one firm, which was not on US
sanctions lists, …", "российским фирмам, которые находятся под санкциями", "компании DJI,
находящейся под санкциями США". The sentence's deed is the supply or the charge; a
countermeasure needs its own telling ("imposed sanctions on…", "США ввели санкции против…").

One test, "every measure cue of the sentence stands in such a description", with each
language's grammar of description: an English non-restrictive relative clause, a Russian
participle or relative clause of standing right before the cue.
"""

from __future__ import annotations

import re

from techties.model.behaviour import types_of_kind

# a non-restrictive relative clause: from ", which" or ", who" to the next comma or the end
_RELATIVE_EN = re.compile(r",\s+(?:which|who)\b[^,]*", re.IGNORECASE)
# the participle or the relative clause of standing right before the cue: "находящейся под",
# "которые находятся под", "на которые распространяются"
_STANDING_BEFORE_RU = re.compile(
    r"(?:\bнаходящ[а-яё]*|\bкотор[а-яё]+\s+(?:уже\s+)?наход(?:и|я)тся|\bкотор[а-яё]+\s+(?:уже\s+)?находил[аио]?сь"
    r"|\bкотор[а-яё]+\s+(?:уже\s+)?находился|\bна\s+котор[а-яё]+\s+распространя[а-яё]+)\s+(?:под\s+)?$",
    re.IGNORECASE)
RU_REACH = 60  # characters before a Russian cue read for its phrase of standing


def measures_describe_parties(text: str, start: int, cue_spans: list[tuple[int, int, str]],
                              lang: str | None) -> bool:
    """Whether the sentence has a measure cue and every one describes a party (English and
    Russian; False in other languages)."""
    measures = types_of_kind("measure")
    at = [a - start for a, _b, label in cue_spans if label.startswith("types:") and label[6:] in measures]
    if not at:
        return False
    if lang == "en":
        clauses = [(m.start(), m.end()) for m in _RELATIVE_EN.finditer(text)]
        return all(any(lo <= a < hi for lo, hi in clauses) for a in at)
    if lang == "ru":
        return all(_STANDING_BEFORE_RU.search(text[max(0, a - RU_REACH):a]) for a in at)
    return False
