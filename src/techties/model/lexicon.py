"""Fast phrase lookup for cue words and actor names in English, Russian and Chinese.

Regular expressions with thousands of alternatives are slow in Python, so phrases
are matched token by token through a dict: English and Russian text is split into
word tokens; a phrase token either matches exactly or, when written with a
trailing ``*``, as a prefix (the way Russian inflection and English suffixes are
covered). Chinese phrases are matched as substrings.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import compress
from operator import itemgetter
from typing import Any, Generic, NamedTuple, TypeVar, cast

from techties.model.names import token_form

P = TypeVar("P")

CJK_CHARS = "\u3400-\u9fff\uf900-\ufaff"
WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Chinese writes a Latin name against its characters (华为与MTS签署); for names, a run of
# characters and a run of letters are separate words, so the name is a token of its own.
SCRIPT_WORD = re.compile(rf"[{CJK_CHARS}]+|[^\W_{CJK_CHARS}]+", re.UNICODE)
CJK = re.compile(rf"[{CJK_CHARS}]")
PREFIX_KEY = 4  # phrases whose first word takes endings are found by its first letters
SEEN_MAX = 200_000  # token forms (and pairs of them) whose candidates a lexicon remembers
PAIR_FROM = 4  # candidates of a first form above which the next form narrows them down
FOUND_MAX = 256  # texts whose hits a lexicon remembers
# The shortest stem a Russian word is cut to. A one-word name keeps one more letter: Чери
# (Chery) cut to чер- would match через; inside a phrase the other words keep a short stem
# (путь → пут-, Шёлкового пути) in check.
MIN_RU_STEM = 3
MIN_RU_STEM_ALONE = 4


@lru_cache(maxsize=1)
def traditional_to_simplified() -> dict[int, str]:
    """A one-character-to-one-character table, so offsets survive the conversion.

    Taiwan and Hong Kong outlets and Voice of America write traditional characters;
    every Chinese phrase is matched on the simplified form.
    """
    import zhconv.zhconv as tables  # ships the MediaWiki conversion tables

    tables.loaddict()
    pairs = tables.zhcdicts["zh2Hans"]
    return {ord(k): v for k, v in pairs.items() if len(k) == 1 and len(v) == 1 and k != v}


def simplify(text: str) -> str:
    return text.translate(traditional_to_simplified())


@lru_cache(maxsize=8)  # a document's text is looked up in several lexicons in a row
def _simplified(text: str) -> str:
    return simplify(text)


class Token(NamedTuple):
    """A word token (a named tuple: a document has thousands, made faster than dataclasses)."""

    norm: str
    raw: str
    start: int
    end: int


_NORM = itemgetter(0)  # a token's norm, read in C
_new_token = partial(tuple.__new__, Token)  # Token._make without a Python call per token
_SPAN = re.Match.span


def tokenize(text: str, *, split_scripts: bool = False) -> list[Token]:
    """Word tokens with character offsets; punctuation and spaces are dropped. With
    `split_scripts`, Chinese characters end a word of letters and letters a word of characters."""
    return list(_tokens(text, split_scripts))


@lru_cache(maxsize=64)  # a sentence is looked up in several lexicons, one after the other
def _tokens(text: str, split_scripts: bool = False) -> tuple[Token, ...]:
    pattern = SCRIPT_WORD if split_scripts else WORD
    folded = token_form(text)
    if len(folded) != len(text):  # a letter folds to two (ß → ss): fold token by token
        return tuple(Token(token_form(m.group()), m.group(), m.start(), m.end())
                     for m in pattern.finditer(text))
    # every character folds to one, so the folded text keeps the offsets of the original
    return tuple(map(_new_token, [(folded[a:b], text[a:b], a, b)
                                  for a, b in map(_SPAN, pattern.finditer(text))]))


@dataclass(frozen=True)
class Hit(Generic[P]):
    start: int  # character offsets into the text
    end: int
    payload: P
    text: str


@dataclass(frozen=True)
class _Part:
    stem: str
    prefix: bool
    max_extra: int
    case_sensitive: str | None  # the exact raw form required, for acronyms


# the parts made so far, by their fields: the same word recurs in hundreds of names, and one
# frozen part serves them all (a lexicon of thousands of names is built at every start-up)
_PARTS: dict[tuple[str, bool, int, str | None], _Part] = {}


@dataclass(frozen=True)
class _Phrase(Generic[P]):
    parts: tuple[_Part, ...]
    payload: P
    seq: int = field(default=0, compare=False)  # the order it was added in


def is_cjk(phrase: str) -> bool:
    return bool(CJK.search(phrase))


class Lexicon(Generic[P]):
    """Phrases → payloads; `find` returns the longest non-overlapping matches."""

    def __init__(self) -> None:
        self._exact: dict[str, list[_Phrase[P]]] = defaultdict(list)
        self._prefix: dict[str, list[_Phrase[P]]] = defaultdict(list)
        self._prefix_lengths: set[int] = set()
        # the phrases of `_prefix` again, by the whole stem of their first word (a token form
        # finds them through its own first letters, without reading the others of its key),
        # and those whose first word's raw form decides, by key
        self._by_stem: dict[str, list[_Phrase[P]]] = defaultdict(list)
        self._prefix_raw: dict[str, list[_Phrase[P]]] = defaultdict(list)
        # the lengths of the stems of `_by_stem`: those shorter than a key, and those of each
        # key (a new token form is looked up at these lengths only, not at every one of its own)
        self._short_stems: list[int] = []
        self._stems_of_key: dict[str, list[int]] = {}
        self._rank: dict[int, int] = {}  # key length → its place in the order of `_prefix_lengths`
        self._added = 0
        self._cjk: dict[str, list[P]] = defaultdict(list)
        # Chinese phrases character by character; None keys the phrase that ends at a node
        self._cjk_trie: dict[str | None, Any] = {}
        self._cjk_first: re.Pattern[str] | None = None
        # token form → the phrases that may start at it, longest first, each with the index of
        # the first part still to check (1 when the form alone already matched the first part)
        self._seen: dict[str, list[tuple[_Phrase[P], int]]] = {}
        # (token form, next token form) → the phrases of a common first form the next allows
        self._pairs: dict[tuple[str, str], list[tuple[_Phrase[P], int]]] = {}
        self._found: dict[str, list[Hit[P]]] = {}  # the hits of the last texts looked up

    def add(self, phrase: str, payload: P, *, prefix_all: bool = False, max_extra: int = 99,
            case_sensitive: bool = False) -> None:
        """Add one phrase. `prefix_all` lets every word take an ending (Russian names)."""
        phrase = phrase.strip()
        if not phrase:
            return
        self._seen.clear()
        self._pairs.clear()
        self._found.clear()
        self._cjk_first = None
        if is_cjk(phrase):
            key = simplify(phrase.replace(" ", ""))
            if key not in self._cjk:
                node = self._cjk_trie
                for ch in key:
                    node = node.setdefault(ch, {})
                node[None] = key
            self._cjk[key].append(payload)
            return
        words = phrase.split()
        parts: list[_Part] = []
        known = _PARTS
        for word in words:
            star = word.endswith("*")
            raws = WORD.findall(word)
            last = len(raws) - 1
            for j, raw in enumerate(raws):
                stem = token_form(raw)
                prefix = j == last and (star or (prefix_all and len(stem) >= 4))
                if prefix_all and prefix and not star:
                    stem = _russian_stem(stem, MIN_RU_STEM_ALONE if len(words) == 1 else MIN_RU_STEM)
                fields = (stem, prefix, 99 if star else max_extra, raw if case_sensitive else None)
                part = known.get(fields)
                if part is None:
                    part = known[fields] = _Part(*fields)
                parts.append(part)
        if not parts:
            return
        first = parts[0]
        self._added += 1
        entry = _Phrase(tuple(parts), payload, self._added)
        if first.prefix:
            key = first.stem[:PREFIX_KEY]
            if len(key) not in self._prefix_lengths:
                self._prefix_lengths.add(len(key))
                self._rank = {n: r for r, n in enumerate(self._prefix_lengths)}
            self._prefix[key].append(entry)
            if first.case_sensitive is None:
                self._by_stem[first.stem].append(entry)
                lengths = self._short_stems if len(first.stem) < PREFIX_KEY else \
                    self._stems_of_key.setdefault(key, [])
                if len(first.stem) not in lengths:
                    lengths.append(len(first.stem))
                    lengths.sort()
            else:
                self._prefix_raw[key].append(entry)
        else:
            self._exact[first.stem].append(entry)

    def _candidates(self, token: str) -> list[tuple[_Phrase[P], int]]:
        """Phrases that may start at `token`: by its whole form, and by its first letters;
        longest first. Remembered per token form, as the same words recur in every text, and
        with their first part checked against the form once, here."""
        seen = self._seen.get(token)
        if seen is not None:
            return seen
        found = list(self._exact.get(token, ()))
        # a phrase by its first letters only where the token begins with one of their keys
        # (a loop, not any(): most new forms open none, and this runs for each of them)
        prefix, size = self._prefix, len(token)
        for n in self._prefix_lengths:
            if n <= size and token[:n] in prefix:
                found.extend(self._prefixed(token))
                break
        found.sort(key=lambda phrase: -len(phrase.parts))
        kept: list[tuple[_Phrase[P], int]] = []
        for phrase in found:
            first = phrase.parts[0]
            if first.case_sensitive is not None:
                kept.append((phrase, 0))  # the raw form decides, token by token
            elif _form_matches(first, token):
                kept.append((phrase, 1))
        if len(self._seen) > SEEN_MAX:
            self._seen.clear()
        self._seen[token] = kept
        return kept

    def _prefixed(self, token: str) -> list[_Phrase[P]]:
        """The phrases of `_prefix` whose key `token` starts with and, unless the raw form
        decides, whose first stem it takes, in `_prefix`'s order: by key length in the order
        of `_prefix_lengths`, then as added."""
        rank = self._rank
        size = len(token)
        found: list[tuple[int, int, _Phrase[P]]] = []
        by_stem = self._by_stem
        lengths = self._short_stems
        if size >= PREFIX_KEY:
            lengths = lengths + self._stems_of_key.get(token[:PREFIX_KEY], [])
        for end in lengths:
            if end > size:
                continue
            for phrase in by_stem.get(token[:end], ()):
                if size - end <= phrase.parts[0].max_extra:
                    found.append((rank[min(end, PREFIX_KEY)], phrase.seq, phrase))
        if self._prefix_raw:
            for n, r in rank.items():
                if n <= size:
                    found.extend((r, phrase.seq, phrase) for phrase in self._prefix_raw.get(token[:n], ()))
        found.sort(key=lambda f: (f[0], f[1]))
        return [phrase for _, _, phrase in found]

    def _pair_candidates(self, candidates: list[tuple[_Phrase[P], int]],
                         pair: tuple[str, str]) -> list[tuple[_Phrase[P], int]]:
        """`candidates` of a first token form less the phrases whose second part the next
        token form rules out (a common first word, "institute", "china", starts hundreds of
        names); remembered per pair of forms. The order, longest first, is kept."""
        kept: list[tuple[_Phrase[P], int]] = []
        for phrase, checked in candidates:
            parts = phrase.parts
            if len(parts) == 1 or checked == 0 or parts[1].case_sensitive is not None:
                kept.append((phrase, checked))
            elif _form_matches(parts[1], pair[1]):
                kept.append((phrase, 2))
        if len(self._pairs) > SEEN_MAX:
            self._pairs.clear()
        self._pairs[pair] = kept
        return kept

    def find(self, text: str, tokens: Sequence[Token] | None = None) -> list[Hit[P]]:
        """Every longest match in `text`, left to right, without overlaps."""
        if tokens is None:  # the same sentence is often looked up more than once in a row
            found = self._found.get(text)
            if found is None:
                found = self._find(text, None)
                if len(self._found) >= FOUND_MAX:
                    self._found.clear()
                self._found[text] = found
            return list(found)
        return self._find(text, tokens)

    def _find(self, text: str, tokens: Sequence[Token] | None) -> list[Hit[P]]:
        hits: list[Hit[P]] = []
        if self._exact or self._prefix:
            tokens = tokens if tokens is not None else _tokens(text)
            n = len(tokens)
            pairs = self._pairs
            # each token's candidates, looked up in C; a form not met before is worked out
            norms = list(map(_NORM, tokens))
            looked_up = list(map(self._seen.get, norms))
            k = -1
            with suppress(ValueError):  # list.index finds the forms not met before, in C
                while True:
                    k = looked_up.index(None, k + 1)
                    looked_up[k] = self._candidates(norms[k])
            found = cast(list[list[tuple[_Phrase[P], int]]], looked_up)
            i = 0
            # only the tokens some phrase may start at: the others are stepped over in C
            for at in compress(range(n), found):
                if at < i:
                    continue  # inside the match before
                i = at
                best_len, best_payloads = 0, []
                candidates = found[i]
                if len(candidates) > PAIR_FROM and i + 1 < n:
                    pair = (norms[i], norms[i + 1])
                    narrowed = pairs.get(pair)
                    candidates = narrowed if narrowed is not None else self._pair_candidates(candidates, pair)
                for phrase, checked in candidates:
                    size = len(phrase.parts)
                    if size < best_len:
                        break  # longest first: nothing shorter can win
                    if i + size > n:
                        continue
                    if _phrase_matches(phrase.parts, tokens, i, checked):
                        if size > best_len:
                            best_len, best_payloads = size, [phrase.payload]
                        else:
                            best_payloads.append(phrase.payload)
                if best_len:
                    start, end = tokens[i].start, tokens[i + best_len - 1].end
                    hits.extend(Hit(start, end, p, text[start:end]) for p in best_payloads)
                    i += best_len
                else:
                    i += 1
        if self._cjk and CJK.search(text):
            hits.extend(self._find_cjk(text))
            hits.sort(key=lambda h: (h.start, -h.end))
        return hits

    def _find_cjk(self, original: str) -> list[Hit[P]]:
        text = _simplified(original)
        found: list[tuple[int, int, str]] = []
        # each phrase's occurrences left to right, none overlapping the one before it (the
        # way str.find steps through a text): where it may next start
        free_from: dict[str, int] = {}
        trie, size = self._cjk_trie, len(text)
        if self._cjk_first is None:  # the characters phrases start with, skipped to in C
            self._cjk_first = re.compile("[" + "".join(re.escape(ch) for ch in trie if ch) + "]")
        for first in self._cjk_first.finditer(text):
            at = first.start()
            node = trie[first.group()]
            end = at + 1
            while node is not None:
                phrase = node.get(None)
                if phrase is not None and free_from.get(phrase, 0) <= at:
                    found.append((at, end, phrase))
                    free_from[phrase] = end
                if end >= size:
                    break
                node = node.get(text[end])
                end += 1
        # keep the longest phrase where matches overlap
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        hits: list[Hit[P]] = []
        covered_until = -1
        for start, end, phrase in found:
            if start < covered_until:
                continue
            covered_until = end
            hits.extend(Hit(start, end, p, original[start:end]) for p in self._cjk[phrase])
        return hits


def _phrase_matches(parts: tuple[_Part, ...], tokens: Sequence[Token], i: int, start: int = 0) -> bool:
    for k in range(start, len(parts)):
        if not _part_matches(parts[k], tokens[i + k]):
            return False
    return True


def _part_matches(part: _Part, token: Token) -> bool:
    if part.case_sensitive is not None:
        return token.raw == part.case_sensitive
    return _form_matches(part, token.norm)


def _form_matches(part: _Part, norm: str) -> bool:
    if part.prefix:
        return norm.startswith(part.stem) and len(norm) - len(part.stem) <= part.max_extra
    return norm == part.stem


_RU_ENDINGS = sorted("""а я о е ь й ы и у ю ая яя ое ее ой ий ый ые ие ого его ому ему ом ем ую юю
ых их ым им ыми ими ам ям ах ях ами ями ов ев ей ию ия ие ья ье""".split(), key=len, reverse=True)
# the same endings by length, longest first: a word ends with at most one ending of each length
_RU_ENDINGS_BY_LENGTH = tuple((n, frozenset(e for e in _RU_ENDINGS if len(e) == n))
                              for n in sorted({len(e) for e in _RU_ENDINGS}, reverse=True))
CYRILLIC_LOWER = re.compile("[а-я]")


def _russian_stem(word: str, shortest: int = MIN_RU_STEM) -> str:
    """Drop one inflectional ending so that other case forms share the stem."""
    if not CYRILLIC_LOWER.search(word):
        return word
    for n, endings in _RU_ENDINGS_BY_LENGTH:
        if len(word) - n >= shortest and word[-n:] in endings:
            return word[:-n]
    return word
