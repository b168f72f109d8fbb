from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pg_fixture import pg_cluster, pg_url  # noqa: F401  (a real PostgreSQL server)

from collector_desk.services.context import Desk


def _own_user_folders() -> None:
    """Tests keep their Qt settings (window geometry, hidden columns) and logs in a
    folder of their own, for this process and every app process a test starts, so a
    test run never moves the developer's own window or fills their log. pip's
    settings are linked in: a test that builds a package finds the same wheels."""
    import atexit
    import shutil
    import tempfile

    home = Path(tempfile.mkdtemp(prefix="collector-desk-tests-"))
    atexit.register(shutil.rmtree, home, ignore_errors=True)
    pip = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "pip"
    (home / "config").mkdir()
    if pip.is_dir():
        (home / "config" / "pip").symlink_to(pip, target_is_directory=True)
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_STATE_HOME"] = str(home / "state")


_own_user_folders()

# No per-example deadline: speed goals live in bench/, and on a loaded machine a
# trivial example can take longer than hypothesis's 200 ms and fail as "flaky".
settings.register_profile("collector-desk", deadline=None)
settings.load_profile("collector-desk")

TODAY = date(2026, 3, 16)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Before a test's fixtures close its database, stop the window's workers, as
    the app does when its window closes (`app.run_gui`): cancel, then wait for the
    running work. A worker still inside SQLite while the engine is disposed and the
    widgets torn down crashed a CI run (tests/test_targets_ui.py, exit -11)."""
    ops = sys.modules.get("collector_desk.ui.ops")
    if ops is not None:
        ops.cancel_all()
        ops.wait_for_workers(30_000)
    return (yield)


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    """A real SQLite database in a temporary folder, with a fixed today."""
    d = Desk.open(
        tmp_path / "data",
        today=lambda: TODAY,
        now=lambda: datetime(TODAY.year, TODAY.month, TODAY.day, 2, 30, tzinfo=UTC),
    )
    d.set_settings(
        collector_id="C001", collector_name="测试员", lender_accounts=["招商银行 6214830100001234"]
    )
    yield d
    d.close()


# --- the same tests on a team's server ---------------------------------------------------
# COLLECTOR_DESK_TEST_BACKEND=postgresql runs a test file with every desk it opens on a
# fresh database of the test server (one per data folder, so a folder opened again is
# the same database), through the app's own `open_database(url=...)`. Tests of what only
# a SQLite file has (its path, raw sqlite3, PRAGMAs) carry @pytest.mark.sqlite_only.
BACKEND = os.environ.get("COLLECTOR_DESK_TEST_BACKEND", "sqlite")


@pytest.fixture(autouse=True)
def _backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    if BACKEND != "postgresql":
        yield
        return
    if request.node.get_closest_marker("sqlite_only"):
        pytest.skip("a SQLite file's own behaviour")
    from sqlalchemy import make_url

    from collector_desk.services import context
    from collector_desk.store import db as store_db

    cluster = request.getfixturevalue("pg_cluster")
    urls: dict[Path, str] = {}
    real = store_db.open_database

    def on_server(data_dir: Path, *args: object, url: str | None = None, **kw: object) -> object:
        if url is None:
            key = Path(data_dir).resolve()
            if key not in urls:
                urls[key] = cluster.create_database().render_as_string(hide_password=False)
            url = urls[key]
        return real(data_dir, *args, url=url, **kw)

    monkeypatch.setattr(context, "open_database", on_server)
    yield
    for u in urls.values():
        cluster.drop_database(make_url(u))


@pytest.fixture
def seeded(tmp_path: Path) -> tuple[Path, str]:
    """A data folder with one case whose first instalment falls due on 2026-03-20, and
    that case's contract number (the hostile-input tests start from it)."""
    from worklist_support import SH, Clock, make_case, open_desk

    from collector_desk.services.case_detail import load

    desk = open_desk(tmp_path, Clock(datetime(2026, 3, 16, 10, 0, tzinfo=SH)))
    try:
        contract = load(desk, make_case(desk, disbursed=date(2026, 2, 20))).contract_no
    finally:
        desk.close()
    return tmp_path / "data", contract
