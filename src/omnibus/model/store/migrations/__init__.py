"""Alembic migrations of the local store, run programmatically by `omnibus.model.store.migrate` (no ini file)."""
