"""Alembic migrations of the Secretariat's database, run programmatically by `omnibus.secretariat.migrate`."""
