"""Source kinds are declared once, and every reader takes them from there."""

from __future__ import annotations

from techties.analysis.sources import load_source_kinds as host_table
from techties.interfaces.reports.brief import KIND_LABELS as BRIEF_LABELS
from techties.interfaces.web.params import SOURCES
from techties.model.source_kinds import KIND_LABELS, SOURCE_KINDS, WATCHED_KINDS
from techties.sources.watched import KINDS as WATCH_KINDS


def test_the_kinds_and_their_labels() -> None:
    assert SOURCE_KINDS[:2] == ("official", "state_media")
    assert KIND_LABELS["state_media"] == "state media"
    assert "court" in SOURCE_KINDS and "court" not in WATCHED_KINDS  # a court is no feed


def test_readers_share_the_one_declaration() -> None:
    assert BRIEF_LABELS is KIND_LABELS
    assert WATCH_KINDS == WATCHED_KINDS
    assert set(SOURCE_KINDS) <= set(SOURCES)
    table = host_table()
    assert set(table.hosts.values()) <= set(SOURCE_KINDS)
