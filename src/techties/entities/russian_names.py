"""Organisations and people in Russian text that the knowledge base lacks, found by natasha's
named-entity tagger and given an English name.

The patterns of unresolved.py see only names with a quoted body or a legal form; a Russian
report more often names a party in plain words (Томский государственный университет,
администрация Благовещенска). natasha tags those spans; each is put into the nominative and
rendered word by word in English (Tomsk State University, Administration of Blagoveshchensk)
so that it compares with the names an analyst searches for. The side comes from the name:
a place or country word inside it or just before it, a Chinese name in Palladius spelling, a
Russian legal form or a Russian region. A name whose side cannot be told is dropped.

The models are loaded once per process, on first use, and run only on the sentences that
extraction looks at, so the tagger's cost is paid on a few sentences a document.
"""

from __future__ import annotations

import ctypes
import re
from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from techties.entities.gazetteer import Mention, overlaps, taken_spans
from techties.entities.palladius import pinyin_of
from techties.entities.people import OFFICE
from techties.entities.people import _side as name_side
from techties.entities.side_words import AFFILIATION
from techties.entities.transliteration import transliterate
from techties.model.loader import load_russian_name_tables as name_tables


@dataclass(frozen=True)
class Word:
    text: str
    start: int  # within the sentence
    end: int
    pos: str
    case: str | None
    plural: bool
    lemma: str


@dataclass(frozen=True)
class Span:
    kind: str  # ORG, PER or LOC
    start: int
    end: int
    words: tuple[Word, ...]
    normal: str = ""  # a person's name in the nominative (Александру Шиплюку → Александр Шиплюк)


# The tagger multiplies small matrices, a sentence at a time: BLAS threads only contend with
# each other and with the other worker processes, and slow it tenfold on a busy machine.
BLAS_THREAD_SETTERS = ("scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads",
                       "openblas_set_num_threads64_", "openblas_set_num_threads")


def _one_blas_thread() -> None:
    """Limit the BLAS library numpy loaded to one thread (what threadpoolctl does)."""
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            paths = {line.split()[-1] for line in maps if "openblas" in line.lower() and "/" in line}
    except OSError:
        return
    for path in paths:
        try:
            library = ctypes.CDLL(path)
        except OSError:
            continue
        for setter in BLAS_THREAD_SETTERS:
            if hasattr(library, setter):
                getattr(library, setter)(1)
                break


@cache
def _models() -> tuple[Any, Any, Any, Any]:
    """natasha's segmenter, tagger, morphology tagger and dictionary, loaded once."""
    from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    from techties.entities.viterbi import faster

    embedding = NewsEmbedding()
    _one_blas_thread()
    return Segmenter(), faster(NewsNERTagger(embedding)), NewsMorphTagger(embedding), MorphVocab()


def warm() -> None:
    """Load the models now, so the first Russian document is not slower than the rest."""
    _models()


def morph_vocab() -> Any:
    """natasha's morphological dictionary (about 20 MB), one copy shared by all its readers."""
    return _models()[3]


CACHE_SIZE = 256
_tagged: OrderedDict[str, list[Span]] = OrderedDict()


def tag_sentences(sentences: list[str]) -> None:
    """Tag several sentences in one pass of the models (a pass has a fixed cost that a
    sentence alone pays in full); `tag` then reads the results back."""
    todo = [s for s in dict.fromkeys(sentences) if s not in _tagged]
    if not todo:
        return
    from natasha import Doc

    segmenter, ner, morph, vocab = _models()
    joined = SEPARATOR.join(todo)
    doc = Doc(joined)
    doc.segment(segmenter)
    doc.tag_ner(ner)
    _tag_span_morphology(doc, morph)
    starts, at = [], 0
    for sentence in todo:
        starts.append(at)
        at += len(sentence) + len(SEPARATOR)
    found: list[list[Span]] = [[] for _ in todo]
    for span in doc.spans:
        i = bisect_right(starts, span.start) - 1
        base = starts[i]
        if span.stop > base + len(todo[i]):
            continue  # ran across the separator
        words = []
        for token in span.tokens:
            feats = token.feats or {}
            lemma = vocab.lemmatize(token.text, token.pos, feats) if token.pos in ("NOUN", "PROPN", "ADJ") \
                else token.text.lower()
            words.append(Word(token.text, token.start - base, token.stop - base, token.pos or "",
                              feats.get("Case"), feats.get("Number") == "Plur", lemma.replace("ё", "е")))
        normal = ""
        if span.type == "PER":
            span.normalize(vocab)
            normal = span.normal or ""
        found[i].append(Span(span.type, span.start - base, span.stop - base, tuple(words), normal))
    for sentence, spans in zip(todo, found, strict=True):
        _tagged[sentence] = spans
        _tagged.move_to_end(sentence)
    while len(_tagged) > max(CACHE_SIZE, len(todo)):
        _tagged.popitem(last=False)


