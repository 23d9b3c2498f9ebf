"""Which documents report China–Russia technology cooperation at all (SCHEMA.md: relevance)."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def _doc(text: str, lang: str, title: str = "") -> Document:
    return Document(id="t1", title=title, text=text, lang=lang, published="2021-06-10")


def test_a_russian_conviction_for_passing_secret_data_to_china_is_friction() -> None:
    text = "Российский инженер признан виновным в передаче секретных данных о спутниках Китаю."
    result = extract_document(_doc(text, "ru"))
    assert result.relevant
    assert [e.type for e in result.events] == ["friction"]


def test_two_kinds_of_unnamed_bilateral_work_are_not_hearsay() -> None:
    # no party is named, but two sentences report two different things the pair will do
    text = ("Университеты России и Китая создадут консорциум для совместных научных исследований.\n\n"
            "Российские и китайские студенты будут проходить стажировки в научных лабораториях.")
    result = extract_document(_doc(text, "ru"))
    assert result.relevant
    assert {e.type for e in result.events} >= {"joint_research", "talent"}


def test_one_line_about_the_pair_is_still_hearsay() -> None:
    text = ("Российские и китайские студенты будут проходить стажировки в научных лабораториях.\n\n"
            "Министры обсудили торговлю зерном.")
    assert not extract_document(_doc(text, "ru")).relevant


def test_russia_in_passing_in_a_story_about_the_us_and_china_is_not_relevant() -> None:
    text = ("Intel stopped supplies of server chips to a Chinese maker of supercomputers.\n\n"
            "The US Commerce Department barred chip supplies to Inspur, as it did earlier with chip supplies "
            "to Russia.\n\n"
            "Inspur said its data centres would run on domestic processors.")
    assert not extract_document(_doc(text, "en")).relevant


def test_a_grain_story_with_one_word_of_technology_is_not_relevant() -> None:
    text = ("Russia shipped the first batch of wheat to China under a new agreement.\n\n"
            "Rosselkhoznadzor signed a protocol with China's customs on the wheat supplies, "
            "including checks with new laboratory biotechnology.\n\n"
            "Grain exports to China are expected to grow next year.")
    assert not extract_document(_doc(text, "en")).relevant


def test_a_regional_trade_fair_is_not_technology_cooperation() -> None:
    text = ("中俄经贸合作博览会在哈尔滨开幕，中俄企业在进出口贸易、物流、电子商务等领域签署了合作协议。\n\n"
            "黑龙江省对俄经贸合作持续深化，进出口额同比增长。")
    assert not extract_document(_doc(text, "zh")).relevant


def test_a_park_whose_field_is_named_two_sentences_on_is_relevant() -> None:
    text = ("Chinese company Harbin Electric plans to create an industrial park in Russia's Primorye region.\n\n"
            "The investment is worth 5 billion roubles.\n\n"
            "The company will pay for the land next year.\n\n"
            "The park will make industrial robots and lithography equipment.")
    result = extract_document(_doc(text, "en"))
    assert result.relevant


def test_a_treason_case_over_sonar_data_is_relevant_friction() -> None:
    text = ("Следователи ФСБ предъявили обвинение в госизмене профессору, который, по их версии, "
            "передал гражданину Китая сведения о гидроакустике.")
    result = extract_document(_doc(text, "ru"))
    assert result.relevant
    assert result.events[0].type == "friction"
    assert "maritime_arctic" in result.events[0].domains


def test_a_batch_of_fuel_shipped_to_china_is_supply() -> None:
    text = "Топливная компания «ТВЭЛ» поставила в Китай первую партию топлива для реактора CFR-600."
    result = extract_document(_doc(text, "ru"))
    assert result.relevant
    assert [e.type for e in result.events] == ["supply"]
    assert result.events[0].domains == ["nuclear"]


def test_help_in_building_a_military_system_names_its_beneficiary_in_between() -> None:
    ru = extract_document(_doc("Президент заявил, что Россия помогает китайским партнерам создать систему "
                               "предупреждения о ракетном нападении.", "ru"))
    zh = extract_document(_doc("总统表示，俄罗斯正在帮助中国建立导弹预警系统。", "zh"))
    for result in (ru, zh):
        assert result.relevant
        assert [e.type for e in result.events] == ["joint_research"]
        assert "defense" in result.events[0].domains


def test_cards_of_one_side_issued_or_accepted_by_the_other_are_a_deployment() -> None:
    en = extract_document(_doc("Harbin Lotus Bank began accepting Russia's Mir payment cards at its "
                               "terminals, the National Payment Card System said.", "en"))
    ru = extract_document(_doc("Газпромбанк начал выпуск карт UnionPay для своих клиентов.", "ru"))
    for result in (en, ru):
        assert result.relevant
        assert "fintech" in result.events[0].domains
    assert ru.events[0].type == "pilot"
