"""What each sentence carries: actors, sides, and the cue words of every vocabulary.

The document is tokenised and looked up once; hits are then handed to the
sentences they fall in, which keeps extraction linear in the document's length.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from techties.entities.acronyms import find_acronyms
from techties.entities.gazetteer import Mention, find_mentions
from techties.entities.people import find_people
from techties.entities.regions import acting_regions
from techties.entities.russian_names import (
    absorbed_parents,
    find_russian_names,
    people_in_nominative,
    worth_tagging,
)
from techties.entities.russian_officials import ministries_of_ministers
from techties.entities.unresolved import find_unresolved
from techties.extraction.chinese_heads import meeting_hosts
from techties.extraction.cues import context_lexicon, cue_weight, find_cues
from techties.extraction.enumerations import outside_area_lists
from techties.extraction.joint_names import joint_centres
from techties.extraction.pair_adjectives import without_pair_adjectives
from techties.extraction.sentences import Sentence, split_sentences
from techties.extraction.tense import after_to, refused, tenseless
from techties.model.lexicon import CJK, Hit, tokenize


@dataclass
class SentenceSignals:
    sentence: Sentence
    mentions: list[Mention] = field(default_factory=list)
    types: Counter[str] = field(default_factory=Counter)  # weighted by cue_weight
    stages: Counter[str] = field(default_factory=Counter)
    domains: Counter[str] = field(default_factory=Counter)
    context: Counter[str] = field(default_factory=Counter)  # context.yaml cues: see context_lexicon
    cue_spans: list[tuple[int, int, str]] = field(default_factory=list)

    @property
    def sides(self) -> set[str]:
        return {side for m in self.mentions for side in m.sides}


def _assign(sentences: list[Sentence], starts: list[int], hits: list[Hit[str]], out: list[SentenceSignals],
            attribute: str) -> None:
    for hit in hits:
        i = bisect_right(starts, hit.start) - 1
        if i >= 0 and hit.start < sentences[i].end:
            getattr(out[i], attribute)[hit.payload] += cue_weight(hit) if attribute == "types" else 1
            out[i].cue_spans.append((hit.start, hit.end, f"{attribute}:{hit.payload}"))


def read_signals(text: str, lang: str | None) -> list[SentenceSignals]:
    """One SentenceSignals per sentence of `text`."""
    sentences = split_sentences(text)
    starts = [s.start for s in sentences]
    out = [SentenceSignals(s) for s in sentences]
    tokens = tokenize(text)
    # a Latin name in Chinese text stands against the characters around it (华为与MTS签署)
    name_tokens = tokenize(text, split_scripts=True) if CJK.search(text) else tokens
    mentions = find_mentions(text, name_tokens)
    for mention in mentions:
        i = bisect_right(starts, mention.start) - 1
        if i >= 0 and mention.start < sentences[i].end:
            out[i].mentions.append(mention)
    # "Gazprombank" (天然气工业银行): a word of gas trade inside a party's name says what the
    # party is called, not what the sentence is about
    names = [(m.start, m.end) for m in mentions if m.is_party]
    context = [h for h in context_lexicon().find(text, tokens)
               if not (h.payload == "noise" and any(a <= h.start and h.end <= b for a, b in names))]
    # "refused to comment": the words of a cue inside a set phrase that means nothing
    idle = [(h.start, h.end) for h in context if h.payload == "idle"]
    type_hits = [h for h in find_cues("event_type", text, without_pair_adjectives(text, tokens))
                 if not any(s <= h.start and h.end <= e for s, e in idle)]
    type_hits = joint_centres(text, outside_area_lists(text, type_hits))
    if CJK.search(text):  # "大学联盟校长论坛": the alliance's forum, no alliance event
        type_hits = meeting_hosts(text, type_hits)
    _assign(sentences, starts, type_hits, out, "types")
    # a cue in the infinitive ("планирует открыть", "launched to explore", "are to set up a
    # venture") is no tense: the word that governs it tells the stage
    stage_hits = [h for h in find_cues("stage", text, tokens)
                  if not (h.payload in ("implemented", "signed") and tenseless(h.text.split()[-1]))
                  and not after_to(text, h.start)
                  # "俄方对此不同意": a negated agreement agrees nothing
                  and not (h.payload == "signed" and CJK.match(h.text) and refused(text, h.start))]
    _assign(sentences, starts, stage_hits, out, "stages")
    _assign(sentences, starts, find_cues("domain", text, tokens), out, "domains")
    _assign(sentences, starts, context, out, "context")
    return out


def add_unresolved(signals: SentenceSignals, lang: str | None, *, tagger: bool = True) -> None:
    """Look for names outside the knowledge base; only worth it in candidate sentences (and
    the named-entity tagger, the costly part, only where `tagger`)."""
    s = signals.sentence
    tagged = tagger and lang == "ru" and worth_tagging(s.text, signals.mentions, s.start)
    if lang == "ru":  # "министр образования Китая": the ministry a title names
        signals.mentions.extend(ministries_of_ministers(s.text, signals.mentions, offset=s.start))
    signals.mentions.extend(find_unresolved(s.text, lang, signals.mentions, offset=s.start))
    signals.mentions.extend(find_people(s.text, lang, signals.mentions, offset=s.start))
    signals.mentions.extend(acting_regions(s.text, lang, signals.mentions, offset=s.start))
    if tagged:  # plain-word names in Russian, which the patterns above do not see
        signals.mentions.extend(find_russian_names(s.text, signals.mentions, offset=s.start))
        signals.mentions = absorbed_parents(signals.mentions)
        signals.mentions = people_in_nominative(s.text, signals.mentions, s.start)
    signals.mentions.sort(key=lambda m: m.start)


def add_acronyms(signals: SentenceSignals, learnt: dict[str, Mention]) -> None:
    """Uses of the short forms the document defined for its parties."""
    s = signals.sentence
    signals.mentions.extend(find_acronyms(s.text, learnt, signals.mentions, offset=s.start))
    signals.mentions.sort(key=lambda m: m.start)
