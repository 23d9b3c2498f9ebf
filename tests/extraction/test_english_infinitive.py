"""An English plan word after "to" is an infinitive: the verb that governs it tells the stage."""

from __future__ import annotations

from techties.extraction.signals import read_signals


def test_a_plan_word_after_to_is_not_the_tense_of_the_clause() -> None:
    done = read_signals("Huawei opened a laboratory in Kazan to explore new uses of 5G.", "en")[0]
    assert done.stages["implemented"] and not done.stages["announced"]


def test_a_plan_word_that_governs_the_clause_is_still_a_plan() -> None:
    planned = read_signals("Huawei intends to open a laboratory in Kazan.", "en")[0]
    assert planned.stages["announced"]
    talks = read_signals("Huawei and MTS are negotiating a laboratory in Kazan.", "en")[0]
    assert talks.stages["announced"]
