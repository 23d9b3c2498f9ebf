"""science_domains.yaml: OpenAlex topics to our domains, checked against the vocabulary."""

from __future__ import annotations

import pytest

from techties.exceptions import ModelError
from techties.model.loader import load_vocabulary
from techties.model.science_domains import load_science_domains, parse_science_domains


def test_the_shipped_table_loads_with_domains_of_the_vocabulary() -> None:
    table = load_science_domains()
    domains = set(load_vocabulary("domain").values)
    assert "general_science" in domains
    assert set(table.sensitive) == {"defense", "aerospace", "nuclear", "quantum", "semiconductors",
                                    "ai", "cyber", "maritime_arctic"}
    assert table.subfields[1702] == ("ai",) and table.fields[25] == ("materials",)
    assert all(set(rule.domains) <= domains for rule in table.words)


@pytest.mark.parametrize("data, message", [
    ({"sensitive_domains": ["ai"], "fields": [{"id": 17, "name": "CS", "domains": ["warp_drive"]}]},
     "unknown domain"),
    ({"sensitive_domains": ["ai"], "fields": [{"id": "17", "name": "CS", "domains": ["ai"]}]},
     "numeric 'id'"),
    ({"sensitive_domains": ["ai"], "subfields": [{"id": 1702, "name": "AI", "domains": ["ai"]},
                                                 {"id": 1702, "name": "AI", "domains": ["ai"]}]},
     "mapped twice"),
    ({"sensitive_domains": ["ai"], "topic_words": [{"domains": ["ai"]}]}, "needs 'words'"),
    ({"sensitive_domains": []}, "at least one domain"),
])
def test_a_bad_table_fails_early(data: dict[str, object], message: str) -> None:
    with pytest.raises(ModelError, match=message):
        parse_science_domains(data, "t.yaml")
