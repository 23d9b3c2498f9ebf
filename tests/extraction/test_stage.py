"""The stage of an event: the clause that carries it, its sentences together, the type's prior."""

from __future__ import annotations

from collections import Counter

from techties.extraction.pipeline import extract_document
from techties.extraction.signals import read_signals
from techties.extraction.stage import clause_stages, decide_stage, named_spans, sentence_stages
from techties.extraction.stage_cues import stage_cues
from techties.records import Document


def _stages(text: str, lang: str = "en") -> list[tuple[str, str]]:
    doc = Document(id="doc_test", text=text, title="", lang=lang, published="2021-06-10")
    return [(e.type, e.stage) for e in extract_document(doc).events]


def test_the_stage_is_read_in_the_clause_of_the_type_cue() -> None:
    text = ("Huawei opened a research centre in Moscow last year, and the company plans to hire "
            "two hundred more engineers there.")
    s = read_signals(text, "en")[0]
    assert s.stages["announced"] and s.stages["implemented"]  # the sentence alone is undecided
    own = clause_stages(s.sentence.text, s.sentence.start, s.cue_spans, "rnd_center")
    assert own == Counter({"implemented": 1})
    assert ("rnd_center", "implemented") in _stages(text)


def test_a_clause_without_cues_leaves_the_sentence_to_decide() -> None:
    s = read_signals("The joint laboratory, which the two universities will open in Harbin.", "en")[0]
    assert clause_stages(s.sentence.text, s.sentence.start, s.cue_spans, "joint_research") == Counter()


def test_a_reported_clause_is_its_own_clause() -> None:
    text = "Rosatom said on Monday that it will build a research reactor together with CNNC."
    s = read_signals(text, "en")[0]
    cues = clause_stages(s.sentence.text, s.sentence.start, s.cue_spans, "pilot")
    assert set(cues) <= {"announced"}


def test_a_merged_event_takes_the_stage_most_of_its_sentences_give() -> None:
    text = ("Rosatom and CNNC will open a joint laboratory for nuclear research in Beijing, the two "
            "companies said. The joint laboratory of Rosatom and CNNC opened on Friday. "
            "The joint laboratory started work on Friday.")
    assert _stages(text) == [("joint_research", "implemented")]  # the lead sentence alone: announced


def test_a_forum_is_the_meeting_that_was_held() -> None:
    assert decide_stage("forum", Counter({"announced": 2}), Counter()) == "implemented"
    assert decide_stage("forum", Counter({"stalled": 1}), Counter()) == "stalled"


def test_a_forum_in_the_future_tense_is_announced_and_talks_held_are_held() -> None:
    assert decide_stage("forum", Counter({"announced": 1, "future": 1}), Counter()) == "announced"
    assert decide_stage("forum", Counter({"implemented": 1, "future": 1}), Counter()) == "announced"
    assert decide_stage("forum", Counter({"implemented": 2, "future": 1}), Counter()) == "implemented"
    coming = ("The China-Russia Expo on robotics and AI will be held in Harbin next year, "
              "organised by the Harbin Institute of Technology and Bauman Moscow State Technical University.")
    assert ("forum", "announced") in _stages(coming)
    talks = ("Delegations of the Harbin Institute of Technology and Bauman Moscow State Technical "
             "University held talks on robotics and AI in Harbin.")
    assert ("forum", "implemented") in _stages(talks)
    coming_ru = ("Российско-китайская выставка робототехники и искусственного интеллекта пройдет в Казани "
                 "при участии Казанского федерального университета и Харбинского политехнического университета.")
    assert ("forum", "announced") in _stages(coming_ru, "ru")


def test_shipments_named_in_a_report_of_sanctions_are_alleged() -> None:
    text = ("The U.S. Treasury sanctioned Hong Kong firm Sinno Electronics and Russian drone maker "
            "Kupol for supplying military technology. Sinno Electronics shipped microchips and "
            "navigation modules for drones to Kupol last year.")
    stages = _stages(text)
    assert ("countermeasure", "implemented") in stages
    assert ("supply", "alleged") in stages
    plain = ("Sinno Electronics shipped microchips and navigation modules for drones to Kupol "
             "last year.")
    assert ("supply", "implemented") in _stages(plain)


