"""Events told in a sentence that names neither side, whose parties the story has named.

A story names its pair in the headline or the lead and goes on without naming them: "The two
sides agreed to set up a joint fund", "Стороны договорились создать …", "双方将共同建设…". Such
a sentence becomes an event of its own only when

- it refers to the parties together ("the two sides", "обе стороны", "双方": subject_references.yaml);
- it carries a type cue with a stage cue in the same clause (signed, agreed, will build): a
  cue word alone is a topic, not a happening; and it does not deny its verb (negations.yaml);
- the story reports the pair doing something in a sentence that names a side, and this
  sentence's type is not one already kept: a sentence of the same type is more of the
  same event and joins it as the pipeline merges;
- nothing marks it as about a third country, commodity trade, a sanction, a remark or
  boilerplate, and its type is not one that is often only the setting of another event.

Its parties are those of the nearest candidate before it that names a side, or, for a lead
that speaks of "the two sides" before naming them, those of the first.
"""

from __future__ import annotations

import re

from techties.extraction.candidates import Candidate
from techties.extraction.signals import SentenceSignals
from techties.extraction.stage import clause_stages
from techties.model.behaviour import priority_rank, types_where
from techties.model.lexicon import simplify
from techties.model.loader import load_negations, load_subject_references

SCORE = 0.75  # stands alone beside anchored events (pipeline.CONTEXT_FLOOR)
# Types whose sentence without a party is too often another story: a third state's sanctions,
# accusations in general ("a spate of treason cases") (`conflict` in vocab/event_types.yaml),
# the setting of another event (`setting`).
VETO_CONTEXT = ("third", "noise", "imposer", "speech", "boilerplate")


def refers_to_subject(text: str, lang: str | None) -> bool:
    """Whether the sentence refers to its story's parties together ("the two sides", "双方";
    traditional characters read as simplified: "雙方")."""
    low = simplify(text).lower()
    words = load_subject_references()
    langs = [lang] if lang in words else list(words)
    return any(word in low for code in langs for word in words[code])


def denied(text: str, lang: str | None) -> bool:
    """Whether the sentence denies its verb ("it can't ship", "не поставляет", "未能启动")."""
    low = text.lower()
    words = load_negations()
    if lang == "zh":
        return any(w in low for w in words["zh"])
    tokens = set(re.findall(r"\w+", low)) | ({"n't"} if "n't" in low or "n’t" in low else set())
    langs = [lang] if lang in words else ["en", "ru"]
    return any(w in tokens or (" " in w and w in low) for code in langs for w in words[code])


def _type_of(s: SentenceSignals) -> str | None:
    """The sentence's strongest type cue, when that type may borrow its parties: a type that
    is often only the setting of another event ("the forum", "the park") does not."""
    rank = priority_rank()
    ranked = sorted(s.types, key=lambda t: (-s.types[t], rank.get(t, len(rank))))
    best = ranked[0] if ranked else None
    if best is None or best in types_where("conflict") or best in types_where("setting"):
        return None
    return best


def context_candidates(signals: list[SentenceSignals], candidates: list[Candidate],
                       lang: str | None, headline: bool = False) -> list[Candidate]:
    """`candidates`, with the sentences that name no side but report an event of a new type
    of the story's pair; each such candidate takes its parties from `parties_from`.
    `headline`: the first sentence is the headline, whose type is no event told yet: a
    headline's "contract signed" is what the body's "the two sides signed it" tells."""
    anchors = sorted((c for c in candidates if c.sides_in_sentence), key=lambda c: c.index)
    if not anchors:
        return candidates
    kept_types = {c.type for c in candidates if c.score >= SCORE and not (headline and c.index == 0)}
    taken = {c.index: c for c in candidates}
    out = list(candidates)
    for i, s in enumerate(signals):
        if s.sides or not s.types or any(s.context[k] for k in VETO_CONTEXT):
            continue
        event_type = _type_of(s)
        if event_type is None or event_type in kept_types:
            continue
        before = [c for c in anchors if c.index < i]
        if not clause_stages(s.sentence.text, s.sentence.start, s.cue_spans, event_type):
            continue  # a topic, not a happening
        technology = bool(s.domains) or any(0 <= j < len(signals) and signals[j].domains for j in (i - 1, i + 1))
        if not technology:
            continue
        if not refers_to_subject(s.sentence.text, lang):
            continue
        if denied(s.sentence.text, lang):
            continue
        old = taken.get(i)
        if old is not None:
            out.remove(old)
        source = before[-1] if before else anchors[0]
        out.append(Candidate(i, event_type, set(), SCORE, parties_from=source.index))
        kept_types.add(event_type)
    return out
