"""A firm outside the knowledge base keeps one side and one name through a document."""

from __future__ import annotations

from techties.entities.gazetteer import Mention
from techties.entities.unresolved import one_side_throughout


def _firm(text: str, side: str, latin: str | None = None) -> Mention:
    return Mention(0, len(text), text, (side,), None, "unresolved", latin)


def test_a_firm_keeps_the_side_it_was_introduced_with() -> None:
    first = [_firm("Skyline", "RU", "Skyline")]
    later = [_firm("Skyline公司", "CN", "Skyline Company")]
    _, settled = one_side_throughout([first, later])
    assert settled[0].sides == ("RU",) and settled[0].latin == "Skyline"


def test_other_firms_and_known_parties_are_left_alone() -> None:
    groups = [[_firm("Skyline", "RU")], [_firm("Orion Micro", "CN")]]
    assert one_side_throughout(groups) == [[_firm("Skyline", "RU", "Skyline")],
                                           [_firm("Orion Micro", "CN", "Orion Micro")]]
