"""Pure rules of the collections course. No Qt, no SQLAlchemy, no I/O."""
