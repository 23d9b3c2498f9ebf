"""Alert rules as data: the shipped file loads, a bad rule fails early and says where."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from techties.analysis.rules import load_rules, parse_rules, read_rules
from techties.exceptions import ModelError

GOOD = {"id": "surge-x", "kind": "surge", "title": "Surge in {subject}", "window": 3,
        "threshold": 0.01, "explanation": "why", "params": {"by": "domain", "history": 24}}


def test_shipped_rules_cover_every_kind_with_threshold_window_and_explanation() -> None:
    rules = load_rules()
    assert {r.kind for r in rules.rules} == {"surge", "first_appearance", "stage_escalation",
                                              "silence", "watchlist", "science_surge",
                                              "science_first_pair"}
    for rule in rules.rules:
        assert rule.explanation and rule.title
        assert rule.threshold >= 0 and rule.window >= 0
    assert rules.warmup_months == 12


@pytest.mark.parametrize("change, message", [
    ({"kind": "crystal_ball"}, "kind 'crystal_ball' is not one of"),
    ({"threshold": None}, "needs a 'threshold'"),
    ({"window": -1}, "needs a 'window'"),
    ({"window": 1.5}, "needs a 'window'"),
    ({"explanation": ""}, "missing 'explanation'"),
    ({"id": "Bad Id"}, "needs an 'id'"),
    ({"params": {"by": "actor"}}, "params.by must be domain or type"),
    ({"threshold": 2}, "probability between 0 and 1"),
])
def test_a_bad_rule_fails_with_the_rule_named(change: dict[str, object], message: str) -> None:
    with pytest.raises(ModelError, match=message) as caught:
        parse_rules({"rules": [GOOD | change]}, "my-rules.yaml")
    assert "my-rules.yaml" in str(caught.value)


def test_a_rule_declared_twice_and_an_unknown_domain_are_refused() -> None:
    with pytest.raises(ModelError, match="declared twice"):
        parse_rules({"rules": [GOOD, GOOD]}, "r.yaml")
    first = {"id": "first", "kind": "first_appearance", "title": "t", "window": 0,
             "threshold": 1, "explanation": "e", "params": {"domains": ["alchemy"]}}
    with pytest.raises(ModelError, match="unknown domain"):
        parse_rules({"rules": [first]}, "r.yaml")


def test_a_rules_file_is_read_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump({"settings": {"warmup_months": 6}, "rules": [GOOD]}),
                    encoding="utf-8")
    rules = read_rules(path)
    assert rules.warmup_months == 6 and rules.get("surge-x").param("history") == 24
    path.write_text("rules: [", encoding="utf-8")
    with pytest.raises(ModelError, match="not valid YAML"):
        read_rules(path)


def test_a_users_rules_file_stands_in_for_the_shipped_rules(tmp_path: Path) -> None:
    from techties.analysis.rules import load_rules, rules_from

    assert rules_from(None) is load_rules()
    path = tmp_path / "mine.yaml"
    path.write_text(yaml.safe_dump({"rules": [GOOD]}), encoding="utf-8")
    assert [r.id for r in rules_from(path).rules] == ["surge-x"]
