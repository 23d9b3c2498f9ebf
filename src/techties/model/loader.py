"""Loads the vocabulary and actor YAML files into typed objects and fails early on a bad file.

Vocabulary file (``vocab/<name>.yaml``)::

    vocabulary: event_type          # one of VOCABULARIES
    values:
      - value: agreement
        label: Agreement
        description: A memorandum, agreement ... is signed or agreed.
        cues: {en: [memorandum, sign*], ru: [меморандум*], zh: [备忘录]}

Cue syntax: English and Russian cues match at a word start and end at a word end,
unless they end with ``*`` (then any ending: the way to cover Russian inflection);
Chinese cues match as substrings.

Actor file (``actors/<group>.yaml``)::

    country: CN                     # CN or RU
    actors:
      - id: cn-huawei
        name: Huawei
        kind: company               # one of ACTOR_KINDS
        aliases: {en: [...], ru: [...], zh: [...]}
        acronyms: [...]
        wikidata: Q160120            # optional
        flags: [defence_linked]      # optional, from ACTOR_FLAGS
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from techties.exceptions import ModelError

LANGUAGES = ("en", "ru", "zh")
VOCABULARIES = ("event_type", "stage", "domain")
COUNTRIES = ("CN", "RU")
ACTOR_KINDS = (
    "government", "regional_government", "military", "academy", "institute", "university",
    "company", "state_corporation", "bank", "fund", "park", "association", "media", "person",
)
# official: a head of a state body, corporation or academy, who signs and speaks for it and
# so is no party in person (SCHEMA.md)
ACTOR_FLAGS = ("defence_linked", "state_owned", "sanctioned", "space", "nuclear", "official")
WIKIDATA_ID = re.compile(r"^Q[1-9][0-9]*$")
ACTOR_ID = re.compile(r"^(cn|ru)-[a-z0-9][a-z0-9-]*$")


@cache
def load_tense_words() -> dict[str, dict[str, tuple[str, ...]]]:
    """tense.yaml: per tense ("future"), the words of each language that mark it."""
    where = "tense.yaml"
    data = read_yaml(_model_dir(where))
    if not isinstance(data, dict):
        raise _fail(where, "needs a 'future:' mapping")
    return {tense: _per_language(words, f"{where}.{tense}") for tense, words in data.items()}


@dataclass(frozen=True)
class TypeBehaviour:
    """How extraction, curation and analysis treat events of one type (event_types.yaml)."""

    priority: int  # ties between type cues go to the lower number: the more specific type
    default_stage: str  # the stage when its sentence gives no stage cue
    role: str | None = None  # "deal" or "cooperation": the type of a sentence with no type cue
    one_sided: bool = False  # stands in a sentence that names only one side
    personal: bool = False  # its parties are often unnamed people: the pair nearby is enough
    lists_parties: bool = False  # the sentences after it often list its parties
    affiliations: bool = False  # the employers of the people in it join its parties
    person_parties: bool = False  # a person can be a party in person
    unnamed_parties: bool = False  # reports often leave its parties unnamed
    setting: bool = False  # its cues are often only the setting of another event
    focused: bool = False  # keeps only its main field
    conflict: bool = False  # trouble between the sides, not cooperation (indicators' conflict share)
    deal_terms: bool = False  # its future in a story of a signed deal is the deal's terms: signed
    charged: bool = False  # what a measure or an accusation charges: alleged, though told as done
    kind: str | None = None  # document, meeting, measure or dispute: how its stage is read (KINDS)
    joint_form: str | None = None  # the type it is when its name carries both countries
    named_place: bool = False  # its cue inside a party's name (a technopark) still types the sentence
    compatible_with: tuple[str, ...] = ()  # types a reporter and a curator may file it under


@dataclass(frozen=True)
class Traits:
    """What a stage or a domain means beyond its cues (stages.yaml, domains.yaml)."""

    group: str | None = None  # a stage's group: rhetoric, delivery or trouble
    progress: int | None = None  # a stage's place on the way from announced to implemented
    colour: str | None = None  # a stage's colour in charts
    ink: str | None = None  # a stage's colour as text on white (badges): dark enough to read
    hard_tech: bool = False  # a domain that makes a sentence technological by itself
    party_deals: bool = False  # a domain in which two named parties side by side report a deal
    vague: bool = False  # a domain that alone does not make a sentence technological
    military: bool = False  # arms and war: a story's use of its things, often named once, by end use
    armed_in_war: bool = False  # its things are weapons in a story of arms and war (drones)
    patrol_kit: bool = False  # its things (aircraft, ships, satellites) fly or sail joint patrols and drills


@dataclass(frozen=True)
class Term:
    """One value of a vocabulary with its cue words per language."""

    value: str
    label: str
    description: str
    cues: dict[str, tuple[str, ...]]
    behaviour: TypeBehaviour | None = None  # event types only
    traits: Traits = Traits()


@dataclass(frozen=True)
class Vocabulary:
    name: str
    terms: tuple[Term, ...]

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(t.value for t in self.terms)

    def term(self, value: str) -> Term:
        for t in self.terms:
            if t.value == value:
                return t
        raise KeyError(f"{value!r} is not a {self.name}")


@dataclass(frozen=True)
class Actor:
    """A canonical organisation (or person) of the knowledge base."""

    id: str
    name: str
    country: str
    kind: str
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    acronyms: tuple[str, ...] = ()
    wikidata: str | None = None
    flags: tuple[str, ...] = ()
    parent: str | None = None

    @property
    def defence_linked(self) -> bool:
        return "defence_linked" in self.flags

    def names(self) -> list[str]:
        """Every written form: the name, the aliases in each language, the acronyms."""
        out = [self.name, *self.acronyms]
        for lang in LANGUAGES:
            out.extend(self.aliases.get(lang, ()))
        return out


def _fail(path: str, message: str) -> ModelError:
    return ModelError(f"{path}: {message}")


# libyaml's parser when PyYAML was built with it: the same data, eight times faster, which is
# most of the start-up of every process that reads the knowledge base (ingest's writer and
# each extraction worker)
SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path | Any, where: str | None = None) -> Any:
    """The content of a YAML file (a path or a package resource), or a ModelError naming
    `where` (else the path) when it is not valid YAML."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        raise _fail(where or str(path), f"not valid YAML: {exc}") from exc


