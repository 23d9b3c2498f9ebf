"""How an event's technology domains are chosen from its sentence, its neighbours and its document."""

from __future__ import annotations

from collections import Counter

from techties.extraction.domains import decide_domains, focus_domains


def test_the_sentence_field_wins() -> None:
    assert decide_domains(Counter({"space": 2}), Counter({"nuclear": 1}), Counter({"nuclear": 5})) == ["space"]


def test_a_generic_sentence_takes_the_field_of_its_neighbours() -> None:
    chosen = decide_domains(Counter({"general_science": 1}), Counter({"ai": 1}), Counter({"ai": 1}))
    assert chosen == ["ai"]


def test_a_generic_event_in_a_story_about_one_field_gets_that_field_too() -> None:
    story = Counter({"general_science": 4, "materials": 6, "space": 1})
    assert decide_domains(Counter({"general_science": 1}), Counter(), story) == ["general_science", "materials"]


def test_a_field_named_once_in_passing_is_not_the_story() -> None:
    story = Counter({"general_science": 4, "materials": 2})
    assert decide_domains(Counter({"general_science": 1}), Counter(), story) == ["general_science"]


def test_no_cue_at_all_falls_back_to_science_in_general() -> None:
    assert decide_domains(Counter(), Counter(), Counter()) == ["general_science"]


def test_a_focused_event_drops_science_in_general_beside_its_field() -> None:
    assert focus_domains("friction", ["general_science", "quantum"]) == ["quantum"]
    assert focus_domains("supply", ["semiconductors", "general_science"]) == ["semiconductors"]


def test_broad_cooperation_keeps_both_and_a_lone_fallback_stays() -> None:
    assert focus_domains("agreement", ["general_science", "materials"]) == ["general_science", "materials"]
    assert focus_domains("friction", ["general_science"]) == ["general_science"]


def test_a_generic_event_takes_the_field_its_headline_names() -> None:
    headline = Counter({"aerospace": 1, "defense": 1})
    chosen = decide_domains(Counter({"general_science": 1}), Counter(), Counter({"aerospace": 1}), headline)
    assert chosen == ["general_science", "aerospace", "defense"]
    # a sentence that names its own field keeps it
    assert decide_domains(Counter({"space": 1}), Counter(), Counter(), headline) == ["space"]


def test_security_software_is_cyber_and_consumer_electronics_telecom() -> None:
    from techties.extraction.cues import find_cues
    from techties.model.lexicon import tokenize

    def fields(text: str) -> set[str]:
        return {h.payload for h in find_cues("domain", text, tokenize(text))}

    assert fields("The agency dropped its security software.") == {"cyber"}
    assert fields("It stopped selling consumer electronics.") == {"telecom_5g"}


def _fields(text: str) -> set[str]:
    from techties.extraction.cues import find_cues
    from techties.model.lexicon import tokenize

    return {h.payload for h in find_cues("domain", text, tokenize(text))}


def test_a_product_names_its_field_without_a_field_word() -> None:
    assert _fields("The plant will make steam generators and reactor pressure vessels.") == {"nuclear"}
    assert _fields("Завод выпускает тепловыделяющие сборки.") == {"nuclear"}
    assert _fields("The firm sold resistors, capacitors and diodes.") == {"semiconductors"}
    assert _fields("工厂生产数控机床和伺服电机。") == {"robotics"}
    assert _fields("The bank began card issuing and installed payment terminals.") == {"fintech"}
    assert _fields("Поставки бронежилетов и тепловизионных прицелов.") == {"defense"}
    assert _fields("双方将合作生产电气设备和压缩机。") == {"energy_tech"}
    assert _fields("The lab tests monoclonal antibodies for cancer treatment.") == {"biotech"}
    assert _fields("Компания выпускает ноутбуки и планшеты.") == {"telecom_5g"}
    assert _fields("The rocket's upper stage carried a lunar lander.") == {"space"}


def test_generic_words_and_names_cue_no_field() -> None:
    assert _fields("The court read the case materials and chemical tests.") == set()
    assert _fields("Суд изучил материалы дела.") == set()
    assert _fields("申报材料已提交。") == set()
    assert _fields("The fund is acquiring a stake in the firm Orbita.") == set()
    assert _fields("Huawei and Xiaomi opened an office.") == set()
    # biodiversity is science in general, not biotechnology
    assert _fields("生物多样性保护研究") == {"general_science"}
    assert _fields("Исследование биологического разнообразия.") == {"general_science"}


