"""A Russian association or federal agency that Chinese names after the country word
(俄罗斯…协会, 俄罗斯联邦…署) is a Russian party outside the knowledge base; the same heads
without the country are not read."""

from __future__ import annotations

from techties.entities.gazetteer import find_mentions
from techties.entities.unresolved import find_unresolved


def _found(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.latin or "", m.sides) for m in find_unresolved(sentence, "zh", find_mentions(sentence))]


def test_a_russian_association_is_found() -> None:
    assert _found("俄罗斯机床制造商协会与中方企业签署协议。") == [("Machine Tool Manufacturers Association", ("RU",))]


def test_the_same_head_without_the_country_is_not_read() -> None:
    assert _found("机床制造商协会召开了年会。") == []


def test_a_kind_of_body_is_no_name() -> None:
    assert _found("俄罗斯企业协会表示支持。") == []
