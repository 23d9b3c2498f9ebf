"""The analyst's last visit, kept in a cookie, so the overview can say what is new since then.

The cookie holds two moments: the start of the previous visit and the latest request. A visit
ends after VISIT_GAP of quiet, so reloading the page does not make everything old.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

COOKIE = "techties_visit"
VISIT_GAP = timedelta(minutes=30)
MAX_AGE_S = 60 * 60 * 24 * 400


def _moment(text: str) -> datetime | None:
    try:
        moment = datetime.fromtimestamp(int(text), UTC)
    except (ValueError, OverflowError, OSError):
        return None
    return moment


def last_visit(cookie: str | None, now: datetime) -> tuple[datetime | None, str]:
    """(start of the previous visit or None on a first visit, the cookie's new value)."""
    previous = latest = None
    if cookie and "." in cookie:
        first, _, second = cookie.partition(".")
        previous, latest = _moment(first), _moment(second)
    if latest is not None and latest <= now and now - latest > VISIT_GAP:
        previous = latest  # the last visit ended: it is what "new" counts from now on
    value = f"{int(previous.timestamp()) if previous else 0}.{int(now.timestamp())}"
    if previous is not None and previous.timestamp() <= 0:
        previous = None
    return previous, value