SEPARATOR = "\n\n"
MORPH_CONTEXT = 2  # words before a span that tell its case (a preposition, a verb)


def _tag_span_morphology(doc: Any, morph: Any) -> None:
    """Part of speech and case for the words of the tagged spans only, each read with the
    couple of words before it: the morphology tagger costs as much as the entity tagger
    when it reads whole sentences, and only the names need it."""
    if not doc.spans:
        return
    index = {id(token): i for i, token in enumerate(doc.tokens)}
    pieces = []
    for span in doc.spans:
        first, last = index[id(span.tokens[0])], index[id(span.tokens[-1])]
        pieces.append(doc.tokens[max(0, first - MORPH_CONTEXT):last + 1])
    for tokens, markup in zip(pieces, morph.map([[t.text for t in tokens] for tokens in pieces]), strict=True):
        for token, tagged in zip(tokens, markup.tokens, strict=True):
            token.pos, token.feats = tagged.pos, tagged.feats


# A model designation (ВВЭР-1200, Су-35, МС-21): letters, a hyphen and a number name a
# product, which natasha often tags as an organisation; a product is never a party.
MODEL_DESIGNATION = re.compile(r"[А-ЯЁA-Z][А-ЯЁA-Zа-яё]{0,5}-\d+[А-ЯЁA-Zа-яё]{0,3}")
CAPITALISED = re.compile(r"«|\b[А-ЯЁA-Z][\w-]*")
FIRST_WORD_NAME = re.compile(r"ск(?:ий|ая|ое|ие|ого|ой|ом|им|ую|их|ими)$")


def worth_tagging(sentence: str, known: list[Mention], offset: int = 0) -> bool:
    """Whether `sentence` may hold a name the knowledge base has not read: a quote, or a
    capitalised word outside its parties and country words (a sentence's first word only
    when it looks like a name), so the tagger's cost is not paid for nothing."""
    covered = taken_spans(known, offset, countries_too=True)
    for m in CAPITALISED.finditer(sentence):
        if overlaps(m.start(), m.end(), covered):
            continue
        word = m.group()
        if m.start() == len(sentence) - len(sentence.lstrip()) and word != "«":
            _, _, _, vocab = _models()
            lower = word.lower()
            if not (word.isupper() or FIRST_WORD_NAME.search(lower) or not vocab.word_is_known(lower)
                    or any(tag in form.tag for form in vocab.parse(lower)[:1] for tag in ("Geox", "Orgn", "Abbr"))):
                continue
        return True
    return False


def tag(sentence: str) -> list[Span]:
    """natasha's ORG, PER and LOC spans of `sentence`, with the morphology of their words."""
    if sentence not in _tagged:
        tag_sentences([sentence])
    return _tagged[sentence]


# --- English rendering ------------------------------------------------------------------

QUOTED = re.compile(r"[«\"“„]([^»\"”“]{2,60})[»\"”“]?")


def _plural(english: str) -> str:
    if english.endswith("y") and not english.endswith("ey"):
        return english[:-1] + "ies"
    return english if english.endswith("s") else english + "s"


def _capital(latin: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in latin.split("-"))


def _latin(word: str, chinese: bool) -> str:
    """A word in Latin letters: a Chinese party's name in Palladius spelling back in pinyin
    (Тяньма → Tianma), anything else transliterated."""
    pinyin = pinyin_of(word) if chinese and word[:1].isupper() else None
    return pinyin or _capital(transliterate(word))


def _word_english(word: Word, chinese: bool = False) -> str:
    tables = name_tables()
    lemma = word.lemma.casefold()
    english = tables.english.get(lemma)
    if english is not None:
        return _plural(english) if word.plural and word.pos == "NOUN" and " " not in english else english
    if word.text.isupper() and len(word.text) > 1:
        return transliterate(word.text)  # an acronym stays as written
    if word.pos == "ADJ" and word.text[:1].isupper():
        place = _place_of_adjective(lemma)
        if place:
            return place
    if word.pos == "PROPN" or word.text[:1].isupper():
        return _latin(word.text if word.case in (None, "Nom") else lemma.capitalize(), chinese)
    return _capital(transliterate(lemma if word.pos in ("NOUN", "ADJ") else word.text))


