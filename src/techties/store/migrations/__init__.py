"""Alembic migrations of the store, run in code by `techties.store.db.migrate` (no alembic.ini)."""
