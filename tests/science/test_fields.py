"""A work's domains from its topics through the model's mapping table."""

from __future__ import annotations

from techties.model.science_domains import load_science_domains
from techties.science.fields import topic_domains, work_domains
from techties.science.works import Topic, parse_work

from .openalex_works import work


def test_topic_words_come_before_the_subfield() -> None:
    table = load_science_domains()
    # a quantum topic filed under optics: the words of its name decide
    assert topic_domains(Topic("T1", "Quantum Computing Algorithms", 3107, 31), table) == ("quantum",)
    # a topic whose name says nothing falls back to its subfield, then to its field
    assert topic_domains(Topic("T2", "Image Segmentation Methods", 1707, 17), table) == ("ai",)
    assert topic_domains(Topic("T3", "Query Languages", 9999, 17), table) == ("cloud_software",)


def test_word_cues_are_whole_words_unless_starred() -> None:
    table = load_science_domains()
    assert "maritime_arctic" not in topic_domains(Topic("T4", "Polarization optics", None, None), table)
    assert "maritime_arctic" in topic_domains(Topic("T5", "Polar ice sheets", None, None), table)
    assert topic_domains(Topic("T6", "Robotic grasping", None, None), table) == ("robotics",)


def test_a_work_takes_all_its_topics_domains_or_general_science() -> None:
    both = parse_work(work(1, 2020, ["tsinghua"], ["msu"], topics=("vision", "quantum")), "f")
    assert work_domains(both) == ["ai", "quantum"]
    plain = parse_work(work(2, 2020, ["tsinghua"], ["msu"], topics=("algebra",)), "f")
    assert work_domains(plain) == ["general_science"]
    none = parse_work(work(3, 2020, ["tsinghua"], ["msu"], topics=()), "f")
    assert work_domains(none) == ["general_science"]
