"""Persistence: SQLAlchemy models, the database engine, migrations, the Aadhaar vault."""
