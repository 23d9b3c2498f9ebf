"""Local accounts: users with roles, web sessions and API tokens.

Passwords are hashed with argon2id (argon2-cffi); session cookies and API tokens are random
secrets of which only the SHA-256 is stored, so a copy of the database opens nothing.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, delete, func, insert, select, update

from techties.exceptions import TechtiesError
from techties.store.models import ApiTokenModel, UserModel, WebSessionModel, utcnow

ROLES = ("viewer", "analyst", "admin")
USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$")
MIN_PASSWORD = 8
TOKEN_PREFIX = "tt_"
SESSION_DAYS = 14

_hasher = PasswordHasher()
# Verified against when the user does not exist, so that a wrong name takes as long as a
# wrong password and does not tell which names exist.
_DUMMY_HASH = _hasher.hash("no such user: a password nobody has")


class AccountError(TechtiesError):
    """A user or token cannot be made or changed as asked (name taken, weak password …)."""


@dataclass(frozen=True)
class User:
    id: int
    username: str
    role: str
    active: bool = True
    created_at: datetime | None = None
    last_login_at: datetime | None = None

    def can(self, role: str) -> bool:
        """Whether this user holds `role` or a higher one (viewer < analyst < admin)."""
        return ROLES.index(self.role) >= ROLES.index(role)


@dataclass(frozen=True)
class TokenRow:
    id: int
    username: str
    name: str
    prefix: str
    created_at: datetime
    last_used_at: datetime | None
    revoked: bool


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _user(row: object) -> User:
    return User(id=row.id, username=row.username, role=row.role,  # type: ignore[attr-defined]
                active=bool(row.active), created_at=row.created_at,  # type: ignore[attr-defined]
                last_login_at=row.last_login_at)  # type: ignore[attr-defined]


class Accounts:
    """Users, sessions and tokens of one store's database."""

    def __init__(self, engine: Engine):
        self.engine = engine

    # -- users ---------------------------------------------------------------------------

    def has_users(self) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(UserModel.id).limit(1)).first() is not None

    def users(self) -> list[User]:
        with self.engine.connect() as conn:
            return [_user(r) for r in conn.execute(select(UserModel).order_by(UserModel.username))]

    def user(self, username: str) -> User | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(UserModel).where(UserModel.username == username)).first()
        return _user(row) if row else None

    def add_user(self, username: str, password: str, role: str = "viewer") -> User:
        if not USERNAME.match(username):
            raise AccountError(f"bad user name {username!r}: letters, digits and _ . @ - only, "
                               "at most 64")
        self._check(password, role)
        with self.engine.begin() as conn:
            if conn.execute(select(UserModel.id).where(UserModel.username == username)).first():
                raise AccountError(f"user {username!r} exists already")
            conn.execute(insert(UserModel).values(
                username=username, password_hash=_hasher.hash(password), role=role, active=True,
                created_at=utcnow()))
        user = self.user(username)
        assert user is not None
        return user

    def set_password(self, username: str, password: str) -> None:
        self._check(password, "viewer")
        self._update(username, password_hash=_hasher.hash(password))
        self.end_sessions(username)

    def set_role(self, username: str, role: str) -> None:
        self._check(None, role)
        self._update(username, role=role)

    def set_active(self, username: str, active: bool) -> None:
        self._update(username, active=active)
        if not active:
            self.end_sessions(username)

    def remove_user(self, username: str) -> None:
        with self.engine.begin() as conn:
            found = conn.execute(delete(UserModel).where(UserModel.username == username))
        if not found.rowcount:
            raise AccountError(f"no user {username!r}")

    def _check(self, password: str | None, role: str) -> None:
        if role not in ROLES:
            raise AccountError(f"role {role!r} is not one of {', '.join(ROLES)}")
        if password is not None and len(password) < MIN_PASSWORD:
            raise AccountError(f"the password needs at least {MIN_PASSWORD} characters")

    def _update(self, username: str, **values: object) -> None:
        with self.engine.begin() as conn:
            found = conn.execute(update(UserModel).where(UserModel.username == username)
                                 .values(**values))
        if not found.rowcount:
            raise AccountError(f"no user {username!r}")

    def authenticate(self, username: str, password: str) -> User | None:
        """The active user with this name and password, else None (in constant-ish time)."""
        with self.engine.connect() as conn:
            row = conn.execute(select(UserModel).where(UserModel.username == username)).first()
        try:
            _hasher.verify(row.password_hash if row else _DUMMY_HASH, password)
        except (VerificationError, InvalidHashError):
            return None
        if row is None or not row.active:
            return None
        values: dict[str, object] = {"last_login_at": utcnow()}
        if _hasher.check_needs_rehash(row.password_hash):
            values["password_hash"] = _hasher.hash(password)
        with self.engine.begin() as conn:
            conn.execute(update(UserModel).where(UserModel.id == row.id).values(**values))
        return _user(row)

    # -- sessions ------------------------------------------------------------------------

    def start_session(self, user: User, days: int = SESSION_DAYS) -> str:
        """A new session for `user`; returns the cookie value (only its hash is kept)."""
        token = secrets.token_urlsafe(32)
        now = utcnow()
        with self.engine.begin() as conn:
            conn.execute(delete(WebSessionModel).where(WebSessionModel.expires_at < now))
            conn.execute(insert(WebSessionModel).values(
                id=_digest(token), user_id=user.id, created_at=now,
                expires_at=now + timedelta(days=days)))
        return token

    def session_user(self, token: str) -> User | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(UserModel).join(WebSessionModel, WebSessionModel.user_id == UserModel.id)
                .where(WebSessionModel.id == _digest(token), WebSessionModel.expires_at > utcnow(),
                       UserModel.active.is_(True))).first()
        return _user(row) if row else None

    def end_session(self, token: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(WebSessionModel).where(WebSessionModel.id == _digest(token)))

    def end_sessions(self, username: str) -> None:
        with self.engine.begin() as conn:
            ids = select(UserModel.id).where(UserModel.username == username).scalar_subquery()
            conn.execute(delete(WebSessionModel).where(WebSessionModel.user_id == ids))

    # -- API tokens ----------------------------------------------------------------------

    def create_token(self, username: str, name: str = "") -> tuple[str, TokenRow]:
        """A new API token for `username`; the secret is returned once and never stored."""
        user = self.user(username)
        if user is None:
            raise AccountError(f"no user {username!r}")
        secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
        with self.engine.begin() as conn:
            conn.execute(insert(ApiTokenModel).values(
                user_id=user.id, name=name, token_hash=_digest(secret), prefix=secret[:10],
                created_at=utcnow()))
        token = next(t for t in self.tokens(username) if t.prefix == secret[:10])
        return secret, token

    def token_user(self, secret: str) -> User | None:
        """The active user an unrevoked token belongs to, else None; notes when it was used."""
        if not secret.startswith(TOKEN_PREFIX):
            return None
        with self.engine.connect() as conn:
            row = conn.execute(
                select(UserModel, ApiTokenModel.id.label("token_id"))
                .join(ApiTokenModel, ApiTokenModel.user_id == UserModel.id)
                .where(ApiTokenModel.token_hash == _digest(secret),
                       ApiTokenModel.revoked_at.is_(None), UserModel.active.is_(True))).first()
        if row is None:
            return None
        with self.engine.begin() as conn:
            conn.execute(update(ApiTokenModel).where(ApiTokenModel.id == row.token_id)
                         .values(last_used_at=utcnow()))
        return _user(row)

    def tokens(self, username: str | None = None) -> list[TokenRow]:
        stmt = (select(ApiTokenModel, UserModel.username)
                .join(UserModel, UserModel.id == ApiTokenModel.user_id)
                .order_by(ApiTokenModel.created_at, ApiTokenModel.id))
        if username:
            stmt = stmt.where(UserModel.username == username)
        with self.engine.connect() as conn:
            return [TokenRow(id=r.id, username=r.username, name=r.name, prefix=r.prefix,
                             created_at=r.created_at, last_used_at=r.last_used_at,
                             revoked=r.revoked_at is not None) for r in conn.execute(stmt)]

    def revoke_token(self, token_id: int) -> None:
        with self.engine.begin() as conn:
            found = conn.execute(update(ApiTokenModel).where(
                ApiTokenModel.id == token_id, ApiTokenModel.revoked_at.is_(None))
                .values(revoked_at=utcnow()))
        if not found.rowcount:
            raise AccountError(f"no active token {token_id}")

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count(UserModel.id))).scalar_one())
