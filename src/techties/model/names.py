"""How names and texts are normalised before they are compared: the one home of each form.

Four comparisons need four forms, because what must count as "the same" differs and, for
two of them, the form is stored and changing it would orphan what is already saved:

- `fold`: a name as stored in ``event_actors.name_key`` and searched by substring (the
  store's actor filter and list). Only the case is folded, so that 'РОСКОСМОС' finds
  'Роскосмос' while what a user types (punctuation, ё) still stands as a substring.
- `actor_key`: an event's actor told apart from the others: its knowledge-base id, else its
  name through `fold`.
- `token_form`: one word token of the lexicon (cue words, knowledge-base names): case folded
  and ё written е, as Russian texts write either.
- `kb_name_key`: a name (an OpenAlex institution's) compared whole with the knowledge
  base's names and aliases: case folded, ё as е, the quotes, brackets, dots and commas of
  names dropped, white space collapsed; legal forms stay, since they are part of the
  names the knowledge base holds.
- `shingle_text`: a whole document's text before it is hashed and shingled for duplicates:
  Unicode NFKC, case folded, punctuation dropped, white space collapsed. Stored content
  hashes are taken of this form.
- `entity_key`: a company's name on a watchlist or in an event, compared with the other:
  case folded, punctuation and legal forms (Co., Ltd, ООО, 有限公司) dropped
  (`legal_forms.yaml`), since lists and news name the same company with or without them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources

import yaml

from techties.exceptions import ModelError

# anything but a letter, a digit or white space (the underscore included)
PUNCTUATION = re.compile(r"[^\w\s]|_")
# the punctuation dropped before a name is looked up among the knowledge base's names
KB_NAME_PUNCTUATION = re.compile(r"[.,«»\"“”()]")
# the punctuation a company's name is written with on lists and in news
NAME_PUNCTUATION = re.compile(r"[\"'«»“”„`´’.,;:()\[\]{}/\\&+!?@#*_–—-]+")


def fold(name: str) -> str:
    """A name in the form it is stored and searched by substring: case-folded only."""
    return name.casefold()


def actor_key(actor_id: str | None, name: str) -> str:
    """An actor's identity for de-duplication: the knowledge-base id, else the name in any case."""
    return actor_id or fold(name)


def kb_name_key(name: str) -> str:
    """A name as it is looked up whole among the knowledge base's names."""
    return " ".join(KB_NAME_PUNCTUATION.sub(" ", name).casefold().replace("ё", "е").split())


def token_form(token: str) -> str:
    """A word token as the lexicon matches it: case-folded, ё as е."""
    return token.casefold().replace("ё", "е")


@lru_cache(maxsize=4)  # a worker hashes a text's normalised form, then signs it: done once
def shingle_text(text: str) -> str:
    """NFKC, case-folded, punctuation dropped, whitespace collapsed: what a copy keeps."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(PUNCTUATION.sub(" ", folded).split())


@cache
def legal_forms() -> tuple[frozenset[str], tuple[str, ...]]:
    """The legal-form words and the Chinese legal-form suffixes of `legal_forms.yaml`."""
    text = resources.files("techties.model").joinpath("legal_forms.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    try:
        words = frozenset(str(w).casefold() for w in raw["words"])
        suffixes = tuple(sorted((str(s) for s in raw["zh_suffixes"]), key=len, reverse=True))
    except (KeyError, TypeError) as exc:
        raise ModelError(f"legal_forms.yaml: needs the lists words and zh_suffixes ({exc})") from exc
    return words, suffixes


def entity_key(name: str) -> str:
    """The form company names are compared in: folded case, no punctuation, no legal forms."""
    words, suffixes = legal_forms()
    text = name.casefold()
    for suffix in suffixes:
        text = text.replace(suffix, " ")
    text = NAME_PUNCTUATION.sub(" ", text)
    return " ".join(t for t in text.split() if t not in words)