CHINESE_PLACE_MIN = 5  # letters of a Chinese place in Palladius spelling (Шэньян, Ухань); shorter stems are Russian
PLACE_TAILS = ("а", "ь", "я", "ия", "")  # Самарский → Самара, Пермский → Пермь, Уханьский → Ухань


def _place_of_adjective(lemma: str) -> str | None:
    """The place an adjective is made from, in Latin letters (Томский → Tomsk, Уханьский →
    Wuhan): the dictionary's place names are tried before the plain -ск form."""
    tables = name_tables()
    _, _, _, vocab = _models()
    for ending, place_ending in tables.place_endings.items():
        if not lemma.endswith(ending):
            continue
        stem = lemma[: -len(ending)]
        for candidate in (stem + place_ending, *(stem + tail for tail in PLACE_TAILS)):
            if vocab.word_is_known(candidate) and any(
                    "Geox" in form.tag and form.normal_form == candidate for form in vocab.parse(candidate)):
                pinyin = pinyin_of(candidate.capitalize())
                return pinyin or _capital(transliterate(candidate))
        for candidate in (stem, stem + "ь"):  # a Chinese place the dictionary lacks: Шэньянский → Shenyang
            pinyin = pinyin_of(candidate.capitalize()) if len(candidate) >= CHINESE_PLACE_MIN else None
            if pinyin:
                return pinyin
        return _capital(transliterate(stem + place_ending))
    return None


def _quoted_body(words: tuple[Word, ...] | list[Word], chinese: bool = False) -> str:
    """A quoted name in English when every word of it is a common word the tables know
    («Телекоммуникационное оборудование»), else as written in Latin letters («Северный ветер»
    is Severny Veter, as the firm itself spells it)."""
    words = [w for w in words if w.pos != "PUNCT" and w.text.strip("«»\"'“”„")]
    english = name_tables().english
    if words and all(w.lemma.casefold() in english for w in words):
        return " ".join(english[w.lemma.casefold()] for w in words)
    return " ".join(_latin(w.text, chinese) for w in words)


def _russian_words(words: tuple[Word, ...]) -> bool:
    """Every word of a name is a Russian dictionary word, none a Chinese name in Cyrillic."""
    _, _, _, vocab = _models()
    alpha = [w.text.lower() for w in words if w.text.isalpha()]
    return bool(alpha) and all(not w.isascii() and vocab.word_is_known(w) and not pinyin_of(w.capitalize())
                               for w in alpha)


def english_name(words: tuple[Word, ...] | list[Word], text: str, chinese: bool = False) -> str:
    """An English rendering of a Russian organisation name: adjectives before their noun, the
    nouns after the first joined by "of", an eponym ("имени Лобачевского") in front."""
    quoted = QUOTED.search(text)
    if quoted:  # ООО «Ромашка», компания «Сухой»: the name is the quoted part, as written,
        # its common words in English («Телекоммуникационное оборудование»)
        inside = [w for w in words if quoted.start(1) <= w.start - words[0].start < quoted.end(1)]
        return _quoted_body(inside, chinese) or " ".join(_latin(w, chinese) for w in quoted.group(1).split())
    out: list[str] = []
    pending: list[str] = []
    eponym: list[str] = []
    seen_noun = False
    after_and = False
    i = 0
    while i < len(words):
        word = words[i]
        lemma = word.lemma.casefold()
        if lemma == "имя" and seen_noun and word.case == "Gen":
            eponym = [_word_english(w, chinese) for w in words[i + 1:] if w.pos == "PROPN"][-1:]
            break
        if word.pos in ("PUNCT",) or not word.text.strip("«»\"'“”„()"):
            i += 1
            continue
        if word.pos == "CCONJ" or lemma == "и":
            if pending:
                pending.append("and")
            else:
                out.append("and")
                after_and = True
            i += 1
            continue
        if word.pos == "ADP":
            english = name_tables().english.get(lemma)
            if english:
                out.append(english)
                after_and = True
            i += 1
            continue
        english = _word_english(word, chinese)
        if word.pos == "ADJ" or (word.pos == "NUM"):
            pending.append(english)
        else:
            if seen_noun and not after_and and word.case not in (None, "Nom") and out[-1:] != ["of"]:
                out.append("of")
            out.extend(pending)
            out.append(english)
            pending = []
            seen_noun = True
            after_and = False
        i += 1
    out.extend(pending)
    name = " ".join(out).replace(" and and ", " and ").strip()
    if chinese:  # "Даляньский технологический университет" is Dalian University of Technology (理工大学)
        name = CHINESE_TECH_UNIVERSITY.sub("University of Technology", name)
    if eponym:
        name = f"{eponym[0]} {name}"
    return name


