"""Commands of trajectories and early warning: alerts, brief, backtest, watchlist.

Registered on the shared Typer app when app.py imports this module.
"""

from __future__ import annotations

from techties.interfaces.cli.app import app  # noqa: F401
