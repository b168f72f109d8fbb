"""The window asks for the team server's password when nothing gives it (not the URL,
not PGPASSWORD or a password file, not the credential store), opens the server with
it, and keeps it only in the OS credential store when asked to: never in a file of the
data folder. (A stand-in credential store: tests/file_keyring.py.)"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from file_keyring import FileKeyring
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import make_url

from collector_desk.app import _remember_password, ask_server_password
from collector_desk.services import server_login
from collector_desk.services.context import Desk
from collector_desk.ui.shell.password import PasswordDialog

pytestmark = pytest.mark.pg


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty stand-in credential store, and no other source of a password."""
    monkeypatch.setenv("TEST_KEYRING_FILE", str(tmp_path / "keyring.json"))
    monkeypatch.setenv("COLLECTOR_DESK_NO_KEYRING", "")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    before = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield tmp_path / "keyring.json"
    keyring.set_keyring(before)


def answer(qtbot, password: str | None, *, remember: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Fill in the dialog once it is up (None: cancel it)."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PasswordDialog):
            QTimer.singleShot(20, fill)
            return
        assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
        if password is None:
            dialog.reject()
            return
        assert not dialog.ok.isEnabled()  # nothing typed yet
        qtbot.keyClicks(dialog.password, password)
        dialog.remember.setChecked(remember)
        dialog.ok.click()

    QTimer.singleShot(0, fill)


def test_the_password_is_asked_then_kept_only_in_the_credential_store(
    qtbot, pg_url: str, tmp_path: Path, store: Path
) -> None:
    secret = str(make_url(pg_url).password)
    bare = make_url(pg_url)._replace(password=None).render_as_string(hide_password=False)
    assert server_login.login_to_ask(pg_url) is None  # the URL has it
    login = server_login.login_to_ask(bare)
    assert login is not None and make_url(pg_url).username in login and secret not in login

    answer(qtbot, None)
    assert ask_server_password(None, bare) is None  # cancelled: nothing opens

    answer(qtbot, secret, remember=True)
    asked = ask_server_password(None, bare)
    assert asked is not None
    url, remember = asked
    assert remember and url is not None
    desk = Desk.open(tmp_path / "ws", url=url)  # the server takes it
    desk.close()
    assert not store.exists()  # nothing kept before the server said yes
    _remember_password(url)
    assert secret in store.read_text("utf-8")
    assert server_login.login_to_ask(bare) is None  # not asked again
    for path in (tmp_path / "ws").rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path


def test_without_remember_nothing_is_kept(qtbot, pg_url: str, store: Path) -> None:
    secret = str(make_url(pg_url).password)
    bare = make_url(pg_url)._replace(password=None).render_as_string(hide_password=False)
    answer(qtbot, secret, remember=False)
    asked = ask_server_password(None, bare)
    assert asked is not None and asked[1] is False
    assert not store.exists()
    assert server_login.login_to_ask(bare) is not None  # asked again next time