# How Chinese universities of technology name themselves in English, whatever adjective the
# Russian report gives them.
CHINESE_TECH_UNIVERSITY = re.compile(r"\b(?:Technological|Technical) University$")


# --- side -------------------------------------------------------------------------------

BEFORE_WORDS = re.compile(r"^\s*(?:[а-яё-]+\s+)?$")  # "китайская компания " before a name


STATE_COMPOUND_MIN = 6  # letters: a prefix and a word after it


def _russian_state_body(span: Span) -> bool:
    """The name's first noun is a compound of a Russian state prefix (Госкомиссия, Минпромторг),
    not a plain word that starts the same way (министерство, госпиталь)."""
    tables = name_tables()
    nouns = [w for w in span.words if w.pos in ("NOUN", "PROPN")]
    if not nouns or not nouns[0].text[:1].isupper():
        return False
    lemma = nouns[0].lemma.casefold()
    plain = tables.english.get(lemma)
    return lemma.startswith(tables.state_prefixes) and len(lemma) > STATE_COMPOUND_MIN \
        and (plain is None or plain.startswith("State ")) and not pinyin_of(nouns[0].text)


def _side(span: Span, text: str, sentence: str, places: list[Mention], offset: int) -> str | None:
    """CN or RU, from what the name holds or what stands right before it; None when unsure."""
    tables = name_tables()
    inside = {side for p in places if span.start <= p.start - offset < span.end for side in p.sides}
    if len(inside) == 1:
        return next(iter(inside))
    if inside:
        return None
    for word in span.words:  # a Chinese name in Palladius spelling: Хуавэй, Чжунсин
        if word.text[:1].isupper() and word.lemma.casefold() not in tables.english and not word.text.isupper() \
                and len(word.text) >= 3 and pinyin_of(word.text):
            return "CN"
    if any(w.text in tables.legal_forms for w in span.words) or \
            sentence[max(0, span.start - 6):span.start].strip() in tables.legal_forms:
        return "RU"
    if any(w.lemma.casefold() in tables.regions for w in span.words):
        return "RU"
    if _russian_state_body(span):
        return "RU"
    if _org_head_before_quote(sentence[:span.start]) and _russian_words(span.words):
        return "RU"  # a firm's name made of Russian words: консорциум «Телекоммуникационное оборудование»
    before = [p for p in places if p.end - offset <= span.start and p.text[:1].islower() and BEFORE_WORDS.match(
        sentence[p.end - offset:span.start])]
    if before:
        sides = before[-1].sides
        if len(sides) == 1:
            return sides[0]
    return None


# --- finding ----------------------------------------------------------------------------


def _normal(span: Span) -> str:
    return " ".join(w.lemma for w in span.words if w.pos != "PUNCT").casefold()


def _is_junk(span: Span, text: str) -> bool:
    tables = name_tables()
    normal = _normal(span)
    surface = " ".join(text.casefold().strip("«»\"' ").split())
    if normal in tables.sources or surface in tables.sources or normal in tables.generic or surface in tables.generic:
        return True
    if MODEL_DESIGNATION.fullmatch(text.strip("«»\"' ")):
        return True
    words = [w for w in span.words if w.pos != "PUNCT"]
    nouns = [w for w in words if w.pos in ("NOUN", "PROPN")]
    if nouns and nouns[0].lemma.casefold() in tables.buildings | tables.courts:
        return True
    if any(w.lemma.casefold() in tables.sources for w in words[:1]) and len(words) <= 3:
        return True  # ИА «Синьхуа» as "ИА Синьхуа"
    return len(text) < 3


