"""Commands of the curated knowledge base: demo, coverage, curated.

Registered on the shared Typer app when app.py imports this module.
"""

from __future__ import annotations

from techties.interfaces.cli.app import app  # noqa: F401
