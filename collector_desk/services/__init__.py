"""Use cases. Each call is one unit of work and returns frozen dataclasses and
a ChangeSet, never ORM rows."""
