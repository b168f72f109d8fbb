"""The team key: 32 random bytes shared by a supervisor and their collectors.

Every bundle is signed with it (HMAC-SHA256), so a bundle from outside the team,
or one changed on the way, is refused. It is written for people as
``CDK1-`` + 52 base32 letters in groups of four, which survives being read
aloud or typed from a note. Each workstation keeps it in the operating system's
credential store (Windows Credential Manager through `keyring`); where no such
store works, in a file readable only by the user in the data folder.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

PREFIX = "CDK1-"
SERVICE = "CollectorDesk"
FILE_NAME = "team-key.txt"


class TeamKeyError(ValueError):
    """`code` (bad_key, key_file, exists) and `file` (the key file's name) are for the
    window's own words; the message is the command line's."""

    def __init__(self, code: str, message: str, *, file: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.file = file


@dataclass(frozen=True)
class TeamKey:
    secret: bytes

    @classmethod
    def generate(cls) -> TeamKey:
        return cls(secrets.token_bytes(32))

    @property
    def key_id(self) -> str:
        """A short fingerprint to compare keys by eye; says nothing about the key."""
        return hmac.new(self.secret, b"collector-desk key id", hashlib.sha256).hexdigest()[:8]

    def text(self) -> str:
        letters = base64.b32encode(self.secret).decode().rstrip("=")
        return PREFIX + "-".join(letters[i : i + 4] for i in range(0, len(letters), 4))

    @classmethod
    def parse(cls, text: str) -> TeamKey:
        compact = re.sub(r"[\s-]", "", text.strip().upper())
        if not compact.startswith(PREFIX.rstrip("-")):
            raise TeamKeyError("bad_key", "a team key starts with CDK1-")
        letters = compact[len(PREFIX) - 1 :]
        if len(letters) != 52:
            raise TeamKeyError(
                "bad_key", f"a team key has 52 letters after CDK1-, this has {len(letters)}"
            )
        try:
            secret = base64.b32decode(letters + "====")
        except ValueError as exc:
            raise TeamKeyError("bad_key", "the team key has letters that do not belong") from exc
        return cls(secret)

    @classmethod
    def from_file(cls, path: Path) -> TeamKey:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise TeamKeyError(
                "key_file", f"{path}: cannot read the team key ({exc})", file=path.name
            ) from exc
        lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
        if not lines:
            raise TeamKeyError("key_file", f"{path}: no team key in the file", file=path.name)
        return cls.parse(lines[0])


def write_key_file(path: Path, key: TeamKey, *, overwrite: bool = False) -> None:
    """A key file for scripts (`--team-key-file`); readable only by its owner."""
    if path.exists() and not overwrite:
        raise TeamKeyError("exists", f"{path} exists; not overwriting a team key", file=path.name)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(f"# Collector Desk team key, id {key.key_id}. Keep it secret.\n{key.text()}\n")
    os.replace(tmp, path)


def _keyring_usable() -> bool:
    if os.environ.get("COLLECTOR_DESK_NO_KEYRING"):
        return False
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:
        return False
    if isinstance(backend, fail.Keyring):
        return False
    priority = getattr(backend, "priority", 0)
    return bool(priority and priority > 0)


class KeyStore:
    """Where this workstation keeps its team key."""

    def __init__(self, data_dir: Path, workstation_id: str) -> None:
        self.file = data_dir / FILE_NAME
        self.account = f"team-key/{workstation_id}"

    def load(self) -> TeamKey | None:
        if _keyring_usable():
            import keyring

            try:
                text = keyring.get_password(SERVICE, self.account)
            except Exception:
                text = None
            if text:
                return TeamKey.parse(text)
        if self.file.exists():
            return TeamKey.from_file(self.file)
        return None

    def save(self, key: TeamKey) -> str:
        """Store the key; returns where ("keyring" or the file's path)."""
        if _keyring_usable():
            import keyring

            try:
                keyring.set_password(SERVICE, self.account, key.text())
            except Exception:
                pass
            else:
                if self.file.exists():
                    self.file.unlink()
                return "keyring"
        self.file.parent.mkdir(parents=True, exist_ok=True)
        write_key_file(self.file, key, overwrite=True)
        return str(self.file)
