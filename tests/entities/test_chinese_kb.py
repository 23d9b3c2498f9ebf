"""Chinese organisations of the knowledge base, found by their Chinese names and shown by a
name that carries both the full English name and the acronym the press uses."""

from __future__ import annotations

from techties.entities.gazetteer import find_mentions


def _actors(text: str) -> list[str]:
    return [m.actor.name for m in find_mentions(text) if m.actor is not None]


def test_robot_makers_named_in_chinese_resolve() -> None:
    assert _actors("新松机器人自动化股份有限公司和埃夫特智能装备股份有限公司的代表参加了会议。") == [
        "SIASUN Robot & Automation", "EFORT Intelligent Equipment"]
    assert _actors("中国机器人产业联盟组织了对接会。") == ["China Robot Industry Alliance"]


def test_satellite_and_drone_firms_named_in_chinese_resolve() -> None:
    assert _actors("北京昀泽科技有限公司采购了两颗卫星。") == ["Beijing Yunze Technology"]
    assert _actors("重庆宗申航空发动机制造有限公司向买家出口了发动机。") == [
        "Chongqing Zongshen Aviation Engine Manufacturing"]


def test_the_aero_technology_trading_arm_is_its_own_party() -> None:
    assert _actors("中航技与俄方签订了发动机供应合同。") == [
        "China National Aero-Technology Import & Export Corporation"]
    assert _actors("中航国际在展会上签约。") == ["AVIC International"]


def test_a_group_known_by_its_acronym_shows_its_full_name_too() -> None:
    full = "Aviation Industry Corporation of China (AVIC)"
    assert _actors("中国航空工业集团有限公司发布了新机型。") == [full]
    assert _actors("AVIC unveiled a new helicopter.") == [full]
    assert _actors("Норинко поставила технику.") == ["China North Industries Group Corporation (NORINCO)"]


def test_academy_institutes_named_in_chinese_resolve_to_the_unit() -> None:
    assert _actors("中国科学院植物研究所与俄方合作开展植物资源调查。") == [
        "Institute of Botany, Chinese Academy of Sciences"]
    assert _actors("西北生态环境资源研究院的冻土团队访问了雅库茨克。") == [
        "Northwest Institute of Eco-Environment and Resources"]
    assert _actors("金砖创新基地举办了项目路演。") == ["BRICS PartNIR Innovation Center (Xiamen)"]


def test_an_institute_alias_with_a_comma_is_one_name_not_the_academy() -> None:
    assert _actors("Scientists of the Chinese Academy of Sciences met.") == ["Chinese Academy of Sciences"]
