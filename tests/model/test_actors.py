"""The actor knowledge base: it loads, it is large enough on both sides, and its names are
unambiguous (no written form points to two actors, no ordinary word is an alias)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pytest

from techties.exceptions import ModelError
from techties.model.lexicon import WORD, is_cjk
from techties.model.loader import ACTOR_FLAGS, ACTOR_KINDS, Actor, load_actors, parse_actors
from techties.model.names import token_form

# Hong Kong and Chinese trading fronts named in sanctions notices that publish no Chinese
# name and have no settled Russian spelling: English is their only written form.
ENGLISH_ONLY = {
    "cn-sinno-electronics", "cn-sigma-technology-hk", "cn-asia-pacific-links",
    "cn-tordan-industry", "cn-king-pai", "cn-3hc-semiconductors", "cn-connec-electronic",
    "cn-winninc-electronic", "cn-world-jetta", "cn-wuhan-tongsheng", "cn-xiamen-limbach",
    "cn-redlepus", "cn-wuhan-global-sensor", "cn-head-aerospace",
    # named in English only by the reporting of UK and US sanctions (china_companies.yaml)
    "cn-ace-electronic-hk", "cn-gsk-cnc", "cn-neway-cnc", "cn-ningbo-blin",
    "cn-finder-technology", "cn-juhang-aviation", "cn-beijing-micropilot", "cn-smart-kit",
    "cn-siliborn", "cn-aook-technology", "cn-allparts-trading", "cn-stk-electronics",
    "cn-wynn-electronics",
}

# Written forms that must never be an actor name: ordinary words in one of the three
# languages, or short forms shared by several bodies (see the notes in the YAML files).
FORBIDDEN_FORMS = [
    "MIR", "Mir", "Мир", "IT", "AI", "CAN", "MOST", "HIT", "BIT", "TPU", "ТПУ", "TSU", "ТГУ",
    "HEU", "NEU", "NEA", "NNSA", "CCTV", "KFU", "КФУ", "МГТУ", "ГАЗ", "Система", "Энергия",
    "Прогресс", "Салют", "Купол", "Сухой", "Микрон", "Байкал", "Калашников", "Вектор", "Озон",
    "Ядро", "ТВЭЛ", "商务部", "国防部", "外交部", "财政部", "北大", "南大", "人大", "天大", "联想",
    "小米", "吉利", "浪潮", "曙光", "美的", "中车", "俄铁", "俄油", "俄军", "俄航", "航天科技",
    "航天科工", "中国电子", "Beijing University", "Сани", "Фотон", "Гидропресс", "九院", "大基金",
    "USC", "CAE", "SAIC", "中国核电", "中国水电", "Минкомсвязи",
]


@pytest.fixture(scope="module")
def actors() -> tuple[Actor, ...]:
    return load_actors()


def _key(form: str) -> str:
    """A written form as the matcher sees it: word tokens case-folded, or CJK without spaces."""
    if is_cjk(form):
        return form.replace(" ", "")
    return " ".join(token_form(m.group()) for m in WORD.finditer(form))


def _has_script(text: str, pattern: str) -> bool:
    return re.search(pattern, text) is not None


def test_knowledge_base_is_large_on_both_sides(actors: tuple[Actor, ...]) -> None:
    by_country = Counter(a.country for a in actors)
    assert len(actors) >= 300
    assert by_country["CN"] >= 150, by_country
    assert by_country["RU"] >= 150, by_country
    kinds = {a.kind for a in actors}
    for kind in ("government", "regional_government", "military", "academy", "institute",
                 "university", "company", "state_corporation", "bank", "fund", "park"):
        assert kind in kinds, kind
    assert kinds <= set(ACTOR_KINDS)
    assert {f for a in actors for f in a.flags} <= set(ACTOR_FLAGS)


def test_ids_are_unique_and_match_the_country(actors: tuple[Actor, ...]) -> None:
    counts = Counter(a.id for a in actors)
    assert [i for i, n in counts.items() if n > 1] == []
    assert all(a.id.startswith(a.country.lower() + "-") for a in actors)


def test_parents_are_actors_of_the_knowledge_base(actors: tuple[Actor, ...]) -> None:
    ids = {a.id for a in actors}
    orphans = [(a.id, a.parent) for a in actors if a.parent and a.parent not in ids]
    assert orphans == []
    assert all(a.parent != a.id for a in actors)


def test_every_actor_has_a_non_english_form(actors: tuple[Actor, ...]) -> None:
    missing = []
    for actor in actors:
        russian = any(_has_script(a, "[А-Яа-яЁё]") for a in actor.aliases.get("ru", ()))
        chinese = any(is_cjk(a) for a in actor.aliases.get("zh", ()))
        if not (russian or chinese or actor.acronyms or actor.id in ENGLISH_ONLY):
            missing.append(actor.id)
    assert missing == [], f"actors with English forms only: {missing}"
    assert ENGLISH_ONLY <= {a.id for a in actors}


def test_aliases_are_in_their_own_language(actors: tuple[Actor, ...]) -> None:
    wrong = []
    for actor in actors:
        wrong += [(actor.id, "en", a) for a in actor.aliases.get("en", ())
                  if is_cjk(a) or _has_script(a, "[А-Яа-яЁё]")]
        wrong += [(actor.id, "ru", a) for a in actor.aliases.get("ru", ()) if is_cjk(a)]
    assert wrong == []


def test_no_written_form_is_shared_by_two_actors(actors: tuple[Actor, ...]) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for actor in actors:
        for form in actor.names():
            owners[_key(form)].add(actor.id)
    clashes = {form: sorted(ids) for form, ids in owners.items() if len(ids) > 1}
    for form, ids in sorted(clashes.items()):
        print(f"shared form {form!r}: {ids}")
    assert clashes == {}


def test_no_ordinary_word_or_ambiguous_short_form_is_a_name(actors: tuple[Actor, ...]) -> None:
    forms = {_key(f): a.id for a in actors for f in a.names()}
    used = {f: forms[_key(f)] for f in FORBIDDEN_FORMS if _key(f) in forms}
    assert used == {}


def test_names_carry_no_legal_suffix(actors: tuple[Actor, ...]) -> None:
    suffix = re.compile(r"\b(Co\.?|Ltd\.?|LLC|JSC|PJSC|OJSC|Inc\.?)$|,\s*(Ltd|Inc)")
    assert [a.name for a in actors if suffix.search(a.name)] == []


def _actor(actors: tuple[Actor, ...], actor_id: str) -> Actor:
    return next(a for a in actors if a.id == actor_id)


def test_spot_checks(actors: tuple[Actor, ...]) -> None:
    huawei = _actor(actors, "cn-huawei")
    assert huawei.name == "Huawei"
    assert "华为" in huawei.aliases["zh"] and "Хуавэй" in huawei.aliases["ru"]
    assert _actor(actors, "cn-huawei-russia-ri").parent == "cn-huawei"

    roscosmos = _actor(actors, "ru-roscosmos")
    assert roscosmos.name == "Roscosmos" and roscosmos.country == "RU"
    assert "Роскосмос" in roscosmos.aliases["ru"] and roscosmos.aliases["zh"]

    rosatom = _actor(actors, "ru-rosatom")
    assert "俄罗斯国家原子能公司" in rosatom.aliases["zh"] and "nuclear" in rosatom.flags

    ras = _actor(actors, "ru-ras")
    assert "РАН" in ras.acronyms
    assert {a.parent for a in actors if a.id in {"ru-sb-ras", "ru-urb-ras", "ru-feb-ras"}} == {
        "ru-ras"}
    assert _actor(actors, "cn-cas").acronyms == ("CAS",)
    assert "sanctioned" in _actor(actors, "cn-spacety").flags
    assert "defence_linked" in _actor(actors, "ru-almaz-antey").flags
    assert _actor(actors, "ru-primorsky-government").kind == "regional_government"
    assert _actor(actors, "ru-mintsifry").aliases["ru"].count("Минкомсвязь") == 1


def test_shared_forms_resolve_as_a_reader_would(actors: tuple[Actor, ...]) -> None:
    """Forms easily confused across the two sides point to the right one."""
    forms = {_key(f): a.id for a in actors for f in a.names()}
    assert forms[_key("Министерство обороны КНР")] == "cn-mnd"
    assert forms[_key("Минобороны")] == "ru-mod"
    assert forms[_key("俄罗斯国家航天局")] == "ru-roscosmos"
    assert forms[_key("国家航天局")] == "cn-cnsa"
    assert forms[_key("Institute for High Energy Physics")] == "ru-ihep-protvino"
    assert forms[_key("Institute of High Energy Physics in Beijing")] == "cn-ihep"
    assert forms[_key("Moscow State University in Shenzhen")] == "cn-smbu"


GOOD = {"id": "cn-x", "name": "X", "kind": "company"}


@pytest.mark.parametrize("data, message", [
    ({"actors": []}, "country"),
    ({"country": "US", "actors": []}, "country"),
    ({"country": "CN"}, "actors"),
    ({"country": "CN", "actors": ["cn-x"]}, "mapping"),
    ({"country": "CN", "actors": [{**GOOD, "id": "CN_X"}]}, "bad id"),
    ({"country": "RU", "actors": [GOOD]}, "does not match country"),
    ({"country": "CN", "actors": [{**GOOD, "name": " "}]}, "name"),
    ({"country": "CN", "actors": [{**GOOD, "kind": "startup"}]}, "kind"),
    ({"country": "CN", "actors": [{**GOOD, "flags": ["evil"]}]}, "flag"),
    ({"country": "CN", "actors": [{**GOOD, "wikidata": "Q0x"}]}, "wikidata"),
    ({"country": "CN", "actors": [{**GOOD, "aliases": {"fr": ["X"]}}]}, "language"),
    ({"country": "CN", "actors": [{**GOOD, "aliases": {"zh": "华为"}}]}, "list"),
    ({"country": "CN", "actors": [{**GOOD, "acronyms": [""]}]}, "list"),
])
def test_bad_actor_files_raise_model_error(data: object, message: str) -> None:
    with pytest.raises(ModelError, match=message):
        parse_actors(data, "bad.yaml")


def test_a_good_entry_parses() -> None:
    [actor] = parse_actors({"country": "CN", "actors": [{
        **GOOD, "aliases": {"zh": ["某公司"]}, "acronyms": ["XC"], "flags": ["sanctioned"],
        "parent": "cn-huawei"}]}, "good.yaml")
    assert actor.names() == ["X", "XC", "某公司"] and actor.parent == "cn-huawei"
