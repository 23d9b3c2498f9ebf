"""The curated-record loader rejects what is not a checked fact, naming the record at fault."""

from __future__ import annotations

from typing import Any

import pytest

from techties.exceptions import ModelError
from techties.model.curated import parse_events, parse_projects


def _record(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": "2019-06-test-5g-agreement", "date": "2019-06-05", "type": "agreement",
        "stage": "signed", "domains": ["telecom_5g"], "china_actors": ["cn-huawei"],
        "russia_actors": ["ru-mts"], "summary": "Huawei and MTS agreed to develop 5G.",
        "sources": [{"url": "https://example.org/a", "kind": "independent_media"}],
    }
    record.update(changes)
    return {k: v for k, v in record.items() if v is not None}


def _parse(**changes: Any) -> list[Any]:
    return parse_events({"events": [_record(**changes)]}, "events_2019.yaml", {"cr929"})


def test_a_valid_record_loads() -> None:
    (event,) = _parse(project="cr929")
    assert event.china_actors == ("cn-huawei",) and event.sources[0].kind == "independent_media"
    assert event.year == "2019"


@pytest.mark.parametrize(("changes", "message"), [
    ({"type": "handshake"}, "event_type"),
    ({"stage": "rumoured"}, "stage"),
    ({"domains": ["telepathy"]}, "domain"),
    ({"domains": []}, "domain"),
    ({"date": "June 2019"}, "bad date"),
    ({"china_actors": ["ru-mts"]}, "not a CN actor"),
    ({"russia_actors": ["ru-no-such-actor"]}, "not a RU actor"),
    ({"sources": []}, "at least one source"),
    ({"sources": [{"url": "example.org/a", "kind": "official"}]}, "http(s)"),
    ({"sources": [{"url": "https://example.org/a", "kind": "blog"}]}, "kind"),
    ({"summary": ""}, "summary"),
    ({"project": "no-such-project"}, "project"),
    ({"id": "Not An Id"}, "id"),
])
def test_bad_records_fail_with_the_record_named(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ModelError, match="events_2019.yaml") as error:
        _parse(**changes)
    assert message in str(error.value)


def test_projects_need_known_domains() -> None:
    with pytest.raises(ModelError, match="domain"):
        parse_projects({"projects": [{"id": "x", "name": "X", "domains": ["magic"]}]}, "p.yaml")


def test_accounts_differ_is_an_optional_note_in_one_line() -> None:
    (plain,) = _parse()
    assert plain.accounts_differ is None
    (noted,) = _parse(accounts_differ="Moscow announced the deal;\n  Beijing's statement omitted it.")
    assert noted.accounts_differ == "Moscow announced the deal; Beijing's statement omitted it."


@pytest.mark.parametrize("value", ["", "   ", ["a", "list"], "x" * 701])
def test_a_bad_accounts_differ_note_fails(value: Any) -> None:
    with pytest.raises(ModelError, match="accounts_differ"):
        _parse(accounts_differ=value)


def test_the_shipped_record_notes_diverging_accounts() -> None:
    from techties.model.curated import load_curated_events
    noted = [e for e in load_curated_events() if e.accounts_differ]
    assert noted and all(e.accounts_differ != e.summary and "\n" not in (e.accounts_differ or "")
                         for e in noted)
