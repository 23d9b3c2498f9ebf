"""Commands of the web app and accounts: serve, user, token.

Registered on the shared Typer app when app.py imports this module.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.table import Table

from techties.interfaces.cli.app import DbOption, app, console, open_store, out

user_app = typer.Typer(help="Local accounts of the web app: viewer, analyst or admin.",
                       no_args_is_help=True)
token_app = typer.Typer(help="API tokens for scripts (sent as 'Authorization: Bearer …').",
                        no_args_is_help=True)
app.add_typer(user_app, name="user")
app.add_typer(token_app, name="token")

Role = Annotated[str, typer.Option(help="viewer (reads), analyst (also reviews) or admin.")]


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to bind; anything but loopback needs a login.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    allowed_host: Annotated[list[str] | None, typer.Option(
        help="A host name the server answers to besides loopback ones (repeatable; "
             "also TECHTIES_ALLOWED_HOSTS).")] = None,
    proxy_headers: Annotated[bool, typer.Option(
        help="Behind a reverse proxy: trust its X-Forwarded-Proto, -For and -Host.")] = False,
    forwarded_allow_ips: Annotated[str | None, typer.Option(
        help="Addresses of the trusted proxies, comma-separated (default 127.0.0.1).")] = None,
    db: DbOption = None,
) -> None:
    """Serve the analyst's dashboard and the REST API (/api/v1, schema at /openapi.json).
    Behind HTTPS, see docs/reverse-proxy.md."""
    from techties.interfaces.web.server import serve as run

    run(db, host=host, port=port, allowed_hosts=tuple(allowed_host or ()),
        proxy_headers=proxy_headers, forwarded_allow_ips=forwarded_allow_ips)


def _password(password_stdin: bool) -> str:
    if password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


@user_app.command("add")
def user_add(
    username: Annotated[str, typer.Argument(help="Letters, digits and _ . @ -")],
    role: Role = "viewer",
    password_stdin: Annotated[bool, typer.Option("--password-stdin",
                                                 help="Read the password from the first line of stdin.")] = False,
    db: DbOption = None,
) -> None:
    """Create a user; once one exists, the dashboard asks everyone to log in."""
    from techties.store.write import accounts

    password = _password(password_stdin)
    with open_store(db) as store:
        user = accounts(store).add_user(username, password, role)
    console.print(f"user {user.username} ({user.role}) created")


@user_app.command("list")
def user_list(db: DbOption = None) -> None:
    """The users, their roles and last login."""
    from techties.store.write import accounts

    with open_store(db) as store:
        users = accounts(store).users()
    table = Table(title=f"{len(users)} users")
    for column in ("user", "role", "active", "created", "last login"):
        table.add_column(column)
    for u in users:
        table.add_row(u.username, u.role, "yes" if u.active else "no",
                      f"{u.created_at:%Y-%m-%d}" if u.created_at else "",
                      f"{u.last_login_at:%Y-%m-%d %H:%M}" if u.last_login_at else "never")
    out.print(table)


@user_app.command("set-role")
def user_set_role(username: str, role: Annotated[str, typer.Argument(help="viewer, analyst or admin")],
                  db: DbOption = None) -> None:
    """Change a user's role."""
    from techties.store.write import accounts

    with open_store(db) as store:
        accounts(store).set_role(username, role)
    console.print(f"{username} is now {role}")


@user_app.command("set-password")
def user_set_password(
    username: str,
    password_stdin: Annotated[bool, typer.Option("--password-stdin")] = False,
    db: DbOption = None,
) -> None:
    """Set a new password; the user's open sessions end."""
    from techties.store.write import accounts

    password = _password(password_stdin)
    with open_store(db) as store:
        accounts(store).set_password(username, password)
    console.print(f"password of {username} changed")


@user_app.command("remove")
def user_remove(username: str, db: DbOption = None) -> None:
    """Delete a user with their sessions and tokens (their review history stays)."""
    from techties.store.write import accounts

    with open_store(db) as store:
        accounts(store).remove_user(username)
    console.print(f"user {username} removed")


@token_app.command("add")
def token_add(
    username: str,
    name: Annotated[str, typer.Option(help="What the token is for.")] = "",
    db: DbOption = None,
) -> None:
    """Create an API token for a user and print it once (only its hash is kept)."""
    from techties.store.write import accounts

    with open_store(db) as store:
        secret, token = accounts(store).create_token(username, name)
    console.print(f"token {token.id} for {username}; it is shown only now:")
    sys.stdout.write(secret + "\n")


@token_app.command("list")
def token_list(username: Annotated[str | None, typer.Argument()] = None, db: DbOption = None) -> None:
    """API tokens: id, owner, name, first characters, last use."""
    from techties.store.write import accounts

    with open_store(db) as store:
        tokens = accounts(store).tokens(username)
    table = Table(title=f"{len(tokens)} tokens")
    for column in ("id", "user", "name", "starts", "created", "last used", "revoked"):
        table.add_column(column)
    for t in tokens:
        table.add_row(str(t.id), t.username, t.name, t.prefix + "…", f"{t.created_at:%Y-%m-%d}",
                      f"{t.last_used_at:%Y-%m-%d %H:%M}" if t.last_used_at else "never",
                      "yes" if t.revoked else "no")
    out.print(table)


@token_app.command("revoke")
def token_revoke(token_id: int, db: DbOption = None) -> None:
    """Revoke an API token by its id."""
    from techties.store.write import accounts

    with open_store(db) as store:
        accounts(store).revoke_token(token_id)
    console.print(f"token {token_id} revoked")
