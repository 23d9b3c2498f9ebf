"""Russian consulates, associations, plants and medical centres added to the knowledge base
resolve in Russian and English, under their parents."""

from __future__ import annotations

from techties.entities.gazetteer import find_mentions
from techties.model.loader import parent_of


def _actors(text: str) -> list[str]:
    return [m.actor.id for m in find_mentions(text) if m.actor is not None]


def test_new_russian_bodies_resolve_in_two_languages() -> None:
    assert _actors("Приём прошёл в Генконсульстве России в Харбине.") == ["ru-consulate-harbin"]
    assert _actors("The Russian Consulate General in Shanghai hosted the fair.") == ["ru-consulate-shanghai"]
    assert _actors("Всероссийское общество изобретателей и рационализаторов наградило авторов.") == ["ru-voir"]
    assert _actors("Иркутский авиазавод собрал новый самолёт.") == ["ru-irkutsk-aviation-plant"]
    assert _actors("Атоммаш изготовил корпус реактора.") == ["ru-atommash"]


def test_new_units_sit_under_their_holdings() -> None:
    parents = parent_of()
    assert parents["ru-atommash"] == "ru-atomenergomash"
    assert parents["ru-irkutsk-aviation-plant"] == "ru-irkut"
    assert parents["ru-burnasyan"] == "ru-fmba"
