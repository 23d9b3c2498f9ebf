"""The ministry a minister's title names in Russian: "замминистра образования Китая",
"министр промышленности и торговли России".

SCHEMA.md: a minister acting for his state is no party, but his ministry is one where the
text names it, and a Russian report often names the ministry only through the title of the
person who acts for it: the office, its field in the genitive, then the country. The title's
words with the ministry's head word put back ("Министерство образования Китая") are the
ministry's own name, which the knowledge base knows. A minister with no field ("министр
России", "премьер-министр") is a member of the state's government: no body.
"""

from __future__ import annotations

import re
from functools import cache

from techties.entities.gazetteer import Mention, find_mentions, overlaps, taken_spans

# The office and the lowercase words of its field between it and the country.
MINISTER = re.compile(r"(?<![-\w])(?:(?:первого\s+|первый\s+)?(?:заместител\w*|зам\.?)\s+)?"
                      r"(?:министр\w*|замминистр\w*)\s+(?P<field>(?:[а-яё-]+\s+){1,6}?)$", re.IGNORECASE)
MINISTRY = "Министерство"
WINDOW = 90  # characters before the country in which the office stands


def ministries_of_ministers(sentence: str, known: list[Mention], offset: int = 0) -> list[Mention]:
    """The ministries that the ministers of `sentence` stand for, each a mention over the
    title and its country, where the knowledge base knows the ministry on that side."""
    taken = taken_spans(known, offset)
    out: list[Mention] = []
    for m in known:
        if m.kind != "country" or len(m.sides) != 1:
            continue
        start, end = m.start - offset, m.end - offset
        window = sentence[max(0, start - WINDOW):start]
        title = MINISTER.search(window)
        if title is None:
            continue
        title_start = start - len(window) + title.start()
        if overlaps(title_start, end, taken):
            continue
        body = _body(" ".join(f"{MINISTRY} {title.group('field')} {m.text}".split()))
        if body is None or m.sides[0] not in body.sides:
            continue
        taken.append((title_start, end))
        out.append(Mention(title_start + offset, m.end, sentence[title_start:end], body.sides, body.actor, "actor"))
    return out


@cache
def _body(phrase: str) -> Mention | None:
    """The knowledge base's body whose name is the whole of `phrase`."""
    found = [f for f in find_mentions(phrase) if f.actor is not None and f.start == 0 and f.end == len(phrase)]
    return found[0] if found else None
