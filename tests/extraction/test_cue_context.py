"""Context that changes what a cue word means: set phrases, remarks at forums, uncued deals."""

from __future__ import annotations

import pytest

from techties.extraction.pipeline import extract_document
from techties.extraction.signals import read_signals
from techties.records import Document


def types_of(sentence: str, lang: str = "en") -> dict[str, float]:
    return dict(read_signals(sentence, lang)[0].types)


def test_refused_to_comment_is_no_refusal() -> None:
    assert "friction" not in types_of("Rostec refused to comment on the talks with the Chinese side.")
    assert "friction" in types_of("China refused to hand over the extraction technology to Rostec.")
    assert "friction" not in types_of("В «Ростехе» отказались от комментариев о переговорах с Китаем.", "ru")


def test_a_remark_at_a_forum_is_not_a_forum_event() -> None:
    text = ("Rosatom head Alexei Likhachev told journalists at the Atomexpo forum in Sochi that "
            "Chinese partners value Russian reactor technology.")
    doc = Document(id="remark", text=text, lang="en", published="2024-03-26")
    assert [e.type for e in extract_document(doc).events if e.type == "forum"] == []


def test_two_named_parties_and_a_technology_make_an_event_without_a_cue_word() -> None:
    text = "ZTE will build the 5G core network for Beeline in Moscow next year."
    doc = Document(id="uncued", text=text, lang="en", published="2024-06-01")
    events = extract_document(doc).events
    assert [(e.type, [a.name for a in e.china_actors], [a.name for a in e.russia_actors]) for e in events] \
        == [("agreement", ["ZTE"], ["VimpelCom"])]  # Beeline is its brand


def test_a_lone_sentence_without_parties_or_hard_technology_is_not_enough() -> None:
    background = Document(id="background", lang="en", published="2024-06-01",
                          text="Hungary keeps close ties with Beijing and Moscow. Russia and China agreed "
                               "to expand cooperation in road transport logistics.")
    assert not extract_document(background).relevant
    hard = Document(id="hard", lang="en", published="2024-06-01",
                    text="Russia and China agreed to expand cooperation on the lunar research station.")
    assert extract_document(hard).relevant
    named = Document(id="named", lang="en", published="2024-06-01",
                     text="Russian Railways and China Railway agreed to expand cooperation in transport logistics.")
    assert extract_document(named).relevant


def test_a_headline_that_announces_the_body_event_adds_no_event_of_its_own() -> None:
    doc = Document(id="echo", lang="en", published="2024-06-01",
                   title="Rosatom and CNNC to cooperate on fast reactor fuel",
                   text="Rosatom and CNNC signed a memorandum on fast-neutron reactor fuel on Tuesday in Beijing.")
    events = extract_document(doc).events
    assert [(e.type, [a.name for a in e.china_actors], [a.name for a in e.russia_actors]) for e in events] \
        == [("agreement", ["China National Nuclear Corporation (CNNC)"], ["Rosatom"])]


def test_a_border_is_a_place_not_a_party() -> None:
    signals = read_signals("The launch site lies in the Amur region near the Chinese border.", "en")
    assert "CN" not in signals[0].sides
    assert "CN" in read_signals("The launch site was built with Chinese equipment.", "en")[0].sides
    assert "CN" not in read_signals("Завод стоит у границы с Китаем.", "ru")[0].sides


def test_a_country_whose_name_holds_a_side_word_is_not_that_side() -> None:
    assert "RU" not in read_signals("中国国家航天局与白俄罗斯科学院签署月球科研站合作声明。", "zh")[0].sides
    assert "RU" in read_signals("中国国家航天局与俄罗斯航天集团签署月球科研站合作声明。", "zh")[0].sides
    assert "RU" not in read_signals("The lab opened a branch in White Russia last year.", "en")[0].sides


def test_a_quoted_person_speaks_for_the_party_and_is_not_one() -> None:
    deal = Document(id="quoted", lang="en", published="2024-06-01", text=(
        "Rosatom and CNNC signed an agreement on fast-neutron reactor fuel, said Pavel Karenin, "
        "director of the Rosatom fuel division."))
    (event,) = extract_document(deal).events
    assert [a.name for a in event.russia_actors] == ["Rosatom"]
    case = Document(id="accused", lang="en", published="2024-06-01", text=(
        "Physicist Pavel Karenin was charged with treason for passing reactor fuel secrets to China, "
        "the FSB said."))
    names = {a.name for e in extract_document(case).events for a in e.russia_actors}
    assert "Pavel Karenin" in names


