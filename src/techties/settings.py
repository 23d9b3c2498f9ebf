"""TECHTIES_* environment settings, declared as data with defaults and help."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs


@dataclass(frozen=True)
class Setting:
    name: str
    default: str | None
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("TECHTIES_DATA_DIR", None, "Folder for the default SQLite file and caches "
            "(default: the user's data directory)."),
    Setting("TECHTIES_DB", None, "Database URL (sqlite:///… or postgresql+psycopg://…); "
            "default: a SQLite file in the data directory."),
    Setting("TECHTIES_MAX_BYTES", str(20 * 1024 * 1024), "Largest file or download ingested, in bytes."),
    Setting("TECHTIES_MAX_TEXT_CHARS", "100000", "Longest text kept per document, in characters; "
            "a longer one is cut at a paragraph or sentence end and reported (0: no limit)."),
    Setting("TECHTIES_LOCK_WAIT", "600", "Seconds an ingest waits for another ingest into the "
            "same store to finish before it gives up."),
    Setting("TECHTIES_FETCH_TIMEOUT", "20", "Seconds a URL fetch may take in all (connect, headers, body)."),
    Setting("TECHTIES_ALLOW_PRIVATE_URLS", "0", "1 lets ingest fetch loopback and private addresses."),
    Setting("TECHTIES_WATCH_HOST_SPACING", "2", "Seconds `techties watch` leaves between two requests "
            "to one host (a feed and the article pages it links to are often on one host)."),
    # co-publications (techties science import openalex)
    Setting("TECHTIES_OPENALEX_URL", "https://api.openalex.org/works", "The OpenAlex works endpoint "
            "that `techties science import openalex` pages through."),
    Setting("TECHTIES_OPENALEX_MAILTO", None, "Your e-mail address, sent to OpenAlex as `mailto` "
            "to join its polite pool (also `--mailto`)."),
    # the web server (techties serve)
    Setting("TECHTIES_ALLOWED_HOSTS", None, "Host names the server answers to besides loopback ones, "
            "separated by commas (also `techties serve --allowed-host`)."),
    Setting("TECHTIES_LOGIN_MAX_FAILURES", "10", "Failed sign-ins or API tokens, from one client or "
            "for one account, after which it must wait (HTTP 429)."),
    Setting("TECHTIES_LOGIN_WINDOW", "300", "Seconds over which those failures count, and that the "
            "client or account then waits."),
    # alert delivery (techties alerts --deliver): e-mail when SMTP host and recipients are set,
    # a webhook when its URL is set
    Setting("TECHTIES_SMTP_HOST", None, "SMTP server that sends alert e-mails."),
    Setting("TECHTIES_SMTP_PORT", "587", "Port of the SMTP server."),
    Setting("TECHTIES_SMTP_USER", None, "SMTP login, if the server wants one."),
    Setting("TECHTIES_SMTP_PASSWORD", None, "SMTP password."),
    Setting("TECHTIES_SMTP_STARTTLS", "1", "1 upgrades the SMTP connection with STARTTLS; 0 does not."),
    Setting("TECHTIES_ALERT_FROM", "techties@localhost", "Sender address of alert e-mails."),
    Setting("TECHTIES_ALERT_TO", None, "Recipients of alert e-mails, separated by commas."),
    Setting("TECHTIES_ALERT_WEBHOOK", None, "URL that receives new alerts as a JSON POST."),
)


def get(name: str) -> str | None:
    """The value of a declared setting: the environment first, then its default."""
    for setting in SETTINGS:
        if setting.name == name:
            return os.environ.get(name, setting.default)
    raise KeyError(f"undeclared setting {name}")


def data_dir() -> Path:
    configured = get("TECHTIES_DATA_DIR")
    path = Path(configured) if configured else Path(platformdirs.user_data_dir("techties"))
    path.mkdir(parents=True, exist_ok=True)
    return path


DEFAULT_FILE = "techties.sqlite"
DEMO_FILE = "demo.sqlite"


def as_database_url(text: str) -> str:
    """A database URL as given, or a plain file path as the URL of that SQLite file."""
    if "://" in text or text.startswith("sqlite:"):
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def database_url(explicit: str | None = None, *, writing: bool = False) -> str:
    """The database to use: an explicit URL or path, else TECHTIES_DB, else the default file.

    The default file is the user's own store (techties.sqlite in the data directory). Until
    it exists, the demo's store (demo.sqlite, left by `techties demo`) is read instead, so the
    command after the demo finds its events; a command that adds content (`writing`, e.g.
    ingest) creates the user's own store and from then on that one is the default.
    """
    if explicit:
        return as_database_url(explicit)
    configured = get("TECHTIES_DB")
    if configured:
        return as_database_url(configured)
    return f"sqlite:///{default_database_path(writing=writing)}"


def default_database_path(*, writing: bool = False) -> Path:
    own, demo = data_dir() / DEFAULT_FILE, data_dir() / DEMO_FILE
    return demo if not writing and not own.exists() and demo.exists() else own


def demo_is_default() -> bool:
    """True when a command without --db or TECHTIES_DB reads the demo's store."""
    return not get("TECHTIES_DB") and default_database_path().name == DEMO_FILE


def max_bytes() -> int:
    return int(get("TECHTIES_MAX_BYTES") or 0)


def max_text_chars() -> int:
    return int(get("TECHTIES_MAX_TEXT_CHARS") or 0)


def lock_wait() -> float:
    return float(get("TECHTIES_LOCK_WAIT") or 0)


def fetch_timeout() -> float:
    return float(get("TECHTIES_FETCH_TIMEOUT") or 20)


def allow_private_urls() -> bool:
    return (get("TECHTIES_ALLOW_PRIVATE_URLS") or "0") in {"1", "true", "yes"}


def watch_host_spacing() -> float:
    return float(get("TECHTIES_WATCH_HOST_SPACING") or 0)


def allowed_hosts() -> tuple[str, ...]:
    return tuple(h.strip().lower() for h in (get("TECHTIES_ALLOWED_HOSTS") or "").split(",") if h.strip())


def login_limits() -> tuple[int, float]:
    """How many failures, within how many seconds, before a client or account must wait."""
    return int(get("TECHTIES_LOGIN_MAX_FAILURES") or 10), float(get("TECHTIES_LOGIN_WINDOW") or 300)
