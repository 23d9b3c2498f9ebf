"""Analysis: one event from many reports, indicators of the trajectory, alert rules as data,
watchlists, delivery of alerts, and the backtest of the rules on the curated knowledge base.

The dashboard's entry points: `alerts.active_alerts(store)` and `delivery.atom_feed(alerts)`.
"""