def test_taiwan_and_hong_kong_words_name_their_fields() -> None:
    # 作業系統 and 軟體 are the Taiwan words for 操作系统 and 软件; 人工智慧 for 人工智能
    assert _fields("俄羅斯有作業系統研發人才。") == {"cloud_software", "general_science"}
    assert _fields("公司開發軟體。") == {"cloud_software"}
    assert _fields("發展人工智慧。") == {"ai"}
    assert _fields("資安公司發現漏洞。") == {"cyber"}


def test_an_engine_alone_is_no_aircraft() -> None:
    assert _fields("The firm supplies engines for drones.") == {"robotics"}
    assert _fields("They will build aircraft engines.") == {"aerospace"}


def test_things_of_two_fields_cue_both() -> None:
    assert _fields("Запчасти к истребителям Су-27.") == {"aerospace", "defense"}
    assert _fields("They build fighter jets.") == {"aerospace", "defense"}
    assert _fields("军用卫星") == {"space", "defense"}
    assert _fields("An LNG carrier was delivered.") == {"maritime_arctic", "energy_tech"}
    assert _fields("Атомный ледокол вышел в рейс.") == {"maritime_arctic", "nuclear"}
    assert _fields("They discussed nuclear medicine.") == {"nuclear", "biotech"}


def _listed(text: str, lang: str) -> list[str]:
    from techties.extraction.domains import listed_domains
    from techties.extraction.signals import read_signals

    s = read_signals(text, lang)[0]
    return listed_domains(s.sentence.text, s.sentence.start, s.cue_spans)


def test_a_list_of_fields_names_each_of_them() -> None:
    assert _listed("The venture fund will invest in such fields as hydrogen, machine learning, "
                   "cloud computing and satellites.", "en") == ["energy_tech", "ai", "cloud_software", "space"]
    assert _listed("Стороны будут сотрудничать в сферах микроэлектроники, электротранспорта, "
                   "фармацевтики и робототехники.", "ru") == ["semiconductors", "transport", "biotech", "robotics"]
    assert _listed("两国企业将在人工智能、5G网络、新能源等领域开展合作。", "zh") == ["ai", "telecom_5g", "energy_tech"]


def test_things_named_together_without_a_field_word_are_no_list_of_fields() -> None:
    # a list of parts, or of the uses of a metal, says what is in a product, not the event's fields
    assert _listed("The firm shipped routers, camera lenses, microchips and engines for drones.", "en") == []
    assert _listed("Редкие металлы нужны для ракет, смартфонов и аккумуляторов.", "ru") == []
    # two fields are no list
    assert _listed("They will cooperate in the fields of robotics and machine learning.", "en") == []


def test_to_ship_is_no_shipping_and_first_concrete_is_a_nuclear_unit() -> None:
    # the verb "to ship" in a supply story names no maritime field
    assert _fields("The distributor shipped chips and ships drones.") == {"semiconductors", "robotics"}
    assert _fields("Two Russian shipping companies were listed.") == {"maritime_arctic"}
    assert _fields("First concrete was poured at the site.") == {"nuclear"}
    assert _fields("На площадке залили первый бетон.") == {"nuclear"}
    assert _fields("浇筑第一罐混凝土。") == {"nuclear"}
    assert _fields("Данные о гидроакустике и сонарах.") == {"maritime_arctic"}
    assert _fields("Поставка солнечных батарей.") == {"energy_tech"}


def test_silicon_valley_and_a_fleet_of_trucks_are_no_field() -> None:
    assert _fields("Сколково называют российской Кремниевой долиной.") == {"general_science"}
    assert _fields("Кремниевые пластины для микросхем.") == {"semiconductors"}
    assert "maritime_arctic" not in _fields("The airline renewed its fleet.")
    assert _fields("The Pacific Fleet received a new frigate.") >= {"maritime_arctic"}


def test_more_things_that_name_their_field() -> None:
    assert _fields("Поставки топливных таблеток.") == {"nuclear"}
    assert _fields("The firm will supply heat exchangers.") == {"energy_tech"}
    assert _fields("Поставки инсулина и аппаратов ИВЛ.") == {"biotech"}
    assert _fields("胰岛素和抗生素。") == {"biotech"}
    assert _fields("The factory makes wheel sets and tyres.") == {"transport"}
    assert _fields("Поставки гексакоптеров.") == {"robotics"}
    assert _fields("对讲机和调制解调器。") == {"telecom_5g"}
    assert _fields("Рации и модемы.") == {"telecom_5g"}
    assert _fields("The yard will build a floating dock.") == {"maritime_arctic"}
    # a diet (рацион) is no radio
    assert _fields("Рацион питания.") == set()


