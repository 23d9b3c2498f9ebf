"""End-to-end extraction on short texts written for these tests, one per language."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def _doc(text: str, lang: str, title: str = "", published: str | None = "2021-06-10") -> Document:
    return Document(id="doc_test", text=text, title=title, lang=lang, published=published)


def test_english_joint_lab_with_both_sides() -> None:
    text = ("Harbin Institute of Technology and Bauman Moscow State Technical University opened a joint "
            "laboratory for robotics in Harbin on Monday. The lab will train engineers from both countries.")
    result = extract_document(_doc(text, "en"))
    assert result.relevant
    event = result.events[0]
    assert event.type == "joint_research"
    assert event.stage == "implemented"
    assert "robotics" in event.domains
    assert [a.name for a in event.china_actors] == ["Harbin Institute of Technology"]
    assert [a.name for a in event.russia_actors] == ["Bauman Moscow State Technical University"]
    ev = event.evidence[0]
    assert text[ev.start:ev.end] == ev.text and ev.text.startswith("Harbin Institute")
    assert event.date == "2021-06-07"  # "on Monday" before the report of Thursday 10 June


def test_russian_inflected_names_and_signed_agreement() -> None:
    text = ("Роскосмос и Китайское национальное космическое управление подписали соглашение о "
            "сотрудничестве в создании Международной научной лунной станции.")
    result = extract_document(_doc(text, "ru"))
    assert result.relevant
    event = result.events[0]
    assert event.type == "agreement" and event.stage == "signed"
    assert "space" in event.domains
    assert [a.name for a in event.russia_actors] == ["Roscosmos"]
    assert event.china_actors and event.china_actors[0].actor_id is not None


def test_chinese_5g_pilot() -> None:
    text = "华为与俄罗斯移动运营商MTS在莫斯科启动了5G网络试点。双方计划明年扩大测试范围。"
    result = extract_document(_doc(text, "zh"))
    assert result.relevant
    types = {e.type for e in result.events}
    assert "pilot" in types
    pilot = next(e for e in result.events if e.type == "pilot")
    assert "telecom_5g" in pilot.domains
    assert [a.name for a in pilot.china_actors] == ["Huawei"]


def test_no_event_without_the_other_side() -> None:
    text = "Huawei opened a new research centre in Munich to work on 5G networks and cloud software."
    assert not extract_document(_doc(text, "en")).relevant


def test_no_event_without_technology() -> None:
    text = ("Russian and Chinese warships began joint naval drills in the Sea of Japan on Tuesday. "
            "The leaders of Russia and China met in Moscow and praised their friendship.")
    assert not extract_document(_doc(text, "en")).relevant


def test_ids_are_deterministic() -> None:
    text = "华为与俄罗斯移动运营商MTS在莫斯科启动了5G网络试点。"
    first = [e.id for e in extract_document(_doc(text, "zh")).events]
    second = [e.id for e in extract_document(_doc(text, "zh")).events]
    assert first == second and first


def test_acronym_defined_in_brackets_names_the_same_party() -> None:
    text = ("Russia's United Engine Corporation signed a partnership agreement with China's Qingyun Turbine Co. "
            "(QTC) on gas turbines. Under the deal QTC will assemble Russian turbines in Harbin and sell them "
            "to Chinese power plants.")
    result = extract_document(_doc(text, "en"))
    names = {a.name for e in result.events for a in e.china_actors}
    assert names == {"Qingyun Turbine"}
    later = [e for e in result.events if any(ev.text.startswith("Under the deal") for ev in e.evidence)]
    assert later and all(a.name == "Qingyun Turbine" for e in later for a in e.china_actors)


def test_ukraine_sanctioning_chinese_suppliers_is_a_countermeasure() -> None:
    text = ("Ukraine imposed sanctions on Chinese firms that ship drone engines and chips to Russia. "
            "The list names Ningbo Qinghe Optics Co., Ltd. and Harbin Yuanfan Trading Co.")
    result = extract_document(_doc(text, "en"))
    assert [e.type for e in result.events] == ["countermeasure", "supply"]
    assert "general_science" not in result.events[0].domains


def test_the_shipment_a_sanction_charges_is_an_alleged_supply_of_its_own() -> None:
    # SCHEMA.md: when a countermeasure also says what was shipped to whom, that supply is a
    # separate event at stage alleged, apart from any supply the parties report themselves
    text = ("Ukraine imposed sanctions on Chinese firms that ship drone engines and chips to Russia. "
            "The list names Ningbo Qinghe Optics Co., Ltd. and Harbin Yuanfan Trading Co.")
    result = extract_document(_doc(text, "en"))
    [supply] = [e for e in result.events if e.type == "supply"]
    assert supply.stage == "alleged"
    assert {"robotics", "semiconductors"} & set(supply.domains)
    plain = "Ukraine imposed sanctions on Chinese firms that help Russia's drone makers."
    assert [e.type for e in extract_document(_doc(plain, "en")).events] == ["countermeasure"]


def test_the_list_of_sanctioned_firms_lends_the_event_its_field() -> None:
    text = ("The European Union imposed sanctions on Chinese firms for passing technology to Russia. "
            "The decision was taken on Tuesday in Brussels after long talks. "
            "The list names Ningbo Qinghe Co., Ltd. and Harbin Yuanfan Co., Ltd., sellers of microchips.")
    result = extract_document(_doc(text, "en"))
    [event] = [e for e in result.events if e.type == "countermeasure"]
    assert {a.name for a in event.china_actors} == {"Ningbo Qinghe", "Harbin Yuanfan"}
    assert "semiconductors" in event.domains


def test_a_person_in_a_treason_case_brings_the_employer_named_elsewhere() -> None:
    text = ("Физик Пётр Сомов много лет работал в ЦНИИмаш.\n\n"
            "Российский физик Пётр Сомов обвиняется в госизмене: он передал Китаю данные о ракетных двигателях.")
    result = extract_document(_doc(text, "ru"))
    [event] = [e for e in result.events if e.type == "friction"]
    names = [a.name for a in event.russia_actors]
    assert "Pyotr Somov" in names and "TsNIIMash" in names


def test_the_prediction_line_gives_the_date_with_its_precision_and_basis() -> None:
    text = ("Harbin Institute of Technology and Bauman Moscow State Technical University signed an "
            "agreement on joint research in robotics. The universities will exchange engineers.")
    doc = _doc(text, "en", published="2021-06-10")
    doc.date_basis = "dateline"
    event = extract_document(doc).events[0].prediction()
    assert (event["date"], event["date_precision"], event["date_basis"]) == ("2021-06-10", "day", "dateline")
    doc.date_basis = "document"
    event = extract_document(doc).events[0].prediction()
    assert (event["date"], event["date_precision"], event["date_basis"]) == ("2021-06", "month", "document")
    event = extract_document(_doc(text, "en", published=None)).events[0].prediction()
    assert (event["date"], event["date_precision"], event["date_basis"]) == ("", "", "unknown")


def test_a_date_stated_in_a_later_sentence_of_the_event_dates_it() -> None:
    text = ("Harbin Institute of Technology and Bauman Moscow State Technical University signed an "
            "agreement on joint research in robotics. Harbin Institute of Technology and Bauman "
            "University signed the agreement on 25 June in Moscow.")
    event = extract_document(_doc(text, "en", published="2021-11-08")).events[0]
    assert (event.date, event.date_basis) == ("2021-06-25", "stated")


def test_a_line_of_history_in_a_later_sentence_does_not_date_the_event() -> None:
    text = ("Harbin Institute of Technology and Bauman Moscow State Technical University signed an "
            "agreement on joint research in robotics. Harbin Institute of Technology and Bauman "
            "University signed their first agreement on 12 March 2015.")
    event = extract_document(_doc(text, "en", published="2021-11-08")).events[0]
    assert (event.date, event.date_basis) == ("2021-11", "document")


def test_an_event_whose_sentence_lists_fields_spans_them_all() -> None:
    text = ("Russia's Volga Capital and China's Pearl River Ventures set up a joint fund that will invest "
            "in the areas of quantum computing, drones, biotechnology and satellites.")
    event = extract_document(_doc(text, "en")).events[0]
    assert {"quantum", "robotics", "biotech", "space"} <= set(event.domains)
