"""A work's domains from its OpenAlex topics, through the mapping table of the model
(science_domains.yaml): topic id, then words of the topic's name, then subfield, then field."""

from __future__ import annotations

from techties.model.science_domains import ScienceDomains, load_science_domains
from techties.science.works import Topic, Work

FALLBACK = "general_science"


def topic_domains(topic: Topic, table: ScienceDomains) -> tuple[str, ...]:
    """The domains of one topic, from the first level of the table that maps it."""
    if topic.id in table.topics:
        return table.topics[topic.id]
    by_words = [d for rule in table.words if rule.pattern.search(topic.name) for d in rule.domains]
    if by_words:
        return tuple(dict.fromkeys(by_words))
    if topic.subfield is not None and topic.subfield in table.subfields:
        return table.subfields[topic.subfield]
    if topic.field is not None and topic.field in table.fields:
        return table.fields[topic.field]
    return ()


def work_domains(work: Work, table: ScienceDomains | None = None) -> list[str]:
    """The domains of all the work's topics in order, general_science when none maps."""
    table = table or load_science_domains()
    found = [d for topic in work.topics for d in topic_domains(topic, table)]
    return list(dict.fromkeys(found)) or [FALLBACK]