def test_a_superconducting_collider_is_big_science_not_materials() -> None:
    assert _fields("超导重离子加速器项目") == {"general_science"}
    assert _fields("The superconducting collider NICA.") == {"general_science"}
    assert _fields("Сверхпроводящий коллайдер NICA.") == {"general_science"}
    assert _fields("Сверхпроводящие материалы.") == {"materials"}


def test_leaking_data_is_cyber() -> None:
    assert _fields("The firm was accused of leaking data on troop positions.") == {"cyber"}
    assert _fields("Произошел слив данных клиентов.") == {"cyber"}
    assert _fields("该公司被指泄露数据。") == {"cyber"}


def test_merged_sentences_keep_two_fields_beside_the_general_fallback() -> None:
    from techties.extraction.domains import merge_domains

    # science in general does not take the place of the second field an event names
    assert merge_domains([["general_science", "aerospace", "defense"], ["general_science"],
                          ["aerospace"]]) == ["general_science", "aerospace", "defense"]
    assert merge_domains([["space"], ["space", "defense"], ["robotics"]]) == ["space", "defense"]
    assert merge_domains([["general_science"], ["general_science"]]) == ["general_science"]


def test_an_engine_of_a_bus_or_a_drone_is_no_aircraft_in_russian_and_chinese() -> None:
    assert _fields("Автобусы будут оснащены новыми двигателями.") == {"transport"}
    assert _fields("公司出口卡车发动机。") == {"transport"}
    assert _fields("Фирма поставляет двигатели для беспилотников.") == {"robotics"}
    assert _fields("Двигатель для вертолетов прошел испытания.") == {"aerospace"}
    assert _fields("双方合作研制涡扇发动机。") == {"aerospace"}
    assert "aerospace" not in _fields("该厂生产发动机。")


def test_a_list_of_the_uses_of_a_thing_is_no_list_of_the_events_fields() -> None:
    assert _listed("Russia will mine lithium, a metal used in sectors such as robotics, electric cars "
                   "and smartphones.", "en") == []
    assert _listed("Галлий применяется в таких отраслях, как микроэлектроника, телеком и "
                   "солнечная энергетика.", "ru") == []
    assert _listed("稀土广泛应用于机器人、电动汽车、风电等领域。", "zh") == []
    # the same list, introduced as the fields of the deal, names them
    assert _listed("The fund will invest in sectors such as robotics, electric cars and smartphones.",
                   "en") == ["robotics", "transport", "telecom_5g"]


def test_parts_and_devices_name_their_field_in_three_languages() -> None:
    assert _fields("The vendor shipped motherboards and graphics cards.") == {"semiconductors"}
    assert _fields("Поставки материнских плат.") == {"semiconductors"}
    assert _fields("工厂组装主板。") == {"semiconductors"}
    assert _fields("They make optical modules and optical transceivers.") == {"telecom_5g"}
    assert _fields("Производство оптических модулей.") == {"telecom_5g"}
    assert _fields("中企出口光模块。") == {"telecom_5g"}
    assert _fields("The unit sold data storage systems.") == {"cloud_software"}
    assert _fields("Российская СХД на китайских дисках.") == {"cloud_software"}
    assert _fields("双方合作开发存储系统。") == {"cloud_software"}
    assert _fields("Solar inverters were delivered.") == {"energy_tech"}
    assert _fields("Поставка инверторов.") == {"energy_tech"}
    assert _fields("出口逆变器。") == {"energy_tech"}
    assert _fields("A plant for syringes and dialysis machines.") == {"biotech"}
    assert _fields("Завод шприцев.") == {"biotech"}
    assert _fields("生产注射器和透析设备。") == {"biotech"}
    assert _fields("Поставки коробок передач для грузовиков.") == {"transport"}
    assert _fields("供应变速箱。") == {"transport"}
    assert _fields("They build air traffic control systems.") == {"aerospace"}
    assert _fields("建设空管系统。") == {"aerospace"}


