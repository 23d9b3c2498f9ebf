"""Russian and Chinese parties added to the knowledge base are found by the names each
language's press gives them, including Chinese names of Russian institutes and banks."""

from __future__ import annotations

from techties.entities.gazetteer import find_mentions


def _actors(text: str) -> list[str]:
    return [m.actor.name for m in find_mentions(text) if m.actor is not None]


def test_russian_parties_named_in_chinese() -> None:
    assert _actors("俄罗斯机器人协会的代表参加了交流会。") == ["Russian Association of Robotics"]
    assert "Vostochny Express Bank" in _actors("东方快捷银行开始发行银联卡。")
    assert "Melnikov Permafrost Institute" in _actors("俄罗斯科学院梅尔尼科夫多年冻土研究所参与了该项目。")
    assert "Central Research and Development Institute of Robotics and Technical Cybernetics" in _actors(
        "中央机器人与技术控制论研究所展示了新型机器人。")


def test_russian_parties_named_in_russian() -> None:
    assert "Amur Region Investment Attraction Agency" in _actors(
        "Агентство Амурской области по привлечению инвестиций провело встречу с инвесторами.")
    assert "Kazan Scientific Center RAS" in _actors("Казанский научный центр РАН подписал соглашение.")


def test_chinese_parties_named_in_chinese() -> None:
    assert _actors("清华控股有限公司与俄方共同设立了基金。") == ["Tsinghua Holdings"]
    assert "Chinese People's Association for Friendship with Foreign Countries" in _actors(
        "中国人民对外友好协会组织了代表团。")
    assert "Pilot National Laboratory for Marine Science and Technology (Qingdao)" in _actors(
        "青岛海洋科学与技术试点国家实验室与俄方签署协议。")
