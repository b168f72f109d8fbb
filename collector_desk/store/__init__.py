"""Storage: SQLAlchemy models, engine, migrations, backups, page queries."""
