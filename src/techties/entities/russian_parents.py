"""Organisations a Russian sentence names in passing, only to place someone else: not parties.

Russian reports say whose a firm is in a clause of membership: "«Вертолеты России» (входят в
«Ростех»)", "входящий в госкорпорацию холдинг", "дочерняя компания «Газпрома»". The firm named
is the party (SCHEMA.md: a corporation's subsidiary is a party in its own right); the group
only says where it belongs. Likewise the employer of a commentator ("эксперт Лаборатории
Касперского заявил"): speakers and commentators are no actors (SCHEMA.md), and their
employer is named only to say who they are. A picture's credit ("Фото АО «Вертолеты России»")
names whose picture it is, not a party to what the text reports; an honorary title ("почетный
профессор Хэйлунцзянского университета") says what a person was granted, not who acts. The founders or members a
relative clause lists to say what another body is ("консорциум …, учредителями которого
являются X, Y и Z, обратился …") describe that body, which is the party. Such a mention
stays a side word, so the sentence still brings in its side, but it is no longer a party.
"""

from __future__ import annotations

import re
from dataclasses import replace

from techties.entities.gazetteer import Mention
from techties.entities.side_words import AFFILIATION, as_side_words

# The membership words and at most two words between them and the group's name (the kind of
# group: "в госкорпорацию", "в состав холдинга").
MEMBER_OF = re.compile(r"(?:\b(?:вход(?:ит|ят|ил[аи]?|ящ\w*|ивш\w*))\s+в\s+(?:состав\s+|структуру\s+|контур\s+)?"
                       r"|\bдочерн\w+\s+(?:компани\w+|структур\w+|обществ\w+|предприяти\w+)\s+)"
                       r"(?:[а-яё-]+\s+){0,2}?[«\"„“]?$", re.IGNORECASE)
# A commentator's role word, right before the organisation he works for, in the genitive.
COMMENTATOR_OF = re.compile(r"\b(?:эксперт|аналитик|экономист|востоковед|китаевед|синолог|политолог|обозревател)\w*"
                            r"(?:,?\s+(?:директор|руководител|заведующ\w*|сотрудник|профессор|декан|"
                            r"(?:ведущ|старш|главн)\w+\s+научн\w+\s+сотрудник|научн\w+\s+сотрудник)\w*)?"
                            r"\s+[«\"„“]?$", re.IGNORECASE)
# An honorary title, right before the body that granted it.
HONOUR_OF = re.compile(r"\bпоч[её]тн\w+\s+(?:профессор|доктор|член|гражданин|сотрудник|академик)\w*\s+[«\"„“]?$",
                       re.IGNORECASE)
# A picture's credit line, right before the organisation that took or gave it.
CREDIT_OF = re.compile(r"\b(?:фото|фотография|иллюстрация|видео|изображение)\s*[:—–-]?\s*"
                       r"(?:(?:АО|ПАО|ОАО|ЗАО|ООО|ГК)\s+)?[«\"„“]?$", re.IGNORECASE)
WINDOW = 60  # characters before a name in which its clause of membership or role word stands

# A relative clause that lists the founders, members or owners of the body before it.
MEMBERS_CLAUSE = re.compile(r"\b(?:учредител|участник|член|акционер|собственник|владел|основател)\w*\s+"
                            r"(?:котор\w+|его|ее|её)\s+(?:являются|является|выступают|выступили|стали)\s+",
                            re.IGNORECASE)
# What may stand between two names of such a list: commas, quotes, "и", and names the
# knowledge base does not hold (capitalised words, Latin letters, digits).
LIST_GAP = re.compile(r"^(?:[\s,«»\"„“]|\bи\b|[A-ZА-ЯЁ0-9][\w-]*)*$")


def groups_in_passing(sentence: str, mentions: list[Mention], offset: int = 0) -> list[Mention]:
    """`mentions` with each knowledge-base party named as the group another belongs to, as a
    commentator's employer, in a picture's credit or as the grantor of an honorary title, made
    a side word only."""
    def in_passing(m: Mention) -> bool:
        before = sentence[max(0, m.start - offset - WINDOW):m.start - offset]
        return any(p.search(before) for p in (MEMBER_OF, COMMENTATOR_OF, CREDIT_OF, HONOUR_OF))

    return _listed_members(sentence, as_side_words(mentions, in_passing), offset)


def _listed_members(sentence: str, mentions: list[Mention], offset: int) -> list[Mention]:
    """`mentions` with the knowledge-base parties of a relative clause's list of founders or
    members made side words: the list runs from the clause's verb while only commas, "и" and
    names stand between its names."""
    out = list(mentions)
    for clause in MEMBERS_CLAUSE.finditer(sentence):
        at = clause.end()
        for i, m in sorted(enumerate(out), key=lambda p: p[1].start):
            start = m.start - offset
            if start < at or not m.is_party and m.kind != AFFILIATION:
                continue
            if not LIST_GAP.match(sentence[at:start]):
                break
            if m.actor is not None and m.kind == "actor":
                out[i] = replace(m, kind=AFFILIATION)
            at = m.end - offset
    return out