def test_a_treason_case_with_the_pair_around_it_is_a_friction_event() -> None:
    case = Document(id="treason", lang="ru", published="2024-06-01",
                    title="Физика осудили за передачу сведений Китаю",
                    text=("Областной суд в Москве приговорил физика-аэродинамика к 12 годам колонии по делу о "
                          "госизмене.\n\nПо данным следствия, он передал сведения о гиперзвуковых испытаниях "
                          "китайской стороне."))
    events = extract_document(case).events
    assert [(e.type, e.stage) for e in events] == [("friction", "alleged")]


def test_an_agency_that_speaks_is_no_sanction() -> None:
    said = "The Commerce Department said Chinese firms shipped drone engines to Russia."
    assert "countermeasure" not in types_of(said)
    assert "countermeasure" not in types_of("Китай поставляет России ударные дроны, заявили в Еврокомиссии.", "ru")
    assert "countermeasure" in types_of("The Commerce Department added three Chinese firms to the Entity List.")


def test_a_headline_that_names_no_party_adds_no_event_beside_the_body() -> None:
    """The headline announces the body's event in other words; read alone it invented a second,
    differently typed event (an 'agreement' or a 'launch') that then raised false alerts."""
    doc = Document(id="lab", lang="en", published="2025-03-12",
                   title="Russian and Chinese universities to launch joint AI lab",
                   text=("Novosibirsk State University and Zhejiang University plan to set up a joint laboratory "
                         "for artificial intelligence in medicine, the two universities announced.\n\n"
                         "The lab will open in Hangzhou in 2026."))
    events = extract_document(doc).events
    assert [(e.type, e.stage) for e in events] == [("joint_research", "announced")]


def test_named_banks_on_both_sides_with_payment_cards_make_a_deal() -> None:
    doc = Document(id="cards", lang="ru", published="2024-03-01",
                   text="Газпромбанк начал выпуск карт UnionPay для клиентов, выезжающих в Китай.")
    # cards issued are a payment technology put to work (SCHEMA.md: pilot), not a signature
    assert [e.type for e in extract_document(doc).events] == ["pilot"]


def test_helping_the_other_side_build_a_weapon_system_is_joint_work() -> None:
    for text, lang in (("Putin said Russia was helping China build an early-warning system against missile attacks.",
                        "en"),
                       ("Путин заявил, что Россия помогает Китаю создать систему предупреждения о ракетном "
                        "нападении.", "ru")):
        events = extract_document(Document(id="spr", lang=lang, published="2019-10-03", text=text)).events
        assert [(e.type, e.domains) for e in events] == [("joint_research", ["defense"])]


def test_a_director_who_signs_for_his_firm_is_not_a_party_to_an_agreement() -> None:
    deal = Document(id="signed", lang="en", published="2024-06-01", text=(
        "Rosatom director Pavel Karenin and CNNC signed an agreement on fast-neutron reactor fuel."))
    (event,) = extract_document(deal).events
    assert [a.name for a in event.russia_actors] == ["Rosatom"]


def test_a_meeting_reported_as_held_is_the_event_not_its_setting() -> None:
    held = ("The Russian-Chinese expo and business forum on robotics was held in Harbin, "
            "gathering investors from Huawei and Sber.")
    assert [e.type for e in extract_document(Document(id="d1", text=held, lang="en")).events][:1] == ["forum"]
    setting = "Huawei and Sber agreed on an investment in robotics at the Russian-Chinese expo and business forum."
    assert "forum" not in {e.type for e in extract_document(Document(id="d2", text=setting, lang="en")).events}


def test_the_annexation_of_crimea_is_no_merger() -> None:
    """兼并 is a merger of firms and also the annexation of a territory: "兼并克里米亚" is history,
    not an investment."""
    annexed = read_signals("俄罗斯兼并克里米亚后,中俄关系更加紧密。", "zh")[0]
    assert annexed.types["investment"] == 0
    merged = read_signals("中国企业兼并了一家俄罗斯芯片公司。", "zh")[0]
    assert merged.types["investment"] > 0


@pytest.mark.parametrize(("text", "lang"), [
    ("UAC announced at the Army-2023 forum in Moscow that its Chinese widebody partner has new engines.", "en"),
    ("ОАК объявила на форуме «Армия-2023», что китайский партнёр по широкофюзеляжному самолёту "
     "получит новые двигатели.", "ru"),
    ("俄罗斯联合飞机公司在“军队-2023”论坛上宣布,中方宽体客机伙伴将获得新发动机。", "zh"),
])
def test_a_disclosure_at_a_forum_is_a_remark(text: str, lang: str) -> None:
    """Announcing or revealing something at a forum is a remark made there, like telling
    journalists: "announced at", "объявил на форуме", "在论坛上宣布"."""
    signals = read_signals(text, lang)[0]
    assert signals.types["forum"] > 0 and signals.context["speech"] > 0
