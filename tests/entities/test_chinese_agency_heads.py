"""署 heads a Russian agency's Chinese name (俄罗斯联邦航天署), but it also ends the verbs 签署
(sign) and 部署 (deploy): a clause that runs up to them is no agency (entities/unresolved.py)."""

from __future__ import annotations

import re

from techties.entities.unresolved import ZH_RU_ORG, find_unresolved


def test_an_agency_head_but_not_the_verbs() -> None:
    assert [m.group(1) for m in ZH_RU_ORG.finditer("俄罗斯联邦海洋渔业署")] == ["海洋渔业署"]
    assert not ZH_RU_ORG.search("俄罗斯远东军区部署")
    assert not re.search(ZH_RU_ORG, "俄罗斯总统访华期间签署")


def test_a_visit_during_which_a_signing_takes_place_is_no_agency() -> None:
    assert not find_unresolved("俄罗斯总统普京访华期间签署合作协议。", "zh", [])
