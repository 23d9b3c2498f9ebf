"""English names outside the knowledge base that end in two heads ("… Technology Group")."""

from __future__ import annotations

from techties.entities.unresolved import find_unresolved


def test_a_name_runs_to_its_last_head() -> None:
    found = find_unresolved("China's Lunar Information Technology Group signed a deal with Rostec.", "en", [])
    assert [m.text for m in found] == ["Lunar Information Technology Group"]
    found = find_unresolved("Russia's Ural Optics Systems Company will supply lenses.", "en", [])
    assert [m.text for m in found] == ["Ural Optics Systems Company"]