def _government_of_place(spans: list[Span], sentence: str) -> list[Span]:
    """"администрация Благовещенска", "правительство Новосибирской области": a government body
    the tagger reads as a place alone, taken with the head word before the place."""
    heads = name_tables().government_heads
    out = []
    for span in spans:
        if span.kind != "LOC" or not span.words or span.words[0].case != "Gen":
            continue
        before = sentence[:span.start]
        m = re.search(r"([А-ЯЁа-яё]+(?:\s+[А-ЯЁа-яё]+)?)\s+$", before)
        if not m:
            continue
        phrase = m.group(1)
        for length in (2, 1):
            parts = phrase.split()[-length:]
            if len(parts) < length:
                continue
            lemmas = " ".join(_head_lemma(p) for p in parts)
            if lemmas in heads:
                start = before.rfind(parts[0], 0, m.end(1))
                head_words, at = [], start
                for k, part in enumerate(parts):
                    at = sentence.index(part, at)
                    head_words.append(Word(part, at, at + len(part), "NOUN" if k == len(parts) - 1 else "ADJ",
                                           "Nom", False, _head_lemma(part)))
                    at += len(part)
                out.append(Span("ORG", start, span.end, tuple(head_words) + span.words))
                break
    return out


def _head_lemma(word: str) -> str:
    _, _, _, vocab = _models()
    forms = vocab(word.lower())
    return (forms[0].normal if forms else word.lower()).replace("ё", "е")


def _extend_with_place(span: Span, spans: list[Span], sentence: str) -> Span:
    """"Министерство образования и науки" + "Хабаровского края": a body and the region whose
    body it is, which the tagger splits in two."""
    for other in spans:
        if other.kind == "LOC" and other.start > span.end and not sentence[span.end:other.start].strip() \
                and other.words and other.words[0].case == "Gen":
            return Span("ORG", span.start, other.end, span.words + other.words)
    return span


def _trim(span: Span, sentence: str) -> Span:
    """The name without what the tagger ran on into: a short form in brackets after it
    ("… университета (ТГУ)") or the rest after the closing quote of a quoted name."""
    text = sentence[span.start:span.end]
    cut = len(text)
    if "(" in text:
        cut = text.index("(")
    if "»" in text and "«" not in text[: text.index("»")] and sentence[:span.start].rstrip().endswith("«"):
        cut = min(cut, text.index("»"))
    if cut == len(text):
        return span
    end = span.start + len(text[:cut].rstrip(" «»\"'"))
    return Span(span.kind, span.start, end, tuple(w for w in span.words if w.end <= end))


HEAD_BEFORE_QUOTE = re.compile(r"([А-ЯЁа-яё]+)\s*«\s*$")


ORG_HEADS = frozenset({"Company", "Corporation", "Consortium", "Concern", "Holding", "Group", "Plant", "Factory",
                       "Enterprise", "Bureau", "Association", "Union", "Fund", "Bank", "Center", "Institute",
                       "Laboratory", "Cluster", "Technopark", "Shipyard"})


def _org_head_before_quote(before: str) -> bool:
    """The text before a quoted name ends with a word that says it is an organisation."""
    m = HEAD_BEFORE_QUOTE.search(before)
    return m is not None and name_tables().english.get(_head_lemma(m.group(1)), "") in ORG_HEADS


def _quoted_name(span: Span, sentence: str, chinese: bool = False) -> str | None:
    """консорциум «Телекоммуникационное оборудование» → Telecommunication Equipment Consortium:
    a quoted name the tagger took without the word before the quotes that says what it is."""
    m = HEAD_BEFORE_QUOTE.search(sentence[:span.start])
    if not m or "«" in sentence[span.start:span.end]:
        return None
    tables = name_tables()
    english = tables.english
    body = _quoted_body(span.words, chinese)
    if not body:
        return None
    head = m.group(1)
    if head in tables.legal_forms:
        return body
    head_english = english.get(_head_lemma(head))
    return f"{body} {head_english}" if head_english and head_english[0].isupper() else body


def _state_government(span: Span, country_spans: list[tuple[int, int]]) -> bool:
    """"Правительство России": a head that stands for a state, and the state's name."""
    heads = name_tables().state_heads
    words = [w for w in span.words if w.pos != "PUNCT"]
    return bool(words) and words[0].lemma.casefold() in heads and all(
        overlaps(w.start, w.end, country_spans) for w in words[1:] if w.pos in ("NOUN", "PROPN", "ADJ"))


