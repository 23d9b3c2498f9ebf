"""An English story of a plan that recalls the deed years before: the plan is the news, the deed
its history."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def _stages(title: str, body: str) -> list[tuple[str, str]]:
    doc = Document(id="doc_test", text=f"{title}\n{body}", title=title, lang="en", published="2025-04-10")
    return [(e.type, e.stage) for e in extract_document(doc).events]


def test_a_plan_beside_a_deed_of_years_before_is_announced() -> None:
    stages = _stages("ZTE plans to double Russian R&D staff",
                     "ZTE plans to double the number of its engineers in Russia by 2028. "
                     "The company opened its research centre in Novosibirsk in 2011.")
    assert ("rnd_center", "announced") in stages


def test_a_plan_and_its_deed_in_the_same_year_stay_done() -> None:
    stages = _stages("ZTE to open Russian R&D centre",
                     "ZTE plans to open a research centre in Novosibirsk. "
                     "The company opened its research centre in Novosibirsk in April 2025.")
    assert ("rnd_center", "implemented") in stages