def test_a_story_about_science_at_large_drops_a_field_it_names_once_in_passing() -> None:
    from techties.extraction.domains import without_passing

    science = Counter({"general_science": 14, "cloud_software": 1, "robotics": 1})
    assert without_passing(["general_science", "cloud_software"], science) == ["general_science"]
    assert without_passing(["robotics"], science) == ["general_science"]
    # a field the story returns to stays, and so does every field of a story about fields
    assert without_passing(["general_science", "space"], science + Counter({"space": 2})) == [
        "general_science", "space"]
    assert without_passing(["robotics"], Counter({"general_science": 3, "robotics": 1})) == ["robotics"]


def test_a_science_fair_story_is_science_in_general_end_to_end() -> None:
    from techties.extraction.pipeline import extract_document
    from techties.records import Document

    text = ("Российская академия наук и Китайская академия наук провели в Харбине совместный научный "
            "форум. Ученые двух академий обсудили научное сотрудничество, академические обмены и "
            "совместные фундаментальные исследования. Делегация Китайской академии наук посетила "
            "лаборатории Российской академии наук, где гостям показали робота. Исследователи "
            "договорились о совместных научных публикациях, обмене учеными и научных экспедициях.")
    events = extract_document(Document(id="t", text=text, title="", lang="ru", published="2024-05-01")).events
    assert events
    assert {d for e in events for d in e.domains} == {"general_science"}


def test_bordering_fields_go_to_the_one_the_story_is_about() -> None:
    # "aerospace" in a satellite story is space; a generating unit in a nuclear story is nuclear
    satellites = Counter({"space": 6, "aerospace": 1})
    assert decide_domains(Counter({"space": 1, "aerospace": 1}), Counter(), satellites) == ["space"]
    airliners = Counter({"space": 1, "aerospace": 5})
    assert decide_domains(Counter({"space": 1, "aerospace": 1}), Counter(), airliners) == ["aerospace"]
    reactors = Counter({"nuclear": 8, "energy_tech": 2})
    assert decide_domains(Counter({"nuclear": 1, "energy_tech": 1}), Counter(), reactors) == ["nuclear"]
    hydrogen = Counter({"nuclear": 1, "energy_tech": 9})
    assert decide_domains(Counter({"nuclear": 1, "energy_tech": 1}), Counter(), hydrogen) == ["energy_tech"]
    # fields that do not border keep their tie
    assert decide_domains(Counter({"space": 1, "defense": 1}), Counter(),
                          Counter({"space": 3, "defense": 3})) == ["defense", "space"]


def test_russian_plurals_with_a_fleeting_vowel_cue_their_field() -> None:
    # сборка -> сборок, лодка -> лодок, утечка -> утечек: the genitive plural drops the stem's к
    assert _fields("Поставки тепловыделяющих сборок.") == {"nuclear"}
    assert _fields("Строительство подводных лодок.") == {"maritime_arctic", "defense"}
    assert _fields("Утечек данных не выявлено.") == {"cyber"}
    assert _fields("Выпуск углеродных нанотрубок.") == {"materials"}
    assert _fields("Производство коробок передач.") == {"transport"}


def test_more_devices_in_english_and_chinese() -> None:
    assert _fields("The reactor vessel was shipped.") == {"nuclear"}
    assert _fields("New power lines were built.") == {"energy_tech"}
    assert _fields("They supplied tomographs and ventilators.") == {"biotech"}
    assert _fields("出口四轴飞行器。") == {"robotics"}
    assert _fields("安装自动取款机。") == {"fintech"}
    assert _fields("微电路供应。") == {"semiconductors"}


def test_a_military_thing_names_defense_beside_its_own_field() -> None:
    from techties.extraction.domains import military_twins
    from techties.extraction.signals import read_signals

    s = read_signals("Инженер передал чертежи гиперзвуковых летательных аппаратов, самолетов "
                     "и вертолетов.", "ru")[0]
    twins = military_twins(s.cue_spans)
    assert twins["aerospace"] == {"defense"}
    story = Counter({"aerospace": 3, "defense": 1})
    # aircraft named thrice, the hypersonic one once: both fields
    assert decide_domains(s.domains, Counter(), story, None, twins) == ["aerospace", "defense"]
    assert decide_domains(s.domains, Counter(), story) == ["aerospace"]
    # a phrase of two fields neither of them defense ("LNG carrier") is left to the counts
    t = read_signals("The yard built an LNG carrier, tankers and icebreakers.", "en")[0]
    assert military_twins(t.cue_spans) == {}


