"""Regenerate migration 0001 from the models. Only while schema 1 is unreleased.

Usage: .venv/bin/python tools/regen_initial_migration.py
Once a release ships, freeze 0001 and add new revisions with
`alembic revision --autogenerate` instead.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

from collector_desk.store.db import MIGRATIONS

VERSIONS = MIGRATIONS / "versions"


def main() -> None:
    for old in VERSIONS.glob("0001_*.py"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{Path(tmp) / 'empty.sqlite'}")
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.attributes["engine"] = engine
        command.revision(cfg, message="initial schema", autogenerate=True, rev_id="0001")
        engine.dispose()
    made = next(VERSIONS.glob("0001_*.py"))
    target = VERSIONS / "0001_initial_schema.py"
    made.rename(target)
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
