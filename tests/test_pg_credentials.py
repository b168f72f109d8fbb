"""A team server's password in the OS credential store: `server remember-password`
checks it and keeps it there, a URL without a password then works, and no output
shows it. A machine without a credential store gets a clear message."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sqlalchemy import make_url
from test_pg_check import run_cli

pytestmark = pytest.mark.pg
TESTS = Path(__file__).parent


def keyring_env(tmp_path: Path, backend: str = "file_keyring.FileKeyring") -> dict[str, str]:
    return {
        "PYTHON_KEYRING_BACKEND": backend,
        "TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
        "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")]),
        "COLLECTOR_DESK_NO_KEYRING": "",
    }


def test_a_remembered_password_completes_the_url(pg_url: str, tmp_path: Path) -> None:
    url = make_url(pg_url)
    secret = str(url.password)
    bare = url._replace(password=None).render_as_string(hide_password=False)
    env = keyring_env(tmp_path)
    base = ("--data-dir", str(tmp_path / "ws"), "--database-url", bare)

    wrong = run_cli(*base, "server", "remember-password", "--password-stdin", env=env,
                    stdin="not-the-password\n")  # fmt: skip
    assert wrong.returncode == 1 and "password authentication failed" in wrong.stderr
    assert not (tmp_path / "keyring.json").exists()

    done = run_cli(*base, "server", "remember-password", "--password-stdin", env=env,
                   stdin=secret + "\n")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "kept in the credential store" in done.stdout
    assert secret in (tmp_path / "keyring.json").read_text("utf-8")  # the stand-in's file

    cases = run_cli(*base, "cases", "--json", env=env)
    assert cases.returncode == 0, cases.stderr
    assert json.loads(cases.stdout)["cases"] == []
    status = run_cli(*base, "server", "status", env=env)
    assert status.returncode == 0, status.stderr
    for out in (wrong, done, cases, status):
        assert secret not in out.stdout + out.stderr

    # without the credential store, the same URL says what to do
    forgotten = run_cli(*base, "cases", env={**env, "COLLECTOR_DESK_NO_KEYRING": "1"})
    assert forgotten.returncode != 0 and "Traceback" not in forgotten.stderr
    assert "remember-password" in forgotten.stderr


def test_no_credential_store_is_said_plainly(pg_url: str, tmp_path: Path) -> None:
    bare = make_url(pg_url)._replace(password=None).render_as_string(hide_password=False)
    env = keyring_env(tmp_path, "keyring.backends.fail.Keyring")
    out = run_cli("--data-dir", str(tmp_path / "ws"), "--database-url", bare,
                  "server", "remember-password", "--password-stdin", env=env, stdin="x\n")  # fmt: skip
    assert out.returncode == 1
    assert "no credential store" in out.stderr and "Traceback" not in out.stderr