def test_was_to_is_a_plan_seen_from_the_past() -> None:
    s = read_signals("Moscow announced it was to invest $1bn in a joint fund.", "en")[0]
    assert s.stages["announced"]


def test_future_as_a_noun_is_not_a_plan() -> None:
    s = read_signals("Rosatom and CNNC opened the laboratory of the future in Beijing.", "en")[0]
    assert not s.stages["announced"]


def test_chinese_jiang_before_any_verb_is_a_plan() -> None:
    s = read_signals("华为将投资莫斯科的联合研发中心。", "zh")[0]
    assert s.stages["announced"]


def test_a_wish_is_a_plan_and_an_agreement_reached_is_signed() -> None:
    wished = read_signals("Издание пишет, что Россия хотела приобрести у Китая станки.", "ru")[0]
    assert wished.stages["announced"] > 0
    assert read_signals("The ministry sought to buy radar parts from Chengdu.", "en")[0].stages["announced"] > 0
    reached = read_signals("Такая договоренность была достигнута в ходе визита.", "ru")[0]
    assert reached.stages["signed"] > 0


def test_a_request_is_a_plan_and_a_ban_asked_for_is_announced() -> None:
    asked = read_signals("Производители просят министерство ввести запрет на импорт китайских модемов.", "ru")[0]
    assert asked.stages["announced"]
    assert read_signals("The makers urged the ministry to restrict imports.", "en")[0].stages["announced"]
    assert decide_stage("friction", Counter({"announced": 1}), Counter()) == "announced"
    assert decide_stage("friction", Counter({"announced": 1, "alleged": 1}), Counter()) == "alleged"
    assert decide_stage("friction", Counter(), Counter()) == "alleged"
    text = ("Российские производители телекоммуникационного оборудования просят Минцифры ввести запрет "
            "на китайские базовые станции Huawei.")
    assert ("friction", "announced") in _stages(text, "ru")


def test_what_will_be_finished_has_been_started() -> None:
    assert decide_stage("supply", Counter({"announced": 1, "underway": 1}), Counter()) == "implemented"
    assert decide_stage("agreement", Counter({"announced": 1, "underway": 1}), Counter()) == "announced"
    text = ("Рособоронэкспорт завершит поставки Китаю истребителей Су-35 для ВВС НОАК в следующем году.")
    assert ("supply", "implemented") in _stages(text, "ru")
    planned = "Рособоронэкспорт начнет поставки Китаю истребителей Су-35 для ВВС НОАК в следующем году."
    assert ("supply", "announced") in _stages(planned, "ru")
    assert ("supply", "implemented") in _stages(
        "Rosoboronexport will complete deliveries of Su-35 fighters to the PLA Air Force next year.")


def test_a_business_closed_or_disbanded_is_stalled() -> None:
    for text, lang in (("ZTE is closing its equipment sales division in Russia.", "en"),
                       ("The unit will be disbanded on 1 March.", "en"),
                       ("Компания расформировала отдел продаж в Москве.", "ru"),
                       ("Lenovo закрыла подразделение в Москве.", "ru"),
                       ("该公司关闭了在莫斯科的销售部门。", "zh")):
        assert read_signals(text, lang)[0].stages["stalled"], text
    assert not read_signals("ЗАО «Телеком» закрытого типа поставило оборудование.", "ru")[0].stages["stalled"]
    text = "ZTE is closing its Russian division for the supply of telecom equipment and base stations to MTS."
    assert ("supply", "stalled") in _stages(text)


def test_the_words_of_a_quoted_name_or_an_aside_are_not_the_tense() -> None:
    text = "哈尔滨工业大学与莫斯科国立大学“北极科学规划研究”联合项目（国际科技合作计划）启动会在哈尔滨召开。"
    s = read_signals(text, "zh")[0]
    assert s.stages["announced"] >= 2  # 规划 and 计划, both inside names
    assert sentence_stages(s.sentence.text, s.sentence.start, s.cue_spans) == Counter({"implemented": 2})
    assert named_spans("the «Plan 2030» project (a future programme) opened") == [(4, 15), (24, 44)]
    speech = ("He said: “We will build a joint laboratory with Bauman Moscow State Technical University "
              "next year and hire fifty engineers.”")
    assert named_spans(speech) == []  # a long quotation is reported speech
    en = ("Harbin Institute of Technology and Tomsk Polytechnic University opened a joint laboratory "
          "of robotics under the “Future Plan” programme.")
    assert ("joint_research", "implemented") in _stages(en)