def _keep_yo(normal: str, text: str) -> str:
    """The tagger's normal form writes ё as е: a word it left in its case keeps its own ё
    (Пётр stays Pyotr, not Petr)."""
    normal_words, words = normal.split(), text.split()
    if len(normal_words) != len(words):
        return normal
    pairs = zip(normal_words, words, strict=True)
    return " ".join(w if n == w.replace("ё", "е").replace("Ё", "Е") else n for n, w in pairs)


def people_in_nominative(sentence: str, mentions: list[Mention], offset: int = 0) -> list[Mention]:
    """`mentions` with the Latin name of each person found in a case form put in the
    nominative (Александру Шиплюку → Aleksandr Shiplyuk), where the tagger read the same name;
    a Chinese name in Palladius spelling comes back in pinyin."""
    if sentence not in _tagged:
        return mentions
    people = {(s.start + offset, s.end + offset): s.normal for s in _tagged[sentence] if s.kind == "PER" and s.normal}
    out = []
    for m in mentions:
        normal = _keep_yo(people.get((m.start, m.end)) or "", m.text)
        if m.kind == "person" and normal and normal != m.text and (m.latin is None or "CN" in m.sides):
            latin = pinyin_of(normal) if "CN" in m.sides else None
            m = replace(m, latin=latin or m.latin or transliterate(normal))
        out.append(m)
    return out


# Heads of the units an organisation is made of: "Институт катализа СО РАН" is a party of its
# own, which the tagger reads as one name with the academy it belongs to.
UNIT_HEADS = frozenset({"Institute", "Laboratory", "Center", "Plant", "Factory", "Bureau", "Hospital", "Clinic",
                        "Shipyard"})
UNIT_MIN_WORDS = 2  # "Института РАН" names no unit; "Института катализа РАН" does


def _unit_of_party(span: Span, known: list[Mention], party_spans: list[tuple[int, int]],
                   offset: int) -> Mention | None:
    """The unit a tagged name opens with when the rest of it is a known party: "Института
    катализа Сибирского отделения РАН" is the Institute of Catalysis, on its parent's side."""
    parents = [m for m in known if m.actor is not None and span.start < m.start - offset < span.end
               and m.end - offset <= span.end]
    if not parents:
        return None
    parent = min(parents, key=lambda m: m.start)
    cut = parent.start - offset
    if overlaps(span.start, cut, party_spans):
        return None
    words = tuple(w for w in span.words if w.end <= cut and w.pos != "PUNCT")
    if not _is_unit(words):
        return None
    name = english_name(words, "")
    # the unit's mention covers its parent's name too: the parent is its affiliation here
    return Mention(span.start + offset, parent.end, span_text(words), parent.sides, None, "unresolved", name)


def _is_unit(words: tuple[Word, ...]) -> bool:
    words = tuple(w for w in words if w.pos != "PUNCT")
    return len(words) >= UNIT_MIN_WORDS and words[0].pos in ("NOUN", "PROPN") \
        and name_tables().english.get(words[0].lemma.casefold()) in UNIT_HEADS


def _parent_after(span: Span, sentence: str, known: list[Mention], offset: int) -> Mention | None:
    """The known party a unit's name runs on into, right after it and in one side."""
    if not _is_unit(span.words):
        return None
    for m in known:
        if m.actor is not None and len(m.sides) == 1 and m.start - offset >= span.end \
                and not sentence[span.end:m.start - offset].strip():
            return m
    return None


def span_text(words: tuple[Word, ...]) -> str:
    return " ".join(w.text for w in words)


ABSORBED_KINDS = frozenset({"academy"})  # as extraction.actors.UNIT_PARENT_KINDS


def absorbed_parents(mentions: list[Mention], kinds: frozenset[str] = ABSORBED_KINDS) -> list[Mention]:
    """`mentions` less a parent of `kinds` (an academy) that is read inside the name of its
    unit: the unit is the party, the academy only says where it belongs."""
    units = [(m.start, m.end) for m in mentions if m.kind == "unresolved"]
    return [m for m in mentions if not (m.actor is not None and m.actor.kind in kinds and any(
        s < m.start and m.end <= e for s, e in units))]


