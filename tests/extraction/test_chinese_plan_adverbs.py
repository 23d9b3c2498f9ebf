"""The adverb 拟 or the modal 愿 before any verb makes a Chinese clause an intention."""

from __future__ import annotations

from techties.extraction.signals import read_signals
from techties.extraction.stage import decide_stage
from techties.extraction.stage_cues import stage_cues
from techties.extraction.tense import plan_adverbs


def test_ni_and_yuan_before_a_verb_are_intentions_but_not_inside_other_words() -> None:
    assert plan_adverbs("两所大学拟共建量子计算联合实验室") == 1
    assert plan_adverbs("俄方愿与中方在卫星导航领域加强合作") == 1
    assert plan_adverbs("研究人员用模拟软件测试了虚拟样机") == 0  # 模拟, 虚拟: simulated, virtual
    assert plan_adverbs("志愿者和学生的意愿都很强") == 0  # 志愿, 意愿: volunteer, wish


def test_a_lab_to_be_built_with_ni_is_announced() -> None:
    s = read_signals("西安交通大学与喀山联邦大学拟共建新能源联合实验室，重点研究储能材料。", "zh")[0]
    cues = stage_cues(s, "joint_research", "zh")
    assert cues["announced"] == 1
    assert decide_stage("joint_research", cues, cues) == "announced"


def test_xuanbu_before_a_joint_verb_announces_a_plan_but_not_a_founding() -> None:
    assert plan_adverbs("两国航天机构宣布合作建设深空探测站") == 1
    assert plan_adverbs("两国航天机构宣布联合成立深空探测中心") == 0


def test_a_project_under_feasibility_study_or_consultation_is_announced() -> None:
    study = read_signals("中俄联合数据中心项目目前处于可行性研究阶段，尚未确定地点。", "zh")[0]
    assert stage_cues(study, "joint_research", "zh")["announced"] >= 1
    talks = read_signals("两国企业正在就共建卫星地面站进行磋商。", "zh")[0]
    assert stage_cues(talks, "pilot", "zh")["announced"] >= 1


def test_a_possibility_studied_is_announced() -> None:
    s = read_signals("两国航天机构正在研究在月球南极联合建设观测站的可能性。", "zh")[0]
    assert stage_cues(s, "joint_research", "zh")["announced"] >= 1


def test_the_modal_yao_before_the_act_is_an_intention_but_not_inside_other_words() -> None:
    assert plan_adverbs("小米宣布要在俄罗斯增设两个软件研发中心") == 1
    assert plan_adverbs("政府责成国家原子能公司，要确保与中方按期完成机组建设") == 1
    assert plan_adverbs("该中心主要在莫斯科开展研发，这项合作很重要") == 0  # 主要, 重要
    assert plan_adverbs("双方要求对方提供技术资料，需要建立联络机制") == 0  # 要求, 需要


def test_a_centre_a_firm_says_it_wants_to_add_is_announced() -> None:
    s = read_signals("小米宣布要在俄罗斯增设两个软件研发中心。", "zh")[0]
    cues = stage_cues(s, "rnd_center", "zh")
    assert decide_stage("rnd_center", cues, cues) == "announced"


def test_the_adverb_huo_before_a_modal_or_preposition_is_a_prospect() -> None:
    assert plan_adverbs("吉利汽车或在鞑靼斯坦实现本地化生产") == 1
    assert plan_adverbs("中俄联合研制的发动机或将于明年首飞") == 1
    assert plan_adverbs("项目可能延期或取消") == 0  # 或 joining two verbs: "or"


def test_a_plant_that_may_localise_production_is_announced() -> None:
    s = read_signals("吉利汽车或在鞑靼斯坦实现本地化生产。", "zh")[0]
    cues = stage_cues(s, "investment", "zh")
    assert decide_stage("investment", cues, cues) == "announced"
