"""A joint university or laboratory named in a sentence is its event; the students and the
training beside it are what the place does (SCHEMA.md: a joint university is joint_research)."""

from __future__ import annotations

import pytest

from techties.extraction.candidates import _ranked_types
from techties.extraction.signals import read_signals


@pytest.mark.parametrize(("text", "lang"), [
    ("The joint university of the two countries welcomed its first students and trainees in Shenzhen.", "en"),
    ("Совместный университет двух стран принял первых студентов и стажёров.", "ru"),
    ("两国联合大学迎来首批学生和进修人员。", "zh"),
])
def test_a_joint_university_outranks_its_students(text: str, lang: str) -> None:
    s = read_signals(text, lang)[0]
    assert s.types["talent"] >= s.types["joint_research"] > 0
    assert _ranked_types(s, imposer=False)[0] == "joint_research"


def test_joint_research_without_a_place_leaves_talent_its_rank() -> None:
    s = read_signals("Under the joint research programme, students and trainees will study in Tomsk "
                     "and train at Harbin plants.", "en")[0]
    assert s.types["talent"] > s.types["joint_research"] > 0
    assert _ranked_types(s, imposer=False)[0] == "talent"
