"""Russian names in Latin letters, so that an actor found outside the knowledge base in a
Russian text gets an English name an analyst can search for (Татпромстан → Tatpromstan).

The table follows the simplified BGN/PCGN style the English-language press uses.
"""

from __future__ import annotations

CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}
# Word endings the press writes more simply than letter by letter.
ENDINGS = (("ий", "y"), ("ый", "y"), ("ие", "ie"))


def transliterate(text: str) -> str:
    """Latin spelling of a Cyrillic name; other characters pass through unchanged."""
    words = []
    for word in text.split(" "):
        lower = word.lower()
        tail = ""
        for ending, latin in ENDINGS:
            if lower.endswith(ending) and len(lower) > len(ending) + 2:
                word, tail = word[: -len(ending)], latin
                break
        out = []
        for ch in word:
            letters = CYRILLIC_TO_LATIN.get(ch.lower())
            if letters is None:
                out.append(ch)
            else:
                out.append(letters.capitalize() if ch.isupper() else letters)
        words.append("".join(out) + tail)
    return " ".join(words)
