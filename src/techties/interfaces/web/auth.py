"""Who is asking: API tokens, session cookies, single-user mode, roles and CSRF.

Bound to a loopback address with no user created, the app runs in single-user mode: every
request acts as the local admin and nobody logs in. Once a user exists, or when it is bound
to any other address, a page needs a session (login) and the API a session or a token.
Pages that change something carry a CSRF token (double submit: a random cookie that a
form must repeat); the API asks the same of a cookie-authenticated write in the
X-CSRF-Token header, and nothing of a token-authenticated one.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from fastapi import HTTPException, Request

from techties import settings
from techties.interfaces.web.throttle import Throttle
from techties.store.accounts import Accounts, User

SESSION_COOKIE = "techties_session"
CSRF_COOKIE = "techties_csrf"
CSRF_HEADER = "x-csrf-token"
LOCAL_USER = User(id=0, username="local", role="admin")
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


def is_loopback(host: str) -> bool:
    """Whether `host` names this machine only (127.0.0.0/8, ::1, localhost)."""
    if host.strip("[]").lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def client_key(request: Request) -> str:
    """The throttle's key for the client address (the proxy's client with --proxy-headers)."""
    return f"client {request.client.host if request.client else '?'}"


def too_many(wait: int) -> HTTPException:
    return HTTPException(429, f"too many failed attempts: try again in {wait} s",
                         headers={"Retry-After": str(wait)})


class LoginRequired(Exception):
    """A page asked for by nobody signed in; answered with a redirect to the login page."""

    def __init__(self, next_url: str):
        super().__init__(next_url)
        self.next_url = next_url


@dataclass(frozen=True)
class Identity:
    user: User | None
    how: str  # "token", "session", "single-user" or "" (nobody)


class Access:
    """Resolves the user of a request against one store's accounts."""

    def __init__(self, accounts: Accounts, host: str, throttle: Throttle | None = None):
        self.accounts = accounts
        self.loopback = is_loopback(host)
        self.throttle = throttle or Throttle(*settings.login_limits())

    def login_required(self) -> bool:
        return not self.loopback or self.accounts.has_users()

    def identify(self, request: Request) -> Identity:
        cached = getattr(request.state, "identity", None)
        if isinstance(cached, Identity):
            return cached
        identity = self._identify(request)
        request.state.identity = identity
        return identity

    def _identify(self, request: Request) -> Identity:
        header = request.headers.get("authorization", "")
        if header.lower().startswith("bearer "):
            client = client_key(request)
            wait = self.throttle.wait(client)
            if wait:
                raise too_many(wait)
            user = self.accounts.token_user(header[7:].strip())
            if user is None:
                self.throttle.fail(client)
                raise HTTPException(401, "invalid or revoked API token",
                                    headers={"WWW-Authenticate": "Bearer"})
            return Identity(user, "token")
        cookie = request.cookies.get(SESSION_COOKIE)
        if cookie:
            user = self.accounts.session_user(cookie)
            if user is not None:
                return Identity(user, "session")
        if not self.login_required():
            return Identity(LOCAL_USER, "single-user")
        return Identity(None, "")


def access(request: Request) -> Access:
    found: Access = request.app.state.access
    return found


def csrf_token(request: Request) -> str:
    """The CSRF token of this browser: its cookie, or a new one set on the response."""
    token = request.cookies.get(CSRF_COOKIE, "")
    if len(token) < 32 or not token.replace("-", "").replace("_", "").isalnum():
        token = getattr(request.state, "new_csrf", None) or secrets.token_urlsafe(32)
        request.state.new_csrf = token
    return token


def rotate_csrf(request: Request) -> None:
    """A new CSRF token for this browser (set on the response), as its session changes:
    a token planted or read before sign-in is worth nothing after it."""
    request.state.new_csrf = secrets.token_urlsafe(32)


def check_csrf(request: Request, submitted: str | None) -> None:
    """Refuse a write whose token does not repeat the cookie, or that comes from elsewhere."""
    cookie = request.cookies.get(CSRF_COOKIE, "")
    if not cookie or not submitted or not hmac.compare_digest(cookie, submitted):
        raise HTTPException(403, "missing or wrong CSRF token: reload the page and try again")
    origin = request.headers.get("origin")
    if origin and origin != "null":
        expected = f"{request.url.scheme}://{request.url.netloc}"
        if origin.rstrip("/") != expected:
            raise HTTPException(403, "cross-site request refused")


def api_user(role: str = "viewer") -> Callable[[Request], User]:
    """A dependency: the API caller, who must hold `role`."""

    def dependency(request: Request) -> User:
        identity = access(request).identify(request)
        if identity.user is None:
            raise HTTPException(401, "authentication required: sign in or send "
                                "'Authorization: Bearer <token>'",
                                headers={"WWW-Authenticate": "Bearer"})
        if not identity.user.can(role):
            raise HTTPException(403, f"this needs the {role} role")
        if request.method not in SAFE_METHODS and identity.how != "token":
            check_csrf(request, request.headers.get(CSRF_HEADER))
        return identity.user

    return dependency


def page_user(role: str = "viewer") -> Callable[[Request], User]:
    """A dependency: the signed-in reader of a page, who must hold `role`."""

    def dependency(request: Request) -> User:
        identity = access(request).identify(request)
        if identity.user is None:
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            raise LoginRequired(target)
        if not identity.user.can(role):
            raise HTTPException(403, f"this page needs the {role} role")
        return identity.user

    return dependency


def safe_next(url: str | None) -> str:
    """A local path to go to after login; anything else (another site) becomes '/'."""
    if not url or not url.startswith("/") or url.startswith("//") or "\\" in url:
        return "/"
    return url
