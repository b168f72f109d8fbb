"""`collector-desk check` and the other commands against a team's server: an empty
database is fine, a reachable one at head is fine, and no output ever shows the password."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import make_url

from collector_desk.services.context import Desk
from collector_desk.store.db import mask_url, redact

pytestmark = pytest.mark.pg


def run_cli(
    *args: str, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "collector_desk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        check=False,
    )


def test_check_on_an_empty_server_database(pg_url: str, tmp_path: Path) -> None:
    password = make_url(pg_url).password
    assert password
    out = run_cli("--data-dir", str(tmp_path), "--database-url", pg_url, "check")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "ok   database server" in out.stdout
    assert "empty" in out.stdout and "server init" in out.stdout
    assert password not in out.stdout + out.stderr
    assert mask_url(pg_url) in out.stdout


def test_check_at_head_from_the_environment(pg_url: str, tmp_path: Path) -> None:
    Desk.open(tmp_path, url=pg_url).close()  # the first workstation sets up the schema
    out = run_cli("--data-dir", str(tmp_path), "check", env={"COLLECTOR_DESK_DATABASE_URL": pg_url})
    assert out.returncode == 0, out.stdout + out.stderr
    assert "ok   database schema" in out.stdout and "schema at head" in out.stdout
    assert make_url(pg_url).password not in out.stdout + out.stderr


def test_wrong_password_and_no_server_say_so_in_a_line(pg_url: str, tmp_path: Path) -> None:
    wrong = make_url(pg_url).set(password="not-the-Pa55word")
    for url, expect in (
        (wrong, "password authentication failed"),
        (make_url(pg_url).set(port=1), "refused"),
    ):
        text_url = url.render_as_string(hide_password=False)
        out = run_cli("--data-dir", str(tmp_path), "--database-url", text_url, "check")
        assert out.returncode == 1
        assert "FAIL database server" in out.stdout and expect in out.stdout
        assert "Traceback" not in out.stderr
        assert str(url.password) not in out.stdout + out.stderr
        # a command that opens the desk: one line on stderr, no traceback, no password
        out = run_cli("--data-dir", str(tmp_path), "--database-url", text_url, "cases")
        assert out.returncode == 1
        assert out.stderr.startswith("collector-desk: database server ")
        assert "Traceback" not in out.stderr and expect in out.stderr
        assert str(url.password) not in out.stdout + out.stderr


def test_cases_and_demo_on_the_server(pg_url: str, tmp_path: Path) -> None:
    out = run_cli("--data-dir", str(tmp_path), "--database-url", pg_url, "demo", "--cases", "20")
    assert out.returncode == 0, out.stderr
    out = run_cli("--data-dir", str(tmp_path), "--database-url", pg_url, "cases", "--json")
    assert out.returncode == 0, out.stderr
    assert '"count": 20' in out.stdout
    assert make_url(pg_url).password not in out.stdout + out.stderr


def test_masking_covers_query_passwords_and_encoded_ones() -> None:
    url = "postgresql://bob:s%40cret@db.example:5432/desk?sslmode=require&sslpassword=xyz"
    masked = mask_url(url)
    assert masked == "postgresql://bob:***@db.example:5432/desk?sslmode=require&sslpassword=***"
    said = redact(f"cannot open {url}: bad s@cret or s%40cret, key xyz", url)
    assert "s@cret" not in said and "s%40cret" not in said and "xyz" not in said
    assert masked in said