def test_refineries_medical_devices_and_pos_terminals() -> None:
    assert _fields("Строительство нефтеперерабатывающего завода.") == {"energy_tech"}
    assert _fields("Поставки медизделий.") == {"biotech"}
    assert _fields("进口原料药。") == {"biotech"}
    assert _fields("安装POS终端。") == {"fintech"}


def test_the_nuclear_firms_and_radiation_safety_name_the_field() -> None:
    # Rosatom and its operator of power plants do nuclear work whatever their deal says
    assert _fields("Rosatom will build two more units.") == {"nuclear"}
    assert _fields("Росатом построит еще два блока.") == {"nuclear"}
    assert _fields("Специалисты Росэнергоатома приехали на станцию.") == {"nuclear"}
    assert _fields("The enrichment plant will be expanded.") == {"nuclear"}
    assert _fields("They agreed on radiation safety.") == {"nuclear"}
    assert _fields("Соглашение о радиационной безопасности.") == {"nuclear"}
    assert _fields("Сотрудничество в области ЯТЦ.") == {"nuclear"}
    assert _fields("Construction of power units 7 and 8 began.") == {"nuclear"}


def test_car_bodies_doctors_and_flight_tests_name_their_fields() -> None:
    assert _fields("The plant will assemble crossovers and SUVs.") == {"transport"}
    assert _fields("Завод будет собирать кроссоверы и внедорожники.") == {"transport"}
    assert _fields("工厂将组装SUV和皮卡。") == {"transport"}
    assert _fields("Doctors treated the patients.") == {"biotech"}
    assert _fields("Врачи приняли пациентов.") == {"biotech"}
    assert _fields("医生为患者治疗。") == {"biotech"}
    assert _fields("Начались летные испытания.") == {"aerospace"}
    assert _fields("Стороны обсудили ВТС.") == {"defense"}
    assert _fields("They found spy software on the laptop.") >= {"cyber"}


def test_drones_in_a_story_of_arms_and_war_are_weapons_too() -> None:
    from techties.extraction.domains import armed_drones

    war = Counter({"robotics": 3, "defense": 2})
    assert armed_drones(["robotics"], war) == ["robotics", "defense"]
    # farm drones in a story that names the army once stay robots
    assert armed_drones(["robotics"], Counter({"robotics": 3, "defense": 1})) == ["robotics"]
    assert armed_drones(["semiconductors"], war) == ["semiconductors"]


def test_drone_parts_sold_for_the_front_are_defense_end_to_end() -> None:
    from techties.extraction.pipeline import extract_document
    from techties.records import Document

    text = ("Shenzhen firms sell drone motors and cameras to Russian drone makers. "
            "The drones have become the main weapon of the war in Ukraine. "
            "Kyiv says the parts reach the battlefield within weeks.")
    doc = Document(id="t1", text=text, lang="en", title="", published="2025-03-01")
    domains = {d for e in extract_document(doc).events for d in e.domains}
    assert {"robotics", "defense"} <= domains


def test_a_field_the_story_names_once_is_no_second_field_of_a_sentence() -> None:
    from techties.extraction.domains import passing_fields
    from techties.extraction.signals import read_signals

    text = ("The plant will make gas turbines for power stations. "
            "The turbines will drive generators at new power plants. "
            "Their blades are cast from titanium.")
    signals = read_signals(text, "en")
    story: Counter[str] = Counter()
    for s in signals:
        story.update(s.domains)
    last = signals[-1]
    passing = passing_fields(story, last.cue_spans)
    assert story["materials"] == 1 and passing == frozenset({"materials"})
    tied = Counter({"energy_tech": 1, "materials": 1})
    assert decide_domains(tied, Counter(), story) == ["energy_tech", "materials"]
    assert decide_domains(tied, Counter(), story, passing=passing) == ["energy_tech"]


def test_a_phrase_of_two_fields_and_a_military_use_named_once_still_count() -> None:
    from techties.extraction.domains import passing_fields
    from techties.extraction.signals import read_signals

    # one phrase filed under telecoms and software names both, though only once
    s = read_signals("Центр займется информационно-коммуникационными технологиями.", "ru")[0]
    assert {"telecom_5g", "cloud_software"} <= set(s.domains)
    assert passing_fields(s.domains, s.cue_spans) == frozenset()
    # a military end use is named once as a rule
    assert passing_fields(Counter({"semiconductors": 4, "defense": 1}), []) == frozenset()
    assert passing_fields(Counter({"semiconductors": 4, "ai": 1}), []) == frozenset({"ai"})