def test_deliveries_still_to_come_under_a_concluded_deal_are_signed() -> None:
    signed = Counter({"signed": 1})
    assert decide_stage("supply", Counter({"announced": 1}), signed) == "signed"
    assert decide_stage("supply", Counter({"announced": 1}), Counter()) == "announced"
    assert decide_stage("pilot", Counter({"announced": 1}), signed) == "announced"
    text = ("Rosoboronexport will supply China with Mi-171 helicopters for the Chinese army. "
            "The contract was signed last year.")
    assert ("supply", "signed") in _stages(text)


def test_exchanges_under_a_signed_agreement_are_its_terms() -> None:
    signed = Counter({"signed": 2})
    assert decide_stage("talent", Counter({"announced": 1}), signed) == "signed"
    assert decide_stage("joint_research", Counter({"announced": 1}), signed) == "announced"


def test_a_russian_verb_of_the_future_is_a_plan_from_the_dictionary_not_a_list() -> None:
    # "заключат" is the perfective future ("will conclude"), not a signing
    signing = "В декабре Росатом и CNNC заключат соглашение о сотрудничестве в области ядерной энергетики."
    assert ("agreement", "announced") in _stages(signing, "ru")
    # no cue word lists "откроют" or "построит": the dictionary reads them as future
    assert ("joint_research", "announced") in _stages(
        "Росатом и CNNC откроют совместную лабораторию ядерных исследований в Пекине.", "ru")
    assert ("rnd_center", "announced") in _stages(
        "Huawei построит исследовательский центр искусственного интеллекта в Москве.", "ru")


def test_a_report_of_the_thing_done_wins_a_tie_with_its_plan() -> None:
    text = ("Rosatom and CNNC will open a joint laboratory for nuclear research in Beijing. "
            "The joint laboratory of Rosatom and CNNC opened on Friday.")
    assert _stages(text) == [("joint_research", "implemented")]  # the lead sentence alone: announced
    planned = ("Rosatom and CNNC will open a joint laboratory for nuclear research in Beijing. "
               "The joint laboratory of Rosatom and CNNC will host forty researchers. "
               "The joint laboratory of Rosatom and CNNC opened its doors to visitors.")
    assert ("joint_research", "announced") in _stages(planned)  # two plans outvote one report


def test_chinese_shipments_still_expected_are_a_plan_not_the_charged_ones() -> None:
    context = Counter({"alleged": 2})  # an accusation elsewhere in the story
    expected = read_signals("制裁之后，这些部件将由俄罗斯的发动机制造商供应。", "zh")[0]
    assert decide_stage("supply", stage_cues(expected, "supply", "zh"), context) == "announced"
    claimed = read_signals("据称，这些部件将由中国企业向俄罗斯供应。", "zh")[0]
    assert decide_stage("supply", stage_cues(claimed, "supply", "zh"), context) == "alleged"
    shipped = read_signals("这些部件由中国企业向俄罗斯供应。", "zh")[0]
    assert decide_stage("supply", stage_cues(shipped, "supply", "zh"), context) == "alleged"


def test_only_a_claim_made_about_shipments_makes_the_shipments_a_claim() -> None:
    plain = ("Chinese automaker Chery supplies car kits to the Avtotor plant in Kaliningrad. "
             "A Russian newspaper alleged that the plant's new model is a copy of a Chinese crossover.")
    assert _stages(plain) == [("supply", "implemented")]
    charged = ("Hong Kong firm Sinno Electronics shipped drone engines to Kupol last year. "
               "U.S. officials alleged that Sinno Electronics supplied the engines for military drones.")
    assert _stages(charged) == [("supply", "alleged")]
