"""A team server's password kept in the operating system's credential store.

`collector-desk server remember-password` puts it there (Windows Credential
Manager, the macOS keychain, the Secret Service on Linux, through `keyring`);
afterwards a URL without a password (`postgresql://c002@db/desk`) is completed
from there when an engine is made. Never a file in clear: a machine without a
credential store gets a message saying so, and the password stays in the URL
or the server's own means (PGPASSFILE) instead.
"""

from __future__ import annotations

import os

from sqlalchemy import URL, make_url

SERVICE = "collector-desk-server"
NO_KEYRING_ENV = "COLLECTOR_DESK_NO_KEYRING"  # tests and locked-down machines


class NoKeyring(RuntimeError):
    """This machine has no usable credential store."""

    def __init__(self) -> None:
        super().__init__(
            "this computer has no credential store that Collector Desk can use "
            "(keyring found no backend), so the password cannot be remembered; "
            "give it in the URL for now, or set up the system's keyring "
            "(Windows Credential Manager, macOS Keychain, GNOME Keyring or KWallet)"
        )


def account(url: str | URL) -> str:
    """The key of one login on one server database: user@host:port/database."""
    u = make_url(url) if isinstance(url, str) else url
    return f"{u.username or ''}@{u.host or 'localhost'}:{u.port or 5432}/{u.database or ''}"


def _keyring() -> object | None:
    if os.environ.get(NO_KEYRING_ENV):
        return None
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:
        return None
    if isinstance(backend, fail.Keyring) or not (getattr(backend, "priority", 0) or 0) > 0:
        return None
    return backend


def usable() -> bool:
    return _keyring() is not None


def remember(url: str | URL, password: str) -> None:
    backend = _keyring()
    if backend is None:
        raise NoKeyring()
    import keyring

    try:
        keyring.set_password(SERVICE, account(url), password)
    except Exception as exc:  # the store refused (locked, no session bus...)
        raise NoKeyring() from exc


def recall(url: str | URL) -> str | None:
    if _keyring() is None:
        return None
    import keyring

    try:
        return keyring.get_password(SERVICE, account(url))
    except Exception:
        return None


def complete(url: str | URL) -> URL:
    """The URL with its password: as given, else the remembered one, else none."""
    u = make_url(url) if isinstance(url, str) else url
    if u.password or "password" in u.query:
        return u
    remembered = recall(u)
    return u.set(password=remembered) if remembered else u
