"""A Russian deed given "по данным СМИ" or "по информации издания" (the press as its source, as
English "reportedly"), or from customs figures in the genitive ("по данным таможни", as
"таможенные данные"), is a claim: alleged."""

from __future__ import annotations

from techties.extraction.pipeline import read_signals


def _stages(text: str) -> list[dict[str, int]]:
    return [dict(s.stages) for s in read_signals(text, "ru")]


def test_the_press_as_source_marks_a_claim() -> None:
    assert _stages("По данным СМИ, китайская фирма поставила станки уральскому заводу.") == [
        {"alleged": 1, "implemented": 1}]
    assert _stages("По информации издания, китайская фирма поставила станки уральскому заводу.") == [
        {"alleged": 1, "implemented": 1}]


def test_customs_figures_in_the_genitive_mark_a_claim() -> None:
    assert "alleged" in _stages("По данным китайской таможни, экспорт станков в Россию вырос втрое.")[0]
    assert "alleged" in _stages("Судя по данным таможни, экспорт станков в Россию вырос втрое.")[0]


def test_a_plain_report_is_no_claim() -> None:
    assert _stages("Китайская фирма поставила станки уральскому заводу.") == [{"implemented": 1}]
    assert "alleged" not in _stages("По данным Росстата, экспорт станков в Китай вырос втрое.")[0]
