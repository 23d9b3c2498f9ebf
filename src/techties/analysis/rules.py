"""Alert rules declared as data (`rules.yaml`): loaded, validated against the registry of
detectors, and failing early with the file and the rule at fault."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from techties.exceptions import ModelError
from techties.model.loader import read_yaml

RULE_ID_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789-")


@dataclass(frozen=True)
class Rule:
    """One alert rule: what detector, how sensitive, over how many months, and why."""

    id: str
    kind: str
    title: str
    explanation: str
    threshold: float
    window: int
    params: dict[str, Any] = field(default_factory=dict)

    def param(self, name: str, default: Any = None) -> Any:
        return self.params.get(name, default)


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    warmup_months: int = 12

    def get(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


def _fail(where: str, message: str) -> ModelError:
    return ModelError(f"{where}: {message}")


def parse_rules(data: Any, where: str) -> RuleSet:
    from techties.analysis.detectors import DETECTORS

    if not isinstance(data, dict) or not isinstance(data.get("rules"), list) or not data["rules"]:
        raise _fail(where, "needs a non-empty 'rules:' list")
    settings = data.get("settings") or {}
    if not isinstance(settings, dict):
        raise _fail(where, "'settings:' must be a mapping")
    warmup = settings.get("warmup_months", 12)
    if not isinstance(warmup, int) or warmup < 0:
        raise _fail(where, "settings.warmup_months must be a whole number of months")
    rules, seen = [], set()
    for i, raw in enumerate(data["rules"]):
        at = f"{where}: rules[{i}]"
        if not isinstance(raw, dict):
            raise _fail(at, "expected a mapping")
        rule_id = raw.get("id")
        if not isinstance(rule_id, str) or not rule_id or set(rule_id) - RULE_ID_CHARS:
            raise _fail(at, "needs an 'id' of lower-case letters, digits and dashes")
        at = f"{where}: {rule_id}"
        if rule_id in seen:
            raise _fail(at, "declared twice")
        seen.add(rule_id)
        kind = raw.get("kind")
        if kind not in DETECTORS:
            raise _fail(at, f"kind {kind!r} is not one of {sorted(DETECTORS)}")
        for key in ("title", "explanation"):
            if not isinstance(raw.get(key), str) or not raw[key].strip():
                raise _fail(at, f"missing '{key}'")
        threshold, window = raw.get("threshold"), raw.get("window")
        if not isinstance(threshold, int | float) or isinstance(threshold, bool) or threshold < 0:
            raise _fail(at, "needs a 'threshold': a number, zero or more")
        if not isinstance(window, int) or isinstance(window, bool) or window < 0:
            raise _fail(at, "needs a 'window': a whole number of months, zero or more")
        params = raw.get("params") or {}
        if not isinstance(params, dict):
            raise _fail(at, "'params:' must be a mapping")
        rule = Rule(id=rule_id, kind=kind, title=raw["title"].strip(),
                    explanation=" ".join(raw["explanation"].split()), threshold=float(threshold),
                    window=window, params=dict(params))
        problem = DETECTORS[kind].check(rule)
        if problem:
            raise _fail(at, problem)
        rules.append(rule)
    return RuleSet(tuple(rules), warmup_months=warmup)


def read_rules(path: Path) -> RuleSet:
    try:
        data = read_yaml(path)
    except OSError as exc:
        raise _fail(str(path), f"cannot be read: {exc}") from exc
    return parse_rules(data, str(path))


def rules_from(path: Path | None) -> RuleSet:
    """The rules of a user's file (`--rules`) when one is given, else the shipped ones."""
    return read_rules(path) if path else load_rules()


@cache
def load_rules() -> RuleSet:
    """The rules shipped with techties (analysis/rules.yaml)."""
    entry = resources.files("techties.analysis").joinpath("rules.yaml")
    return parse_rules(read_yaml(entry, "rules.yaml"), "rules.yaml")
