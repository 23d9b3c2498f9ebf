"""A charged deed a side itself admits is done, though the story reports a third party's claim."""

from __future__ import annotations

from collections import Counter

from techties.extraction.pipeline import extract_document
from techties.extraction.stage import decide_stage
from techties.extraction.tense import admissions
from techties.records import Document


def test_verbs_of_admission() -> None:
    assert admissions("俄方官员承认部分芯片从中国进口") == 1
    assert admissions("俄方官員坦承部分晶片從中國進口") == 1  # traditional characters
    assert admissions("双方签署了芯片供应合同") == 0


def test_an_admission_outweighs_the_claim_of_the_story() -> None:
    assert decide_stage("supply", Counter(admitted=1), Counter(alleged=1)) == "implemented"
    assert decide_stage("supply", Counter(), Counter(alleged=1)) == "alleged"



def test_an_admitted_import_in_a_story_of_claims_is_implemented() -> None:
    text = ("俄罗斯工业和贸易部副部长承认，俄罗斯军工企业使用的大部分无人机电机从中国进口。"
            "他说，美国情报部门此前的说法并不准确。")
    doc = Document(id="doc_test", text=text, title="", lang="zh", published="2024-06-10")
    assert [(e.type, e.stage) for e in extract_document(doc).events] == [("supply", "implemented")]



def test_shipments_a_firm_stops_are_stalled_beside_a_claim() -> None:
    # "华为正在关闭其在俄罗斯的企业业务部门" in a story that also reports a claim
    assert decide_stage("supply", Counter(stalled=1), Counter(alleged=1)) == "stalled"
    assert decide_stage("supply", Counter(stalled=1, alleged=1), Counter(alleged=1)) == "alleged"
