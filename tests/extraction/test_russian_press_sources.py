"""Deeds a Russian story gives from unnamed or foreign security sources, from papers the press
has seen or from its own investigation ("по данным источников", "со ссылкой на европейские
источники", "документы показывают", "говорится в расследовании") are claims: alleged."""

from __future__ import annotations

from techties.extraction.pipeline import read_signals


def _stages(text: str) -> list[dict[str, int]]:
    return [dict(s.stages) for s in read_signals(text, "ru")]


def test_sources_papers_and_investigations_mark_a_claim() -> None:
    assert _stages("По данным источников, завод получил партию дронов из Китая.") == [
        {"alleged": 1, "implemented": 1}]
    assert _stages("Документы показывают, что завод получил партию дронов из Китая.") == [
        {"alleged": 1, "implemented": 1}]
    assert _stages("Завод получил партию дронов из Китая, сообщило агентство со ссылкой на "
                   "европейские источники.") == [{"alleged": 1, "implemented": 1}]


def test_a_plain_report_is_no_claim() -> None:
    assert _stages("Завод получил партию дронов из Китая.") == [{"implemented": 1}]
