"""A Chinese word of plan or hope before the verb of signing puts the signing still to come."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.extraction.tense import planned_signings
from techties.records import Document


def test_a_plan_word_governs_the_signing_verb_but_not_a_signing_done() -> None:
    assert planned_signings("双方有望在年内签署航空发动机合作协议") == 1
    assert planned_signings("两国准备签署卫星导航合作协定") == 1
    assert planned_signings("雙方將於下月簽署合作協議") == 1  # traditional characters
    assert planned_signings("两校签署了合作计划") == 0  # 计划 a noun, after the verb
    assert planned_signings("该行动计划已签署") == 0  # 已: the signing took place
    assert planned_signings("双方将于明天签署了") == 0


def test_a_hoped_for_signing_is_announced() -> None:
    text = ("中国航发集团与俄罗斯联合发动机制造集团有望在年内签署航空发动机合作协议。"
            "中国航发集团表示，谈判进展顺利。")
    doc = Document(id="doc_test", text=text, title="", lang="zh", published="2024-06-10")
    assert [(e.type, e.stage) for e in extract_document(doc).events] == [("agreement", "announced")]


def test_a_signing_owned_by_a_plan_name_is_no_planned_signing() -> None:
    # 的 makes 签署 a noun: "the signing of the cooperation-plan protocol", which took place
    assert planned_signings("合作计划议定书的签署标志着两校合作进入新阶段") == 0
    assert planned_signings("这份计划的签署为项目奠定了基础") == 0
    assert planned_signings("双方计划下周签署议定书") == 1


def test_a_signed_plan_protocol_stays_signed() -> None:
    text = "中国科学院与俄罗斯科学院合作计划议定书的签署开启了两院合作的新阶段。"
    doc = Document(id="doc_test", text=text, title="", lang="zh", published="2024-06-10")
    assert [(e.type, e.stage) for e in extract_document(doc).events] == [("agreement", "signed")]


def test_purchases_under_contracts_still_to_be_signed_are_announced() -> None:
    # every signing in the story is still to come: the purchases are no terms of a concluded deal
    text = ("中国企业将与俄罗斯企业签署3项合同。"
            "在即将签署的合同中，哈电集团将购买俄罗斯燃气轮机零部件，金额2亿美元。")
    doc = Document(id="doc_test", text=text, title="", lang="zh", published="2024-06-10")
    stages = {e.type: e.stage for e in extract_document(doc).events}
    assert stages.get("supply") == "announced"


def test_a_plan_word_governs_the_signing_across_its_occasion() -> None:
    # the occasion's own 的 does not make the verb a noun
    assert planned_signings("两国将在下月俄罗斯总理访华的行程期间签署航天合作协议") == 1
    assert planned_signings("雙方擬於論壇開幕之際簽訂合作協議") == 1  # traditional characters
    assert planned_signings("双方于去年总统访华期间签署了协议") == 0  # no plan word: done
    assert planned_signings("双方将在访问期间已签署的协议基础上合作") == 0  # 已: signed before


def test_a_signing_planned_for_a_visit_is_announced() -> None:
    text = "俄罗斯航天国家集团与中国航天科技集团将在下月俄罗斯总理访华期间签署卫星导航合作协议。"
    doc = Document(id="doc_test", text=text, title="", lang="zh", published="2024-06-10")
    assert [(e.type, e.stage) for e in extract_document(doc).events] == [("agreement", "announced")]


def test_a_plan_word_governs_the_conclusion_of_a_deal() -> None:
    assert planned_signings("两国或将达成卫星导航合作协议") == 1
    assert planned_signings("双方有望在年内敲定发动机供货合同") == 1
    assert planned_signings("双方已达成协议") == 0
    assert planned_signings("双方将达成了协议") == 0
