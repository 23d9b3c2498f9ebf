"""Chinese reports shorten a Russian party's country (俄罗斯 → 俄) and the Academy (俄科院), and
call one firm a 公司 or a 集团: each knowledge-base name is matched in those forms too."""

from __future__ import annotations

from techties.entities.gazetteer import chinese_variants, find_mentions


def _actors(text: str) -> list[str]:
    return [m.actor.name for m in find_mentions(text) if m.actor is not None]


def test_variants_of_a_name() -> None:
    assert "俄国家原子能公司" in chinese_variants("俄罗斯国家原子能公司")
    assert "俄罗斯国家原子能集团" in chinese_variants("俄罗斯国家原子能公司")
    assert "俄科院西伯利亚分院" in chinese_variants("俄罗斯科学院西伯利亚分院")
    # an institute of a branch is also named without its branch
    assert "俄罗斯科学院催化研究所" in chinese_variants("俄罗斯科学院西伯利亚分院催化研究所")
    assert "俄科学院催化研究所" in chinese_variants("俄罗斯科学院西伯利亚分院催化研究所")
    # a legal form is not a firm head, and a short body is left alone
    assert chinese_variants("长光卫星技术股份有限公司") == {"长光卫星技术股份有限公司"}
    assert chinese_variants("华为公司") == {"华为公司"}
    assert chinese_variants("Rosatom") == {"Rosatom"}


def test_shortened_names_resolve() -> None:
    assert _actors("俄纳米技术集团与中方共同设立了基金。") == ["Rusnano"]
    first = _actors("俄科院西伯利亚分院与中国科学院签署合作协议。")[0]
    assert first == "Siberian Branch of the Russian Academy of Sciences"


def test_high_tech_zones_resolve() -> None:
    assert _actors("烟台高新区与俄方企业签约。") == ["Yantai High-tech Industrial Development Zone"]
    assert _actors("The Changchun New and High-tech Industrial Development Zone hosted the delegation.") == [
        "Changchun High-tech Industrial Development Zone"]
