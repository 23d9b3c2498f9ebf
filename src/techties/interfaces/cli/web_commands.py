"""Commands of the web app and accounts: serve, user, token.

Registered on the shared Typer app when app.py imports this module.
"""

from __future__ import annotations

from techties.interfaces.cli.app import app  # noqa: F401
