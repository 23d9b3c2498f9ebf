"""Getting alerts to people: an Atom feed (for the dashboard to mount and any reader to
follow), e-mail over SMTP and a webhook (JSON POST), each when configured.

A channel sends an alert once: deliveries are recorded per alert, channel and target,
and a failed try is retried on the next run. Channels are a registry; each sends one
message per run with every new alert in it, so a first run over years of history sends
one digest, not hundreds of messages.
"""

from __future__ import annotations

import json
import smtplib
import ssl
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import TYPE_CHECKING, Any

import httpx
from lxml import etree

from techties import settings
from techties.analysis.alerts import Alert, list_alerts
from techties.store import write
from techties.store.read import alerts as alert_reads

if TYPE_CHECKING:
    from techties.store.store import Store

ATOM = "http://www.w3.org/2005/Atom"
FEED_ID = "urn:techties:alerts"


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def alert_text(alert: Alert) -> str:
    """An alert in plain text: title, why, and each causing event on its own line."""
    lines = [f"{alert.title} [{alert.period}, rule {alert.rule_id}]", alert.explanation, ""]
    for e in alert.events:
        lines.append(f"- {e.date or 'undated'} {e.type} ({e.stage}): {e.summary or e.id}"
                     f" [{e.id}]")
    return "\n".join(lines).strip()


def atom_feed(alerts: Sequence[Alert], *, feed_url: str = "", title: str = "techties alerts",
              event_url: Callable[[str], str] | None = None,
              updated: datetime | None = None) -> bytes:
    """An Atom 1.0 feed of alerts, newest first; `event_url` links each causing event."""
    nsmap = {None: ATOM}
    feed = etree.Element(f"{{{ATOM}}}feed", nsmap=nsmap)  # type: ignore[dict-item]
    etree.SubElement(feed, f"{{{ATOM}}}id").text = FEED_ID
    etree.SubElement(feed, f"{{{ATOM}}}title").text = title
    newest = max((a.raised_at for a in alerts), default=updated or datetime.now(UTC))
    etree.SubElement(feed, f"{{{ATOM}}}updated").text = _iso(updated or newest)
    author = etree.SubElement(feed, f"{{{ATOM}}}author")
    etree.SubElement(author, f"{{{ATOM}}}name").text = "techties"
    if feed_url:
        etree.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=feed_url,
                         type="application/atom+xml")
    etree.SubElement(feed, f"{{{ATOM}}}generator").text = "techties"
    for alert in sorted(alerts, key=lambda a: (a.period, a.raised_at, a.id), reverse=True):
        entry = etree.SubElement(feed, f"{{{ATOM}}}entry")
        etree.SubElement(entry, f"{{{ATOM}}}id").text = f"urn:techties:alert:{alert.id}"
        etree.SubElement(entry, f"{{{ATOM}}}title").text = alert.title
        etree.SubElement(entry, f"{{{ATOM}}}updated").text = _iso(alert.raised_at)
        etree.SubElement(entry, f"{{{ATOM}}}published").text = _iso(alert.raised_at)
        for category in (alert.rule_id, *alert.domains):
            etree.SubElement(entry, f"{{{ATOM}}}category", term=category)
        if event_url is not None:
            for e in alert.events:
                etree.SubElement(entry, f"{{{ATOM}}}link", rel="related", href=event_url(e.id),
                                 title=(e.summary or e.id)[:200])
        etree.SubElement(entry, f"{{{ATOM}}}summary").text = alert.explanation
        etree.SubElement(entry, f"{{{ATOM}}}content", type="text").text = alert_text(alert)
    return bytes(etree.tostring(feed, xml_declaration=True, encoding="utf-8", pretty_print=True))


def alert_payload(alert: Alert) -> dict[str, Any]:
    data = asdict(alert)
    data["raised_at"] = _iso(alert.raised_at)
    return data


# -- channels ---------------------------------------------------------------------------


@dataclass(frozen=True)
class EmailChannel:
    host: str
    port: int
    sender: str
    recipients: tuple[str, ...]
    user: str | None = None
    password: str | None = None
    starttls: bool = True
    name: str = "email"

    @property
    def target(self) -> str:
        return ",".join(self.recipients)

    def send(self, alerts: Sequence[Alert]) -> None:
        message = EmailMessage()
        message["Subject"] = (f"techties: {len(alerts)} new alert" + ("s" if len(alerts) > 1 else "")
                              + (f" — {alerts[0].title}" if len(alerts) == 1 else ""))
        message["From"] = self.sender
        message["To"] = ", ".join(self.recipients)
        message.set_content("\n\n".join(alert_text(a) for a in alerts) + "\n")
        with smtplib.SMTP(self.host, self.port, timeout=30) as smtp:
            if self.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if self.user:
                smtp.login(self.user, self.password or "")
            smtp.send_message(message)


@dataclass(frozen=True)
class WebhookChannel:
    url: str
    timeout: float = 20.0
    name: str = "webhook"

    @property
    def target(self) -> str:
        return self.url

    def send(self, alerts: Sequence[Alert]) -> None:
        body = json.dumps({"source": "techties", "alerts": [alert_payload(a) for a in alerts]},
                          ensure_ascii=False, default=str)
        response = httpx.post(self.url, content=body.encode("utf-8"), timeout=self.timeout,
                              headers={"Content-Type": "application/json; charset=utf-8"})
        response.raise_for_status()


Channel = EmailChannel | WebhookChannel


def configured_channels() -> list[Channel]:
    """The channels the TECHTIES_* settings configure (none by default)."""
    channels: list[Channel] = []
    host, recipients = settings.get("TECHTIES_SMTP_HOST"), settings.get("TECHTIES_ALERT_TO")
    if host and recipients:
        channels.append(EmailChannel(
            host=host, port=int(settings.get("TECHTIES_SMTP_PORT") or 587),
            sender=settings.get("TECHTIES_ALERT_FROM") or "techties@localhost",
            recipients=tuple(r.strip() for r in recipients.split(",") if r.strip()),
            user=settings.get("TECHTIES_SMTP_USER"), password=settings.get("TECHTIES_SMTP_PASSWORD"),
            starttls=(settings.get("TECHTIES_SMTP_STARTTLS") or "1") in {"1", "true", "yes"}))
    webhook = settings.get("TECHTIES_ALERT_WEBHOOK")
    if webhook:
        channels.append(WebhookChannel(webhook))
    return channels


@dataclass
class DeliveryResult:
    channel: str
    target: str
    sent: int
    error: str = ""


def deliver(store: Store, alert_ids: Sequence[str], channels: Sequence[Channel]) -> list[DeliveryResult]:
    """Send each given alert (and any whose earlier delivery failed) over each channel once."""
    results = []
    for channel in channels:
        done = alert_reads.delivered(store, channel.name, channel.target)
        retry = alert_reads.failed_deliveries(store, channel.name, channel.target)
        wanted = [i for i in dict.fromkeys([*alert_ids, *retry]) if i not in done]
        if not wanted:
            results.append(DeliveryResult(channel.name, channel.target, 0))
            continue
        alerts = list_alerts(store, ids=wanted)
        try:
            channel.send(alerts)
        except (OSError, smtplib.SMTPException, httpx.HTTPError) as exc:
            write.record_deliveries(store, wanted, channel.name, channel.target, "failed",
                                 f"{type(exc).__name__}: {exc}")
            results.append(DeliveryResult(channel.name, channel.target, 0, str(exc)))
            continue
        write.record_deliveries(store, wanted, channel.name, channel.target, "sent")
        results.append(DeliveryResult(channel.name, channel.target, len(alerts)))
    return results
