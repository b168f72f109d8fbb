"""A team server's password when the window starts: asked only when nothing else
gives it (the URL, PGPASSWORD or a password file, the OS credential store), kept in
memory for this session, and remembered only in the OS credential store when the
collector asks for that. Never written to a file of ours."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import make_url

from collector_desk.store import credentials
from collector_desk.store.db import is_server_url


def _libpq_has_one() -> bool:
    if os.environ.get("PGPASSWORD"):
        return True
    passfile = os.environ.get("PGPASSFILE") or str(Path.home() / ".pgpass")
    return Path(passfile).is_file()


def login_to_ask(url: str | None) -> str | None:
    """ "c002 @ db.office.lan:5432/desk" when the window must ask for this login's
    password; None when it needs none or has one."""
    if url is None or not is_server_url(url):
        return None
    u = make_url(url)
    if u.password or "password" in u.query or _libpq_has_one():
        return None
    if credentials.recall(u):
        return None
    return f"{u.username or ''} @ {u.host or 'localhost'}:{u.port or 5432}/{u.database or ''}"


def with_password(url: str, password: str) -> str:
    """The URL with this password, for this process only (never printed: URLs are
    masked wherever they are shown)."""
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def can_remember() -> bool:
    return credentials.usable()


def remember(url: str, password: str) -> None:
    """Into the OS credential store; NoKeyring when there is none."""
    credentials.remember(make_url(url), password)
