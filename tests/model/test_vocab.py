"""The shipped vocabularies: exact schema values, cues in every language, no duplicate
cues, a clear ModelError on a malformed file, and the false friends kept out."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from techties.exceptions import ModelError
from techties.model.lexicon import WORD, Lexicon, is_cjk
from techties.model.loader import LANGUAGES, Vocabulary, load_vocabulary, parse_vocabulary
from techties.model.names import token_form

# The values of shared/eval/SCHEMA.md, exactly.
SCHEMA = {
    "event_type": {
        "agreement", "joint_research", "rnd_center", "investment", "supply", "talent", "pilot",
        "forum", "incubator", "friction", "countermeasure",
    },
    "stage": {"announced", "signed", "implemented", "stalled", "alleged"},
    "domain": {
        "ai", "telecom_5g", "semiconductors", "space", "nuclear", "aerospace", "defense", "cyber",
        "cloud_software", "quantum", "biotech", "energy_tech", "maritime_arctic", "robotics",
        "fintech", "transport", "materials", "general_science",
    },
}
CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


def _cue_key(cue: str) -> str:
    """The form the lexicon actually matches: tokens, case-folded, ё = е, star kept."""
    if is_cjk(cue):
        return cue.replace(" ", "")
    parts = []
    for word in cue.split():
        subs = [token_form(m.group()) for m in WORD.finditer(word)]
        for j, sub in enumerate(subs):
            star = word.endswith("*") and j == len(subs) - 1
            parts.append(sub + ("*" if star else ""))
    return " ".join(parts)


def _lexicon(vocabulary: Vocabulary) -> Lexicon[str]:
    lexicon: Lexicon[str] = Lexicon()
    for term in vocabulary.terms:
        for phrases in term.cues.values():
            for phrase in phrases:
                lexicon.add(phrase, term.value)
    return lexicon


def _values_found(name: str, text: str) -> set[str]:
    return {hit.payload for hit in _lexicon(load_vocabulary(name)).find(text)}


@pytest.mark.parametrize("name", sorted(SCHEMA))
def test_values_are_exactly_the_schema(name: str) -> None:
    vocabulary = load_vocabulary(name)
    assert vocabulary.name == name
    assert set(vocabulary.values) == SCHEMA[name]
    assert len(vocabulary.values) == len(SCHEMA[name])


@pytest.mark.parametrize("name", sorted(SCHEMA))
def test_every_value_is_described_and_has_cues_in_every_language(name: str) -> None:
    for term in load_vocabulary(name).terms:
        assert term.label and term.description, term.value
        for lang in LANGUAGES:
            assert term.cues.get(lang), f"{name}.{term.value} has no {lang} cues"


@pytest.mark.parametrize("name", sorted(SCHEMA))
def test_no_cue_is_duplicated_within_a_value(name: str) -> None:
    for term in load_vocabulary(name).terms:
        seen: dict[str, str] = {}
        for lang in LANGUAGES:
            for cue in term.cues[lang]:
                key = _cue_key(cue)
                assert key, f"{term.value}: cue {cue!r} has no word in it"
                assert key not in seen, f"{term.value}: {cue!r} repeats {seen.get(key)!r}"
                seen[key] = cue


@pytest.mark.parametrize("name", sorted(SCHEMA))
def test_cues_are_filed_under_their_script(name: str) -> None:
    """Latin-only cues live in en (they match in every language); ru cues are Cyrillic,
    zh cues hold Chinese characters (else they would be matched as words, not substrings)."""
    for term in load_vocabulary(name).terms:
        for cue in term.cues["en"]:
            assert not CYRILLIC.search(cue) and not is_cjk(cue), f"{term.value}: en {cue!r}"
        for cue in term.cues["ru"]:
            assert CYRILLIC.search(cue), f"{term.value}: ru {cue!r}"
        for cue in term.cues["zh"]:
            assert is_cjk(cue), f"{term.value}: zh {cue!r}"


# -- matching on sentences --------------------------------------------------------------

@pytest.mark.parametrize(("name", "text", "expected"), [
    ("event_type", "Huawei signed a memorandum with the university.", "agreement"),
    ("event_type", "Вузы создадут совместную лабораторию.", "joint_research"),
    ("event_type", "两国企业签署了合作备忘录。", "agreement"),
    ("event_type", "The company will open an R&D centre in Kazan.", "rnd_center"),
    ("event_type", "Компания откроет центр исследований и разработок в Москве.", "rnd_center"),
    ("event_type", "The firms set up a joint venture to build trucks.", "investment"),
    ("event_type", "Китайские фирмы поставляли микроэлектронику и станки.", "supply"),
    ("event_type", "该公司向俄罗斯出口芯片和机床。", "supply"),
    ("event_type", "The institute recruited engineers and trained students.", "talent"),
    ("event_type", "Начались испытания беспилотного грузовика.", "pilot"),
    ("event_type", "双方代表团出席了博览会。", "forum"),
    ("event_type", "Резиденты технопарка получат льготы.", "incubator"),
    ("event_type", "The physicist was arrested on treason charges.", "friction"),
    ("event_type", "Ученого обвинили в государственной измене.", "friction"),
    ("event_type", "The Treasury added five firms to the Entity List.", "countermeasure"),
    ("event_type", "美国将这些公司列入实体清单并实施出口管制。", "countermeasure"),
    ("stage", "The partners plan to build a plant.", "announced"),
    ("stage", "Стороны планируют наладить производство.", "announced"),
    ("stage", "协议已于去年签署。", "signed"),
    ("stage", "The line was commissioned last year.", "implemented"),
    ("stage", "Проект был заморожен.", "stalled"),
    ("stage", "项目被无限期搁置。", "stalled"),
    ("stage", "The firm allegedly shipped parts.", "alleged"),
    ("stage", "据称该公司向俄方供货。", "alleged"),
    ("domain", "They tested a neural network for machine learning.", "ai"),
    ("domain", "Разработан отечественный ИИ для распознавания лиц.", "ai"),
    ("domain", "中俄在人工智能领域合作。", "ai"),
    ("domain", "Huawei builds 5G base stations.", "telecom_5g"),
    ("domain", "Поставки микросхем выросли.", "semiconductors"),
    ("domain", "The lunar station will use GLONASS and BeiDou.", "space"),
    ("domain", "Строительство энергоблока Тяньваньской АЭС.", "nuclear"),
    ("domain", "The CR929 wide-body airliner needs a new engine.", "aerospace"),
    ("domain", "Russia delivered S-400 air defence missiles.", "defense"),
    ("domain", "量子通信卫星", "quantum"),
    ("domain", "Ледокол прошел по Северному морскому пути.", "maritime_arctic"),
    ("domain", "Оплата картами «Мир» в Китае.", "fintech"),
    ("domain", "莫喀高铁项目", "transport"),
    ("domain", "A new titanium alloy and rare earth magnets.", "materials"),
])
def test_cues_find_their_value(name: str, text: str, expected: str) -> None:
    assert expected in _values_found(name, text)


@pytest.mark.parametrize(("name", "text", "unwanted"), [
    # English
    ("domain", "Yandex is Russia's largest search engine.", "aerospace"),
    ("domain", "The engineers and engineering students met.", "aerospace"),
    ("domain", "Inner Mongolia Autonomous Region signed the deal.", "robotics"),
    ("domain", "A think tank in Moscow published the report.", "defense"),
    ("domain", "It is important to do it in order to win.", "cloud_software"),
    ("domain", "The Sputnik news agency reported it.", "space"),
    ("event_type", "It is important; its importance grows.", "supply"),
    ("event_type", "Trade with Russia rose in order to offset exports.", "forum"),
    ("event_type", "The two countries may cooperate.", "agreement"),
    ("stage", "They may sign next year.", "alleged"),
    ("stage", "He added that the plant planet is green.", "announced"),
    # Russian
    ("domain", "В связи с этим он показал карту мира.", "telecom_5g"),
    ("domain", "В связи с этим он показал карту мира.", "fintech"),
    ("domain", "Делегация посетила Германию и Германии.", "materials"),
    ("domain", "Генеральный директор выступил по видео.", "biotech"),
    ("domain", "Ханты-Мансийский автономный округ.", "robotics"),
    ("domain", "Военные учения в Иркутске.", "aerospace"),
    ("domain", "Поездка делегации прошла по плану.", "transport"),
    ("domain", "Платформа для платежей и плата за услуги.", "semiconductors"),
    ("domain", "Газ поставляется по трубопроводу.", "transport"),
    ("event_type", "Спорт и изменения в правилах.", "friction"),
    ("event_type", "Советский Союз и Совет Федерации.", "forum"),
    ("event_type", "На кадрах видно, как экспортируют зерно.", "talent"),
    ("event_type", "Политика Коммунистической партии Китая.", "supply"),
    ("event_type", "Экспорт вырос.", "forum"),
    ("stage", "По данным Росстата, товарооборот вырос.", "alleged"),
    ("stage", "Планета и планшет.", "announced"),
    ("stage", "Начальник управления выступил.", "implemented"),
    # Chinese
    ("domain", "云南省与俄罗斯开展交流。", "cloud_software"),
    ("domain", "合作的核心是互信。", "nuclear"),
    ("domain", "据俄罗斯卫星通讯社报道。", "space"),
    ("domain", "中俄联合声明", "general_science"),
    ("event_type", "中俄联合声明", "joint_research"),
    ("stage", "模拟和虚拟现实", "announced"),
])
def test_false_friends_stay_out(name: str, text: str, unwanted: str) -> None:
    assert unwanted not in _values_found(name, text)


# -- malformed files ---------------------------------------------------------------------

GOOD: dict[str, Any] = {
    "vocabulary": "stage",
    "values": [{
        "value": "signed", "label": "Signed", "description": "Formally agreed.",
        "cues": {"en": ["signed"], "ru": ["подписал*"], "zh": ["签署"]},
    }],
}


def _broken(change: Any) -> dict[str, Any]:
    data = copy.deepcopy(GOOD)
    change(data)
    return data


def test_a_good_vocabulary_parses() -> None:
    vocabulary = parse_vocabulary(copy.deepcopy(GOOD), "test.yaml")
    assert vocabulary.values == ("signed",)
    assert vocabulary.term("signed").cues["ru"] == ("подписал*",)


@pytest.mark.parametrize("data", [
    None,
    ["not", "a", "mapping"],
    _broken(lambda d: d.update(vocabulary="stages")),
    _broken(lambda d: d.pop("vocabulary")),
    _broken(lambda d: d.update(values=[])),
    _broken(lambda d: d.update(values="signed")),
    _broken(lambda d: d["values"].append("signed")),
    _broken(lambda d: d["values"][0].pop("label")),
    _broken(lambda d: d["values"][0].update(description="  ")),
    _broken(lambda d: d["values"].append(copy.deepcopy(d["values"][0]))),
    _broken(lambda d: d["values"][0]["cues"].pop("zh")),
    _broken(lambda d: d["values"][0]["cues"].update(ru=[])),
    _broken(lambda d: d["values"][0]["cues"].update(de=["unterzeichnet"])),
    _broken(lambda d: d["values"][0]["cues"].update(en="signed")),
    _broken(lambda d: d["values"][0]["cues"].update(en=["signed", ""])),
    _broken(lambda d: d["values"][0].update(cues=["signed"])),
    _broken(lambda d: d["values"][0].pop("cues")),
])
def test_malformed_vocabulary_raises_model_error(data: Any) -> None:
    with pytest.raises(ModelError, match="test.yaml"):
        parse_vocabulary(data, "test.yaml")