def find_russian_names(sentence: str, known: list[Mention], offset: int = 0) -> list[Mention]:
    """Organisations natasha finds in a Russian `sentence` that no known mention covers, with a
    side and an English name; the caller has already read the knowledge base's names."""
    spans = tag(sentence)
    if not spans:
        return []
    taken = taken_spans(known, offset, countries_too=True)
    # a group named in passing (russian_parents.py) is no party under another reading either
    party_spans = taken_spans(known, offset) + [(m.start - offset, m.end - offset) for m in known
                                                if m.kind == AFFILIATION]
    places = [m for m in known if m.kind in ("place", "country")]
    country_spans = [(m.start - offset, m.end - offset) for m in known if m.kind == "country"]
    place_spans = [(m.start - offset, m.end - offset) for m in places] + taken
    orgs = [_extend_with_place(s, spans, sentence) for s in spans if s.kind == "ORG"]
    orgs += [s for s in _government_of_place(spans, sentence) if not overlaps(s.start, s.end, country_spans)]
    out: list[Mention] = []
    for span in sorted((_trim(s, sentence) for s in orgs), key=lambda s: (s.start, -s.end)):
        text = sentence[span.start:span.end]
        if overlaps(span.start, span.end, party_spans):
            unit = _unit_of_party(span, known, party_spans, offset)
            if unit is not None and not overlaps(unit.start, unit.end, [(m.start, m.end) for m in out]):
                party_spans.append((unit.start, unit.end))
                out.append(unit)
            continue
        if _is_junk(span, text):
            continue
        # a span whose nouns are all country or place words (Китая, ОМСК, «Открытая Россия»)
        # names no organisation
        nouns = [w for w in span.words if w.pos in ("NOUN", "PROPN") and w.end > w.start]
        if all(overlaps(w.start, w.end, place_spans) for w in nouns or span.words):
            continue
        if _state_government(span, country_spans):
            continue
        side = _side(span, text, sentence, places, offset)
        parent = _parent_after(span, sentence, known, offset)
        if side is None and parent is not None:  # "Института проблем горения" + "Уральского отделения РАН"
            side = parent.sides[0]
        if side is None:
            continue
        chinese = side == "CN"
        name = _quoted_name(span, sentence, chinese) or english_name(
            span.words, sentence[span.start:span.end + 1], chinese)
        if not name or name.casefold() in {"china", "russia"}:
            continue
        party_spans.append((span.start, span.end))
        end = parent.end if parent is not None else span.end + offset
        out.append(Mention(span.start + offset, end, text, (side,), None, "unresolved", name))
    return out


# --- people in a case -------------------------------------------------------------------

# The people a court or an investigation report names beside its charge are its parties in
# person (SCHEMA.md: the accused), whatever word the report puts before them ("уроженец
# провинции Шэньси Ли Хунлян", "его сообщник Чжао Синь"); those who only serve the case or
# speak of it are not, and their role stands right before their name.
CASE_ROLES = re.compile(r"(?i:суд\w*|адвокат\w*|защитник\w*|прокурор\w*|следовател\w*|свидетел\w*|"
                        r"представител\w*|пресс-секретар\w*|эксперт\w*|аналитик\w*|посол\w*|посл[ау]\b)")
ROLE_WORDS = 2  # words before a name in which its role word stands


def _russian_given_name(name: str) -> bool:
    """The name opens with a given name the Russian dictionary knows (Дмитрий Колкер)."""
    _, _, _, vocab = _models()
    first = name.split()[0].lower()
    return any("Name" in form.tag and form.normal_form == first for form in vocab.parse(first)[:3])


def people_in_case(sentence: str, known: list[Mention], offset: int = 0) -> list[Mention]:
    """The people natasha tags in a sentence that reports a case: not a known party or
    official, not in a role that serves the case, with a side their name's shape tells."""
    taken = taken_spans(known, offset, countries_too=True)
    out: list[Mention] = []
    for span in tag(sentence):
        if span.kind != "PER" or overlaps(span.start, span.end, taken):
            continue
        text = sentence[span.start:span.end]
        normal = _keep_yo(span.normal or text, text)
        if len(normal.split()) < 2:
            continue  # a surname alone: the person is introduced in full elsewhere
        clause = re.split(r"[,;:(—–]", sentence[:span.start])[-1]
        before = " ".join(clause.split()[-ROLE_WORDS:])
        if OFFICE.search(before) or CASE_ROLES.search(before):
            continue
        pinyin = pinyin_of(normal)
        side = "CN" if pinyin else name_side(transliterate(normal)) or ("RU" if _russian_given_name(normal) else None)
        if side is None:
            continue
        latin = pinyin or transliterate(normal)
        out.append(Mention(span.start + offset, span.end + offset, text, (side,), None, "person", latin))
    return out
