"""A real PostgreSQL server for the tests: a throwaway cluster per test session.

`initdb` in a temporary folder, `postgres` on a free loopback port with its unix
socket in the same folder, stopped and removed at the end. Each test that asks
for `pg_url` gets a fresh, empty database on it.

Where to find the server: COLLECTOR_DESK_TEST_PG_URL (an existing server where
the URL's role may create databases), else the PostgreSQL binaries on PATH or in
/usr/lib/postgresql/*/bin (Debian's `postgresql` package). Without either, the
`pg` tests are skipped, except under CI (CI=true), where that is a failure:
.ci/run installs the package, and a green run that skipped them would hide it.

initdb and postgres refuse to run as root; as root the cluster runs as the
`postgres` OS user (created by Debian's package) through `runuser`.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import URL, create_engine, make_url, text

ADMIN = "desk_admin"
TIMEOUT_S = 60


def pg_bindir() -> Path | None:
    """The folder with initdb, pg_ctl and postgres, or None."""
    found = shutil.which("pg_ctl")
    if found is not None and shutil.which("initdb") is not None:
        return Path(os.path.realpath(found)).parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), reverse=True)
    for pg_ctl in candidates:  # newest major version first (lexical is enough for 1x)
        if (pg_ctl.parent / "initdb").exists() and (pg_ctl.parent / "postgres").exists():
            return pg_ctl.parent
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_user_prefix() -> tuple[list[str], str | None]:
    """The command prefix to run the server, and the OS user to own its files."""
    if os.geteuid() != 0:
        return [], None
    runuser = shutil.which("runuser")
    if runuser is None:
        pytest.fail("running as root, and no `runuser` to start PostgreSQL as another user")
    import pwd

    try:
        pwd.getpwnam("postgres")
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "postgres"], check=True, timeout=30
        )
    return [runuser, "-u", "postgres", "--"], "postgres"


@dataclass
class PgCluster:
    """A running server and the admin URL to it."""

    admin_url: URL
    _names: Iterator[int] = field(default_factory=itertools.count)

    def url(self, database: str, *, user: str | None = None, password: str | None = None) -> URL:
        url = self.admin_url.set(database=database)
        if user is not None:
            url = url.set(username=user, password=password)
        return url

    def create_database(self) -> URL:
        name = f"desk_test_{os.getpid()}_{next(self._names)}"
        self._admin(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, url: URL) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')

    def _admin(self, sql: str) -> None:
        engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.execute(text(sql))
        finally:
            engine.dispose()


@contextlib.contextmanager
def throwaway_cluster(bindir: Path) -> Iterator[PgCluster]:
    prefix, owner = _as_user_prefix()
    # Not under pytest's tmp folder: that is 0700 root, which the postgres user cannot enter.
    root = Path(tempfile.mkdtemp(prefix="desk-pg-"))
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    password = secrets.token_urlsafe(16)
    pwfile = root / "pw"
    pwfile.write_text(password + "\n")
    if owner is not None:
        root.chmod(0o755)
        shutil.chown(root, owner)
        shutil.chown(sock, owner)
        shutil.chown(pwfile, owner)
    log = root / "server.log"
    subprocess.run(
        [*prefix, str(bindir / "initdb"), "-D", str(data), "-U", ADMIN, "--pwfile", str(pwfile),
         "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8",
         "--no-sync"],
        check=True, capture_output=True, timeout=TIMEOUT_S,
    )  # fmt: skip
    pwfile.unlink()
    port = _free_port()
    options = (
        f"-c listen_addresses=127.0.0.1 -p {port} -k {sock} -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=120"
    )
    if owner is not None:
        log.touch()
        shutil.chown(log, owner)
    started = subprocess.run(
        [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w",
         "-t", str(TIMEOUT_S), "-o", options, "start"],
        capture_output=True, text=True, timeout=TIMEOUT_S + 10,
    )  # fmt: skip
    if started.returncode != 0:
        tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"PostgreSQL did not start: {started.stderr.strip()}\n{tail}")
    url = URL.create(
        "postgresql+psycopg",
        username=ADMIN,
        password=password,
        host="127.0.0.1",
        port=port,
        database="postgres",
    )
    try:
        yield PgCluster(url)
    finally:
        subprocess.run(
            [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
            capture_output=True,
            timeout=TIMEOUT_S,
        )
        shutil.rmtree(root, ignore_errors=True)


def _wait_ready(url: URL) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while True:
        engine = create_engine(url)
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
        finally:
            engine.dispose()


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must run the PostgreSQL tests (.ci/run installs postgresql)")
    pytest.skip(
        f"{reason}: install Debian's `postgresql` package (or set COLLECTOR_DESK_TEST_PG_URL)"
    )


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("psycopg is not installed (pip install -e '.[test]')")
    given = os.environ.get("COLLECTOR_DESK_TEST_PG_URL")
    if given:
        url = make_url(given)
        _wait_ready(url)
        yield PgCluster(url)
        return
    bindir = pg_bindir()
    if bindir is None:
        _unavailable("no PostgreSQL server binaries (initdb, pg_ctl) on this machine")
        return
    with throwaway_cluster(bindir) as cluster:
        _wait_ready(cluster.admin_url)
        yield cluster


@pytest.fixture
def pg_url(pg_cluster: PgCluster) -> Iterator[str]:
    """A fresh, empty database on the test server, as a postgresql+psycopg:// URL."""
    url = pg_cluster.create_database()
    yield url.render_as_string(hide_password=False)
    pg_cluster.drop_database(url)
