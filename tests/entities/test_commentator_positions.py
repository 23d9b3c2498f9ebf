"""A commentator's employer is no party also when his post stands between his role and the
body ("востоковед, директор Института …")."""

from __future__ import annotations

from techties.entities.gazetteer import find_mentions
from techties.entities.russian_parents import groups_in_passing


def _parties(sentence: str) -> list[str]:
    return [m.actor.name for m in groups_in_passing(sentence, find_mentions(sentence))
            if m.actor is not None and m.is_party]


def test_a_commentator_with_his_post_names_no_party() -> None:
    assert "Higher School of Economics" not in _parties(
        "Как считает востоковед, профессор ВШЭ Иван Петров, спрос на китайские станки вырастет.")
    assert "Higher School of Economics" not in _parties(
        "Экономист, ведущий научный сотрудник ВШЭ Иван Петров оценил сделку.")


def test_a_professor_alone_leaves_his_university_a_party() -> None:
    assert "Higher School of Economics" in _parties("Профессор ВШЭ возглавил совместную лабораторию с Китаем.")