def _string_list(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(where, "expected a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _per_language(value: Any, where: str) -> dict[str, tuple[str, ...]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _fail(where, "expected a mapping of language to a list")
    unknown = set(value) - set(LANGUAGES)
    if unknown:
        raise _fail(where, f"unknown language(s) {sorted(unknown)}; use {LANGUAGES}")
    return {lang: _string_list(value.get(lang), f"{where}.{lang}") for lang in LANGUAGES}


def parse_vocabulary(data: Any, where: str) -> Vocabulary:
    if not isinstance(data, dict) or data.get("vocabulary") not in VOCABULARIES:
        raise _fail(where, f"needs 'vocabulary:' set to one of {VOCABULARIES}")
    raw_values = data.get("values")
    if not isinstance(raw_values, list) or not raw_values:
        raise _fail(where, "needs a non-empty 'values:' list")
    terms, seen = [], set()
    for i, raw in enumerate(raw_values):
        at = f"{where}: values[{i}]"
        if not isinstance(raw, dict):
            raise _fail(at, "expected a mapping")
        for key in ("value", "label", "description"):
            if not isinstance(raw.get(key), str) or not raw[key].strip():
                raise _fail(at, f"missing '{key}'")
        if raw["value"] in seen:
            raise _fail(at, f"duplicate value {raw['value']!r}")
        seen.add(raw["value"])
        cues = _per_language(raw.get("cues"), f"{at}.cues")
        missing = [lang for lang in LANGUAGES if not cues.get(lang)]
        if missing:
            raise _fail(at, f"{raw['value']}: no cue words for {missing}")
        behaviour = _behaviour(raw.get("behaviour"), at) if data["vocabulary"] == "event_type" else None
        traits = _traits(raw.get("traits"), at)
        terms.append(Term(raw["value"], raw["label"].strip(), raw["description"].strip(), cues,
                          behaviour, traits))
    return Vocabulary(data["vocabulary"], tuple(terms))


_BEHAVIOUR_FLAGS = ("one_sided", "personal", "lists_parties", "affiliations", "person_parties",
                    "unnamed_parties", "setting", "focused", "conflict", "deal_terms", "charged",
                    "named_place")
_TRAIT_FLAGS = ("hard_tech", "party_deals", "vague", "military", "armed_in_war", "patrol_kit")
ROLES = ("deal", "cooperation")
# What sort of happening a type is, where that changes how its stage is read and which of its
# sentences count (extraction/stage.py, candidates.py): a written commitment (signed unless only
# planned), a meeting (held unless its own clause is future), a third state's measure (needs
# the state that imposes it), a dispute (alleged, or by its cues).
KINDS = ("document", "meeting", "measure", "dispute")
STAGE_GROUPS = ("rhetoric", "delivery", "trouble")


def _behaviour(raw: Any, at: str) -> TypeBehaviour:
    """An event type's behaviour block: priority and default stage required, flags false
    unless set. Which stages exist is checked against the stage vocabulary by the tests."""
    if not isinstance(raw, dict):
        raise _fail(at, "an event type needs a 'behaviour:' mapping (priority, default_stage, …)")
    known = {"priority", "default_stage", "role", "kind", "joint_form", "compatible_with", *_BEHAVIOUR_FLAGS}
    unknown = set(raw) - known
    if unknown:
        raise _fail(at, f"unknown behaviour key(s) {sorted(unknown)}; use {sorted(known)}")
    if not isinstance(raw.get("priority"), int):
        raise _fail(at, "behaviour.priority must be a whole number")
    if not isinstance(raw.get("default_stage"), str):
        raise _fail(at, "behaviour.default_stage must name a stage")
    if raw.get("role") not in (None, *ROLES):
        raise _fail(at, f"behaviour.role must be one of {ROLES}")
    if raw.get("kind") not in (None, *KINDS):
        raise _fail(at, f"behaviour.kind must be one of {KINDS}")
    if not isinstance(raw.get("joint_form", ""), str):
        raise _fail(at, "behaviour.joint_form must name an event type")
    flags = {k: raw.get(k, False) for k in _BEHAVIOUR_FLAGS}
    if not all(isinstance(v, bool) for v in flags.values()):
        raise _fail(at, f"behaviour flags {_BEHAVIOUR_FLAGS} are true or false")
    return TypeBehaviour(priority=raw["priority"], default_stage=raw["default_stage"], role=raw.get("role"),
                         kind=raw.get("kind"), joint_form=raw.get("joint_form"),
                         compatible_with=_string_list(raw.get("compatible_with"), f"{at}.compatible_with"),
                         **flags)


def _traits(raw: Any, at: str) -> Traits:
    if raw is None:
        return Traits()
    if not isinstance(raw, dict):
        raise _fail(at, "'traits:' must be a mapping")
    known = {"group", "progress", "colour", "ink", *_TRAIT_FLAGS}
    unknown = set(raw) - known
    if unknown:
        raise _fail(at, f"unknown trait(s) {sorted(unknown)}; use {sorted(known)}")
    if raw.get("group") not in (None, *STAGE_GROUPS):
        raise _fail(at, f"traits.group must be one of {STAGE_GROUPS}")
    colour, ink = raw.get("colour"), raw.get("ink")
    for key, value in (("colour", colour), ("ink", ink)):
        if value is not None and not re.fullmatch(r"#[0-9a-fA-F]{6}", str(value)):
            raise _fail(at, f"traits.{key} must be #rrggbb")
    flags = {k: raw.get(k, False) for k in _TRAIT_FLAGS}
    if not all(isinstance(v, bool) for v in flags.values()):
        raise _fail(at, f"trait flags {_TRAIT_FLAGS} are true or false")
    return Traits(group=raw.get("group"), progress=raw.get("progress"), colour=colour, ink=ink, **flags)


def parse_actors(data: Any, where: str) -> list[Actor]:
    if not isinstance(data, dict) or data.get("country") not in COUNTRIES:
        raise _fail(where, f"needs 'country:' set to one of {COUNTRIES}")
    country = data["country"]
    raw_actors = data.get("actors")
    if not isinstance(raw_actors, list):
        raise _fail(where, "needs an 'actors:' list")
    actors = []
    for i, raw in enumerate(raw_actors):
        at = f"{where}: actors[{i}]"
        if not isinstance(raw, dict):
            raise _fail(at, "expected a mapping")
        actor_id, name, kind = raw.get("id"), raw.get("name"), raw.get("kind")
        if not isinstance(actor_id, str) or not ACTOR_ID.match(actor_id):
            raise _fail(at, f"bad id {actor_id!r}: want cn-… or ru-… in lower case")
        if not actor_id.startswith(country.lower() + "-"):
            raise _fail(at, f"id {actor_id} does not match country {country}")
        if not isinstance(name, str) or not name.strip():
            raise _fail(at, "missing 'name'")
        if kind not in ACTOR_KINDS:
            raise _fail(at, f"{actor_id}: kind {kind!r} is not one of {ACTOR_KINDS}")
        wikidata = raw.get("wikidata")
        if wikidata is not None and (not isinstance(wikidata, str) or not WIKIDATA_ID.match(wikidata)):
            raise _fail(at, f"{actor_id}: bad wikidata id {wikidata!r}")
        flags = _string_list(raw.get("flags"), f"{at}.flags")
        bad_flags = set(flags) - set(ACTOR_FLAGS)
        if bad_flags:
            raise _fail(at, f"{actor_id}: unknown flag(s) {sorted(bad_flags)}")
        actors.append(Actor(
            id=actor_id, name=name.strip(), country=country, kind=kind,
            aliases=_per_language(raw.get("aliases"), f"{at}.aliases"),
            acronyms=_string_list(raw.get("acronyms"), f"{at}.acronyms"),
            wikidata=wikidata, flags=flags, parent=raw.get("parent"),
        ))
    return actors


def _model_dir(sub: str) -> Any:
    return resources.files("techties.model").joinpath(sub)


@cache
def load_model_mapping(name: str) -> dict[str, Any]:
    """A model file that holds one mapping (the word lists of one extraction rule), read
    once; a ModelError when it holds anything else."""
    data = read_yaml(_model_dir(name), name)
    if not isinstance(data, dict):
        raise _fail(name, "needs a mapping")
    return data


@cache
def load_vocabulary(name: str) -> Vocabulary:
    """The vocabulary `name` (event_type, stage or domain) from the shipped files."""
    for entry in sorted(_model_dir("vocab").iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".yaml"):
            data = read_yaml(entry)
            if isinstance(data, dict) and data.get("vocabulary") == name:
                return parse_vocabulary(data, entry.name)
    raise ModelError(f"no vocabulary file declares '{name}'")


@cache
def load_actors() -> tuple[Actor, ...]:
    """Every actor of the shipped knowledge base, with ids checked for uniqueness."""
    actors: list[Actor] = []
    for entry in sorted(_model_dir("actors").iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".yaml"):
            actors.extend(parse_actors(read_yaml(entry), entry.name))
    seen: dict[str, str] = {}
    for actor in actors:
        if actor.id in seen:
            raise ModelError(f"actor id {actor.id} is declared twice")
        seen[actor.id] = actor.name
    ids = set(seen)
    for actor in actors:
        if actor.parent and actor.parent not in ids:
            raise ModelError(f"{actor.id}: parent {actor.parent} is not in the knowledge base")
    return tuple(actors)


@cache
def parent_of(kinds: frozenset[str] | None = None) -> dict[str, str]:
    """Each knowledge-base actor's parent organisation, by id; only parents of `kinds` if given."""
    actors = {a.id: a for a in load_actors()}
    return {a.id: a.parent for a in actors.values()
            if a.parent and (kinds is None or actors[a.parent].kind in kinds)}


@dataclass(frozen=True)
class SideWord:
    """A word that brings a side into a sentence: a country, its people, a city."""

    phrase: str
    lang: str
    sides: tuple[str, ...]  # ("CN",), ("RU",), both for compounds such as 中俄, none for geography
    kind: str  # country, place, both or geography


@cache
def load_side_words() -> tuple[SideWord, ...]:
    """The country and place words of places.yaml."""
    where = "places.yaml"
    data = read_yaml(_model_dir("places.yaml"))
    if not isinstance(data, dict) or not isinstance(data.get("sides"), dict):
        raise _fail(where, "needs a 'sides:' mapping")
    words: list[SideWord] = []
    for side, groups in data["sides"].items():
        if side not in COUNTRIES or not isinstance(groups, dict):
            raise _fail(where, f"bad side {side!r}")
        for kind in ("country", "places"):
            for lang, phrases in _per_language(groups.get(kind), f"{where}.{side}.{kind}").items():
                words.extend(SideWord(p, lang, (side,), kind.rstrip("s")) for p in phrases)
    for lang, phrases in _per_language(data.get("both"), f"{where}.both").items():
        words.extend(SideWord(p, lang, COUNTRIES, "both") for p in phrases)
    for key in ("geography", "elsewhere"):
        for lang, phrases in _per_language(data.get(key), f"{where}.{key}").items():
            words.extend(SideWord(p, lang, (), "geography") for p in phrases)
    return tuple(words)


@dataclass(frozen=True)
class ContextWords:
    """Cues of non-technology cooperation, of third countries, and of cooperation in general."""

    noise: dict[str, tuple[str, ...]]
    third_countries: dict[str, tuple[str, ...]]
    cooperation: dict[str, tuple[str, ...]]
    imposers: dict[str, tuple[str, ...]]
    not_parties: tuple[str, ...] = ()
    boilerplate: dict[str, tuple[str, ...]] = field(default_factory=dict)
    speech: dict[str, tuple[str, ...]] = field(default_factory=dict)
    idle: dict[str, tuple[str, ...]] = field(default_factory=dict)


@cache
def load_context_words() -> ContextWords:
    where = "context.yaml"
    data = read_yaml(_model_dir("context.yaml"))
    if not isinstance(data, dict):
        raise _fail(where, "needs 'noise:' and 'third_countries:' mappings")
    return ContextWords(_per_language(data.get("noise"), f"{where}.noise"),
                      _per_language(data.get("third_countries"), f"{where}.third_countries"),
                      _per_language(data.get("cooperation"), f"{where}.cooperation"),
                      _per_language(data.get("imposers"), f"{where}.imposers"),
                      _string_list(data.get("not_parties"), f"{where}.not_parties"),
                      _per_language(data.get("boilerplate"), f"{where}.boilerplate"),
                      _per_language(data.get("speech"), f"{where}.speech"),
                      _per_language(data.get("idle"), f"{where}.idle"))


@dataclass(frozen=True)
class ChineseNameTables:
    """How Chinese writes personal names: see chinese_names.yaml."""

    family_names: dict[str, str]
    russian_syllables: dict[str, str]


def _string_table(value: Any, where: str, mapping: str, rendering: str,
                  valid: Callable[[str], bool]) -> dict[str, str]:
    """A non-empty mapping of strings to their `rendering`, each one `valid`."""
    if not isinstance(value, dict) or not value:
        raise _fail(where, f"expected a mapping of {mapping}")
    for key, written in value.items():
        if not isinstance(key, str) or not key or not isinstance(written, str) or not valid(written):
            raise _fail(where, f"entry {key!r}: {written!r} is not {rendering}")
    return dict(value)


def _char_table(value: Any, where: str) -> dict[str, str]:
    return _string_table(value, where, "characters to Latin letters", "a Latin spelling", str.isalpha)


def _model_mapping(where: str, needs: str) -> dict[str, Any]:
    """The mapping a shipped model file holds, or a ModelError saying what it `needs`."""
    data = read_yaml(_model_dir(where))
    if not isinstance(data, dict):
        raise _fail(where, f"needs {needs}")
    return data


@cache
def load_chinese_name_tables() -> ChineseNameTables:
    where = "chinese_names.yaml"
    data = _model_mapping(where, "'family_names:' and 'russian_syllables:' mappings")
    return ChineseNameTables(_char_table(data.get("family_names"), f"{where}.family_names"),
                             _char_table(data.get("russian_syllables"), f"{where}.russian_syllables"))


@dataclass(frozen=True)
class ChineseOrgWords:
    """How the parts of a Chinese organisation name read in English: see chinese_org_words.yaml."""

    words: dict[str, str]
    places: dict[str, str]
    foreign: tuple[str, ...] = ()


def _phrase_table(value: Any, where: str) -> dict[str, str]:
    """A non-empty mapping of words to their English rendering."""
    return _string_table(value, where, "words to English", "an English rendering", lambda s: bool(s.strip()))


@cache
def load_chinese_org_words() -> ChineseOrgWords:
    where = "chinese_org_words.yaml"
    data = _model_mapping(where, "'words:' and 'places:' mappings")
    return ChineseOrgWords(_phrase_table(data.get("words"), f"{where}.words"),
                           _phrase_table(data.get("places"), f"{where}.places"),
                           _string_list(data.get("foreign"), f"{where}.foreign"))


@dataclass(frozen=True)
class RussianNameTables:
    """How Russian organisation names read in English and which side they are on: see
    russian_names.yaml. Word lists are case-folded, legal forms kept as written."""

    english: dict[str, str]
    place_endings: dict[str, str]
    sources: frozenset[str]
    generic: frozenset[str]
    legal_forms: frozenset[str]
    regions: frozenset[str]
    government_heads: frozenset[str]
    buildings: frozenset[str]
    courts: frozenset[str]
    state_heads: frozenset[str]
    state_prefixes: tuple[str, ...]


@cache
def load_russian_name_tables() -> RussianNameTables:
    where = "russian_names.yaml"
    data = _model_mapping(where, "'english:' and 'place_adjective_endings:' mappings and word lists")

    def folded(key: str) -> tuple[str, ...]:
        return tuple(w.casefold() for w in _string_list(data.get(key), f"{where}.{key}"))

    return RussianNameTables(
        english=_phrase_table(data.get("english"), f"{where}.english"),
        place_endings=_phrase_table(data.get("place_adjective_endings"), f"{where}.place_adjective_endings"),
        sources=frozenset(folded("sources")),
        generic=frozenset(folded("generic")),
        legal_forms=frozenset(_string_list(data.get("russian_legal_forms"), f"{where}.russian_legal_forms")),
        regions=frozenset(folded("russian_regions")),
        government_heads=frozenset(folded("government_heads")),
        buildings=frozenset(folded("buildings")),
        courts=frozenset(folded("courts")),
        state_heads=frozenset(folded("state_heads")),
        state_prefixes=folded("russian_state_prefixes"),
    )


@cache
def load_further_words() -> dict[str, dict[str, tuple[str, ...]]]:
    """distinct.yaml: the words by which a sentence reports a further happening of its kind
    (`further`), and phrases holding such a word that do not (`not`), per language."""
    where = "distinct.yaml"
    data = read_yaml(_model_dir(where))
    if not isinstance(data, dict) or set(data) != {"further", "not"}:
        raise _fail(where, "needs 'further:' and 'not:' mappings")
    return {kind: _per_language(words, f"{where}.{kind}") for kind, words in data.items()}


@cache
def load_anaphors() -> tuple[str, ...]:
    """The words that refer back to a party named before (anaphors.yaml), all languages."""
    where = "anaphors.yaml"
    words = _per_language(read_yaml(_model_dir(where)), where)
    return tuple(w.lower() for lang in LANGUAGES for w in words[lang])


@dataclass(frozen=True)
class Institutions:
    """institutions.yaml: the type of a shared place of study or research, the type of what
    such a place does, and the stems that name such a place (all languages together)."""

    place_type: str
    activity_type: str
    stems: tuple[str, ...]


@cache
def load_institutions() -> Institutions:
    where = "institutions.yaml"
    data = read_yaml(_model_dir(where))
    if not isinstance(data, dict):
        raise _fail(where, "needs place_type, activity_type and a list of stems per language")
    types = load_vocabulary("event_type").values
    for key in ("place_type", "activity_type"):
        if data.get(key) not in types:
            raise _fail(where, f"{key} {data.get(key)!r} is no event type of vocab/event_types.yaml")
    stems = _per_language(data.get("stems"), f"{where}.stems")
    return Institutions(data["place_type"], data["activity_type"],
                        tuple(stem.casefold() for words in stems.values() for stem in words))


@dataclass(frozen=True)
class CoreferenceWords:
    """coreference.yaml: English subjects that point back to a party, and names of the pair."""

    firm_heads: tuple[str, ...]
    named_heads: tuple[str, ...]
    new_firm_heads: tuple[str, ...]
    agents: tuple[str, ...]
    side_adjectives: dict[str, str]
    pair: tuple[str, ...]


@cache
def load_coreference_words() -> CoreferenceWords:
    where = "coreference.yaml"
    data = read_yaml(_model_dir(where))
    subject = data.get("subject") if isinstance(data, dict) else None
    if not isinstance(subject, dict) or not isinstance(subject.get("sides"), dict):
        raise _fail(where, "needs a 'subject:' mapping with 'sides:'")
    sides = {str(k).lower(): str(v) for k, v in subject["sides"].items()}
    if not set(sides.values()) <= set(COUNTRIES):
        raise _fail(where, f"subject.sides must map to {COUNTRIES}")
    return CoreferenceWords(
        firm_heads=tuple(w.lower() for w in _string_list(subject.get("firm_heads"), f"{where}.subject.firm_heads")),
        named_heads=tuple(w.lower() for w in _string_list(subject.get("named_heads"), f"{where}.subject.named_heads")),
        new_firm_heads=tuple(w.lower() for w in _string_list(subject.get("new_firm_heads"),
                                                             f"{where}.subject.new_firm_heads")),
        agents=tuple(w.lower() for w in _string_list(subject.get("agents"), f"{where}.subject.agents")),
        side_adjectives=sides,
        pair=tuple(w.lower() for w in _per_language(data.get("pair"), f"{where}.pair").get("en", ())),
    )


@cache
def load_subject_references() -> dict[str, tuple[str, ...]]:
    """Per language, the words that refer to a story's parties together (subject_references.yaml)."""
    where = "subject_references.yaml"
    words = _per_language(read_yaml(_model_dir(where)), where)
    return {lang: tuple(w.lower() for w in words.get(lang, ())) for lang in LANGUAGES}


@cache
def load_negations() -> dict[str, tuple[str, ...]]:
    """Per language, the words that deny a sentence's verb (negations.yaml)."""
    where = "negations.yaml"
    words = _per_language(read_yaml(_model_dir(where)), where)
    return {lang: tuple(w.lower() for w in words.get(lang, ())) for lang in LANGUAGES}


@cache
def load_project_stopwords() -> frozenset[str]:
    """Capitalised words that never name a project (project_stopwords.yaml), lower-cased."""
    where = "project_stopwords.yaml"
    words = _per_language(read_yaml(_model_dir(where)), where)
    return frozenset(w.lower() for lang in LANGUAGES for w in words[lang])
