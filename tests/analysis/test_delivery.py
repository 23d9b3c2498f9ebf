"""Delivery of alerts: an Atom feed, e-mail to a real local SMTP server, a webhook to a real
local HTTP server; each alert sent once per channel, a failed send retried next time."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from email import message_from_bytes
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import feedparser
import pytest
from aiosmtpd.controller import Controller
from lxml import etree

from techties.analysis.alerts import list_alerts, raise_alerts
from techties.analysis.delivery import (
    EmailChannel,
    WebhookChannel,
    atom_feed,
    configured_channels,
    deliver,
)
from techties.analysis.periods import parse_month
from techties.model.curated import Project
from techties.model.loader import load_actors
from techties.store.store import Store

from .test_alerts import _history


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(f"sqlite:///{tmp_path / 'd.sqlite'}") as opened:
        actors = load_actors()
        opened.sync_actors(actors)
        opened.save_curated(_history(), [Project("tianwan-7-8", "Tianwan 7 and 8", "",
                                                 ("nuclear",))], actors)
        yield opened


class Inbox:
    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.messages.append((envelope.rcpt_tos, message_from_bytes(envelope.content)))
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp() -> Iterator[tuple[Controller, Inbox]]:
    inbox = Inbox()
    with socket.socket() as probe:  # a free port: the controller checks it by connecting
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield controller, inbox
    finally:
        controller.stop()


class Hook(BaseHTTPRequestHandler):
    received: list[dict[str, Any]] = []
    status = 200

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers["Content-Length"]))
        type(self).received.append(json.loads(body))
        self.send_response(type(self).status)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def webhook() -> Iterator[tuple[str, type[Hook]]]:
    handler = type("RecordingHook", (Hook,), {"received": [], "status": 200})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook", handler
    finally:
        server.shutdown()
        server.server_close()


def test_the_atom_feed_is_valid_and_lists_each_alert_with_its_events(store: Store) -> None:
    raise_alerts(store, until=parse_month("2022-12"))
    alerts = list_alerts(store)
    xml = atom_feed(alerts, feed_url="http://127.0.0.1/alerts.atom",
                    event_url=lambda event_id: f"http://127.0.0.1/events/{event_id}")
    root = etree.fromstring(xml)
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    parsed = feedparser.parse(xml)
    assert not parsed.bozo and len(parsed.entries) == len(alerts)
    first = parsed.entries[0]
    assert first.id.startswith("urn:techties:alert:al_")
    assert any("/events/" in link.href for link in first.links)
    assert alerts[0].explanation in first.summary


def test_new_alerts_go_out_by_email_once(store: Store, smtp: tuple[Controller, Inbox]) -> None:
    controller, inbox = smtp
    channel = EmailChannel(host="127.0.0.1", port=controller.port,
                           sender="techties@example.org", recipients=("analyst@example.org",),
                           starttls=False)
    new = raise_alerts(store, until=parse_month("2022-12")).new
    results = deliver(store, new, [channel])
    assert results[0].sent == len(new) and not results[0].error
    assert len(inbox.messages) == 1, "one digest per run"
    recipients, message = inbox.messages[0]
    assert recipients == ["analyst@example.org"]
    body = message.get_content() if hasattr(message, "get_content") else message.get_payload()
    assert "Surge in Nuclear" in str(body) and "2021-06-burst-1" in str(body)
    assert deliver(store, new, [channel])[0].sent == 0, "an alert is sent once"
    assert len(inbox.messages) == 1


def test_a_failed_webhook_is_retried_on_the_next_run(store: Store,
                                                     webhook: tuple[str, type[Hook]]) -> None:
    url, handler = webhook
    new = raise_alerts(store, until=parse_month("2022-12")).new
    handler.status = 500
    failed = deliver(store, new, [WebhookChannel(url)])
    assert failed[0].error and failed[0].sent == 0
    handler.status = 200
    retried = deliver(store, [], [WebhookChannel(url)])
    assert retried[0].sent == len(new) and not retried[0].error
    payload = handler.received[-1]
    assert payload["source"] == "techties" and len(payload["alerts"]) == len(new)
    assert {"id", "title", "explanation", "event_ids", "events"} <= set(payload["alerts"][0])
    assert deliver(store, new, [WebhookChannel(url)])[0].sent == 0


def test_channels_come_from_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    assert configured_channels() == []
    monkeypatch.setenv("TECHTIES_SMTP_HOST", "mail.example.org")
    monkeypatch.setenv("TECHTIES_ALERT_TO", "a@example.org, b@example.org")
    monkeypatch.setenv("TECHTIES_ALERT_WEBHOOK", "https://hooks.example.org/x")
    email, hook = configured_channels()
    assert isinstance(email, EmailChannel) and email.recipients == ("a@example.org", "b@example.org")
    assert isinstance(hook, WebhookChannel) and hook.url == "https://hooks.example.org/x"
