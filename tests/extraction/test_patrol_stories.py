"""A story of joint patrols and drills that names its aircraft and ships in the same sentences
as the patrol is about the patrol: those sentences do not count as technology against the
noise (candidates._noise_dominated)."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def test_a_joint_bomber_patrol_is_not_technology_cooperation() -> None:
    doc = Document(id="doc_patrol", lang="ru", published="2025-12-10",
                   title="Российские и китайские бомбардировщики провели совместное патрулирование",
                   text=("Бомбардировщики Ту-95 ВКС России и самолёты H-6K ВВС Китая выполнили совместное "
                         "воздушное патрулирование над Японским морем, сообщило Минобороны России.\n"
                         "Ранее корабли двух стран провели совместные учения с отработкой противолодочной обороны."))
    assert not extract_document(doc).relevant


def test_a_story_of_aircraft_deliveries_beside_one_drill_stays_relevant() -> None:
    doc = Document(id="doc_patrol_2", lang="en", published="2025-12-10",
                   title="Russia to supply aircraft engines to China",
                   text=("United Engine Corporation will supply aircraft engines to AVIC under a new contract.\n"
                         "The engines will power Chinese airliners.\n"
                         "The two countries also held naval drills last month."))
    assert extract_document(doc).relevant


def test_machine_tools_named_beside_settlements_still_count() -> None:
    doc = Document(id="doc_patrol_3", lang="en", published="2024-02-07",
                   title="Chinese bank halts settlements with Russian importers",
                   text=("A Chinese regional bank has stopped all settlements with Russian clients.\n"
                         "The bank blocked payments via CIPS and SPFS, Russian importers said.\n"
                         "A Russian firm that buys machine tools in China said its settlements were frozen.\n"
                         "Russian companies said the payment problems could disrupt imports of equipment."))
    assert extract_document(doc).relevant
