"""Chinese document words that report no agreement of their own sentence.

A document the sentence only refers to is background to what it reports: "根据联合声明，两国
将互办创新年" tells a plan that follows from a statement signed before, "在协议框架下" the
setting, "列入议定书" where a project was recorded; one in brackets is an aside ("(国际科技合作
计划)", the programme that funds a project). A contract whose object is a sale or a
delivery ("签订了向中国交付发动机的合同", "签署合约，以采购卫星") is a supply contract, which
SCHEMA.md types as supply: the sentence reports the supply, and its words of signing are no
agreement of their own. A batch signing ("集中签约") of projects the sentence names by another
type reports those projects. The words are listed in model/chinese_documents.yaml.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from techties.model.behaviour import types_of_kind
from techties.model.lexicon import simplify
from techties.model.loader import load_model_mapping
from techties.model.phrase_patterns import phrase_alternation

CLAUSE_END = ",;:，；：。"
REACH = 80  # characters a reference runs at most, within its clause
AFTER_DE = 10  # characters between a relative clause's 的 and the contract it describes
PURPOSE_REACH = 20  # characters between a contract's purpose word and the sale it names

Span = tuple[int, int, str]


def _data() -> dict[str, Any]:
    return load_model_mapping("chinese_documents.yaml")


def _alternatives(key: str) -> str:
    return phrase_alternation(_data()[key])


@cache
def _reference() -> re.Pattern[str]:
    """A reference to a document, to the end of its clause (并 opens a new verb)."""
    body = f"(?:[^{CLAUSE_END}并]|,(?=\\d)){{0,{REACH}}}"
    return re.compile(rf"(?:{_alternatives('references')}){body}|在{body}?(?:{_alternatives('frames')})")


@cache
def _purpose() -> re.Pattern[str]:
    return re.compile(rf"^[,，]?\s*(?:{_alternatives('purposes')})")


BRACKETS = re.compile(r"[(（][^()（）]*[)）]")  # an aside: the name of a programme, a short form
BREAK = re.compile(r"[;:，；：。]|,(?!\d)")  # a comma inside a number ("3,000") breaks nothing


def _clause(text: str, at: int) -> tuple[int, int]:
    """The clause around offset `at`."""
    start, end = 0, len(text)
    for m in BREAK.finditer(text):
        if m.start() < at:
            start = m.end()
        else:
            end = m.start()
            break
    return start, end


def _contract_of(text: str, a: int, b: int, objects: list[tuple[int, int]]) -> bool:
    """Whether the contract word at a..b has a sale as its object: a relative clause before
    it ("交付发动机的合同") or a purpose after it ("合约，以采购")."""
    lo, _ = _clause(text, a)
    signing = _data()["signing"]
    for x, y in objects:
        between = text[y:a]
        # "交付发动机的合同", not "与出口公司签订的合同": the clause says what, not with whom
        if (lo <= x and y <= a and "的" in between and len(between) - between.rfind("的") - 1 <= AFTER_DE
                and not any(w in between for w in signing)):
            return True
    after = _purpose().match(text[b:])
    if after:
        reach = b + after.end() + PURPOSE_REACH
        return any(b + after.end() <= x < reach for x, _ in objects)
    return False


def not_agreements(text: str, start: int, cue_spans: list[Span]) -> set[str]:
    """The document types of the sentence all of whose cues refer to an earlier document, sign
    a supply contract or sign a batch of projects of another type; `start` is the sentence's
    offset, which `cue_spans` count from."""
    documents = types_of_kind("document")
    plain = simplify(text)
    references = [m.span() for m in _reference().finditer(plain)] + [m.span() for m in BRACKETS.finditer(plain)]
    object_types = {f"types:{t}" for t in _data()["contract_objects"]}
    objects = [(a - start, b - start) for a, b, label in cue_spans if label in object_types]
    contracts = tuple(_data()["contracts"])
    signing = tuple(_data()["signing"])
    spans = sorted((a - start, b - start, label[6:]) for a, b, label in cue_spans
                   if label.startswith("types:") and label[6:] in documents)
    # each contract word, and whether it names a supply contract
    of_supply = {a: _contract_of(plain, a, b, objects) for a, b, _ in spans if plain[a:b].endswith(contracts)}
    # a supply cue that is itself a contract ("供应合同") is a supply contract as well
    of_supply.update({a: True for a, b in objects if plain[a:b].endswith(contracts)})
    batch = any(w in plain for w in _data()["batch_signing"])
    others = any(label.startswith("types:") and label[6:] not in documents for _, _, label in cue_spans)
    verdict: dict[str, bool] = {}
    for a, b, kind in spans:
        word = plain[a:b]
        referred = any(x <= a < y for x, y in references)
        supply = of_supply.get(a, False)
        if not supply and word.endswith(signing) and word not in contracts:
            # a signing verb: its object is the next contract word in its clause
            _, end = _clause(plain, a)
            following = sorted(x for x in of_supply if b <= x < end)
            supply = bool(following) and of_supply[following[0]]
        verdict[kind] = verdict.get(kind, True) and (referred or supply or (batch and others))
    return {kind for kind, dropped in verdict.items() if dropped}


@cache
def _provision() -> re.Pattern[str]:
    return re.compile(rf"向[^{CLAUSE_END}]{{1,30}}?(?:{_alternatives('provision')})")


def provision_type(text: str) -> str | None:
    """The type of a sentence that hands a thing to a party ("向俄方提供了卫星图像"): a supply,
    for a sentence with no type word of its own."""
    return str(_data()["contract_objects"][0]) if _provision().search(simplify(text)) else None
