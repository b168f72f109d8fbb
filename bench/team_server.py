"""The PostgreSQL server the team benches run against.

COLLECTOR_DESK_TEST_PG_URL (a server where that role may create databases), else a
throwaway cluster like the tests' (tests/pg_fixture.py: initdb in a temp dir,
loopback, stopped at the end). Either way a fresh database, dropped at the end.
"""

from __future__ import annotations

import os
import sys
from contextlib import ExitStack

from bench_common import ROOT

if str(ROOT / "tests") not in sys.path:
    sys.path.insert(0, str(ROOT / "tests"))


def server_database(stack: ExitStack) -> str:
    """A fresh database's URL (password included: for this process's children only)."""
    from sqlalchemy import make_url

    given = os.environ.get("COLLECTOR_DESK_TEST_PG_URL")
    if given:
        from pg_fixture import PgCluster

        cluster = PgCluster(make_url(given))
    else:
        from pg_fixture import pg_bindir, throwaway_cluster

        bindir = pg_bindir()
        if bindir is None:
            sys.exit("no PostgreSQL server binaries: install Debian's `postgresql` package")
        cluster = stack.enter_context(throwaway_cluster(bindir))
    url = cluster.create_database()
    stack.callback(cluster.drop_database, url)
    return url.render_as_string(hide_password=False)
