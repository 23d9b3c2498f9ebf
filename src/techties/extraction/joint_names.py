"""A research centre whose name carries both countries is joint research, not one firm's own
R&D centre: "the Russian-Chinese research centre", "совместный российско-китайский научный
центр", "中俄联合研究中心" are run by the two sides together (SCHEMA.md: a joint institute is
joint_research), while "Huawei's research centre in Moscow" is a firm's rnd_center."""

from __future__ import annotations

import re

from techties.model.behaviour import joint_forms
from techties.model.lexicon import Hit

# The words just before a centre's name-word that make it bilateral or joint: a pair of country
# adjectives in either order, or "joint", with up to a few words (a field, "scientific") between;
# a Chinese name opens with the countries and may name a region and fields before its centre
# word ("中俄寒区环境与工程国际研究中心").
_BILATERAL_BEFORE = re.compile(
    r"(?:(?:\b(?:russian|russia|sino|china|chinese)[-\u2013 ](?:chinese|china|russian|russia)"
    r"|\bjoint|\bcollaborative)[\w\s&'-]{0,30}"
    r"|(?:\b(?:российско|русско|китайско)-(?:китайск|российск)\w*|совместн\w*)[\w\s-]{0,30}"
    r"|(?:中俄|俄中|中蒙俄|中俄蒙|中俄哈)[\u3400-\u9fff]{0,14}|(?:联合|聯合|共建|合作)[\u3400-\u9fff]{0,8})$",
    re.IGNORECASE)
LOOK_BEFORE = 45  # characters before the centre word searched for the pair


def joint_centres(text: str, hits: list[Hit[str]]) -> list[Hit[str]]:
    """The type hits with each bilateral research centre read as joint research (the type's
    `joint_form`, vocab/event_types.yaml)."""
    forms = joint_forms()
    out = []
    for hit in hits:
        if hit.payload in forms and _BILATERAL_BEFORE.search(text[max(0, hit.start - LOOK_BEFORE):hit.start]):
            hit = Hit(hit.start, hit.end, forms[hit.payload], hit.text)
        out.append(hit)
    return out
