"""English references to the story's parties: a subject that points back ("The company …") and
"the two countries" (extraction/coreference.py)."""

from __future__ import annotations

from techties.extraction.coreference import resolve_references
from techties.extraction.pipeline import extract_document
from techties.extraction.signals import read_signals
from techties.records import Document


def _events(text: str) -> list[tuple[str, set[str]]]:
    doc = Document(id="doc_coref", text=text, title="", lang="en", published="2024-05-01")
    return [(e.type, {a.name for a in e.china_actors + e.russia_actors})
            for e in extract_document(doc).events]


def _sides(text: str) -> list[set[str]]:
    signals = read_signals(text, "en")
    resolve_references(signals, "en")
    return [s.sides for s in signals]


def test_the_company_in_a_new_paragraph_is_the_firm_named_before() -> None:
    text = ("Huawei keeps a large office in Moscow.\n"
            "Unofficially, the company is hiring Russian engineers for its 5G research.")
    assert _sides(text)[1] == {"CN", "RU"}
    assert ("talent", {"Huawei"}) in _events(text)


def test_a_side_adjective_must_agree_with_the_party() -> None:
    text = ("Huawei keeps a large office in Moscow.\n"
            "The Russian company is hiring engineers for 5G research.")
    assert _sides(text)[1] == {"RU"}


def test_a_named_head_needs_a_party_whose_name_holds_it() -> None:
    text = ("Huawei keeps a large office in Moscow.\n"
            "The university is hiring Russian engineers for 5G research.")
    assert _sides(text)[1] == {"RU"}


def test_the_two_countries_are_the_pair() -> None:
    text = ("Russia and China discussed nuclear energy in Beijing.\n"
            "The two countries have set up a working group on fast reactors.")
    assert _sides(text)[1] == {"CN", "RU"}


def test_not_in_a_story_that_names_a_third_country() -> None:
    text = ("China launched a satellite for Belarus, a close partner of Russia.\n"
            "The launch is a landmark for the space industries of the two countries.")
    assert _sides(text)[1] == set()


def test_the_company_may_be_a_firm_outside_the_knowledge_base() -> None:
    text = ("China's Zhongda Robotics Group opened a new office in Shenzhen last month. "
            "The company signed a contract with Rostec to supply industrial robots for its aircraft plants.")
    assert _sides(text)[1] == {"CN", "RU"}
    assert any({"Zhongda Robotics Group", "Rostec"} <= names for _, names in _events(text))


def test_a_firm_word_does_not_point_to_a_new_university() -> None:
    text = ("China's Zhongda Polytechnic University opened a new campus in Shenzhen last month. "
            "The company signed a contract with Rostec to supply industrial robots for its aircraft plants.")
    assert _sides(text)[1] == {"RU"}


def test_the_people_of_a_party_and_its_short_form_point_back_to_it() -> None:
    text = ("Technopolis Moscow Special Economic Zone opened a new electronics cluster in May. "
            "Representatives of the SEZ signed a contract with Huawei on 5G base stations.")
    assert _sides(text)[1] == {"CN", "RU"}
    text = ("Tomsk Polytechnic University opened a new laser laboratory in May. "
            "Officials from the university signed a contract with Huawei on 5G base stations.")
    assert _sides(text)[1] == {"CN", "RU"}
