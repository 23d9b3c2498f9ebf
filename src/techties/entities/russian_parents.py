"""A group named in passing as the one a Russian party belongs to is not a party itself.

Russian reports say whose a firm is in a clause of membership: "«Вертолеты России» (входят в
«Ростех»)", "входящий в госкорпорацию холдинг", "дочерняя компания «Газпрома»". The firm named
is the party (SCHEMA.md: a corporation's subsidiary is a party in its own right); the group
only says where it belongs. Its mention stays a side word, so the sentence still brings in
its side, but it is no longer a party.
"""

from __future__ import annotations

import re
from dataclasses import replace

from techties.entities.gazetteer import Mention

# The membership words and at most two words between them and the group's name (the kind of
# group: "в госкорпорацию", "в состав холдинга").
MEMBER_OF = re.compile(r"(?:\b(?:вход(?:ит|ят|ил[аи]?|ящ\w*|ивш\w*))\s+в\s+(?:состав\s+|структуру\s+|контур\s+)?"
                       r"|\bдочерн\w+\s+(?:компани\w+|структур\w+|обществ\w+|предприяти\w+)\s+)"
                       r"(?:[а-яё-]+\s+){0,2}?[«\"„“]?$", re.IGNORECASE)
WINDOW = 60  # characters before a name in which its clause of membership stands

AFFILIATION = "affiliation"  # a Mention kind: a side word, not a party


def groups_in_passing(sentence: str, mentions: list[Mention], offset: int = 0) -> list[Mention]:
    """`mentions` with each knowledge-base party named as the group another belongs to made
    a side word only."""
    out = []
    for m in mentions:
        start = m.start - offset
        if m.actor is not None and m.kind == "actor" and MEMBER_OF.search(sentence[max(0, start - WINDOW):start]):
            m = replace(m, kind=AFFILIATION)
        out.append(m)
    return out
