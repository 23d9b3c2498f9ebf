"""A Russian body named after a person is found whether the report writes "им." or "имени",
with the person's initials or without them."""

from __future__ import annotations

from techties.entities.eponyms import eponym_variants
from techties.entities.gazetteer import find_mentions


def _ids(text: str) -> list[str]:
    return [m.actor.id for m in find_mentions(text) if m.actor is not None]


def test_variants_exchange_the_word_and_drop_the_initials() -> None:
    variants = eponym_variants("Институт ядерной физики им. Г. И. Будкера")
    assert "Институт ядерной физики имени Будкера" in variants
    assert "Институт ядерной физики им. Будкера" in variants
    assert "Институт ядерной физики имени Г. И. Будкера" in variants
    assert eponym_variants("Газпром") == {"Газпром"}
    # a word that only starts like the abbreviation is left alone
    assert eponym_variants("Ассоциация имиджмейкеров") == {"Ассоциация имиджмейкеров"}


def test_institutes_resolve_in_every_form() -> None:
    assert _ids("Сотрудники Института катализа имени Г. К. Борескова испытали новый реактор.") == ["ru-boreskov"]
    assert _ids("Учёные Института катализа им. Борескова представили доклад.") == ["ru-boreskov"]
    assert _ids("Институт прикладной математики имени М. В. Келдыша рассчитал орбиту.") == ["ru-keldysh-iam"]
