"""The bundle file: a signed (and optionally encrypted) envelope around the payload.

Layout (all integers big-endian; docs/bundle-format.md has the full story):

    magic        8 bytes  b"CDBUNDLE"
    format       1 byte   FORMAT (1)
    header_len   4 bytes
    header       header_len bytes of UTF-8 JSON: the manifest
    body_len     8 bytes
    body         body_len bytes: the zlib-compressed payload, AES-256-GCM
                 encrypted when the manifest says so
    mac          32 bytes HMAC-SHA256(team key, every byte before it)

Reading checks, in order: the magic (is it a bundle at all), the lengths (is it
whole), the format, the signature (the team key, then any change to any byte),
the schema version, the passphrase, the per-table hashes. The first failure
refuses the file with a `BundleRefused` carrying a machine code and a message.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import struct
import zlib
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

MAGIC = b"CDBUNDLE"
FORMAT = 1
MAC_LEN = 32
_PREFIX = len(MAGIC) + 1 + 4
SCRYPT = {"n": 2**15, "r": 8, "p": 1}
COMPRESS_LEVEL = 1  # JSON shrinks ~6x even at level 1; higher levels cost far more time


class BundleRefused(ValueError):
    """The file was not imported; nothing changed. `code` is for the UI's wording."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Sealed:
    manifest: dict[str, Any]
    payload: bytes  # the decompressed payload


def _derive(passphrase: str, salt: bytes, params: dict[str, int]) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=salt, length=32, n=params["n"], r=params["r"], p=params["p"])
    return kdf.derive(passphrase.encode("utf-8"))


def pack(lines: Iterable[bytes]) -> bytes:
    """The compressed payload: `lines` joined by newlines.

    zlib runs on a worker thread (it releases the GIL) while the caller's
    generator serialises the next line, so compression costs little extra time."""
    z = zlib.compressobj(COMPRESS_LEVEL)
    out: list[Future[bytes]] = []
    with ThreadPoolExecutor(max_workers=1) as worker:
        for i, line in enumerate(lines):
            out.append(worker.submit(z.compress, b"\n" + line if i else line))
        out.append(worker.submit(z.flush))
    return b"".join(f.result() for f in out)


def seal(manifest: dict[str, Any], body: bytes, team_key: bytes, passphrase: str | None) -> bytes:
    """The complete file for this manifest and packed payload (see `pack`)."""
    manifest = dict(manifest, format=FORMAT, compression="zlib")
    if passphrase:
        salt, nonce = os.urandom(16), os.urandom(12)
        manifest["encryption"] = {
            "cipher": "AES-256-GCM",
            "kdf": "scrypt",
            **SCRYPT,
            "salt": base64.b64encode(salt).decode(),
            "nonce": base64.b64encode(nonce).decode(),
        }
    else:
        manifest["encryption"] = None
    header = json.dumps(manifest, ensure_ascii=False, sort_keys=True).encode("utf-8")
    prefix = MAGIC + bytes([FORMAT]) + struct.pack(">I", len(header)) + header
    if passphrase:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        enc = manifest["encryption"]
        key = _derive(passphrase, salt, SCRYPT)
        body = AESGCM(key).encrypt(base64.b64decode(enc["nonce"]), body, prefix)
    signed = prefix + struct.pack(">Q", len(body)) + body
    return signed + hmac.new(team_key, signed, hashlib.sha256).digest()


def read_manifest(data: bytes) -> dict[str, Any]:
    """The manifest of a whole, well-formed file, before any key is needed.

    For showing who sent a bundle and whether it needs a passphrase; nothing
    in it is trusted until `open_sealed` has checked the signature."""
    header, _body_start, _body_len = _frame(data)
    return _parse_header(header)


def _frame(data: bytes) -> tuple[bytes, int, int]:
    if len(data) < len(MAGIC) or not data.startswith(MAGIC):
        if data and MAGIC.startswith(data[: len(MAGIC)]):
            raise BundleRefused("truncated", "the file is cut short: it ends inside the header")
        raise BundleRefused("not_a_bundle", "this file is not a Collector Desk bundle")
    if len(data) < _PREFIX:
        raise BundleRefused("truncated", "the file is cut short: it ends inside the header")
    version = data[len(MAGIC)]
    if version > FORMAT:
        raise BundleRefused(
            "newer_format",
            f"the bundle uses format {version}, newer than this version of Collector Desk "
            f"reads ({FORMAT}); update the app (or the file is damaged)",
        )
    (header_len,) = struct.unpack(">I", data[len(MAGIC) + 1 : _PREFIX])
    body_len_at = _PREFIX + header_len
    if len(data) < body_len_at + 8:
        raise BundleRefused("truncated", "the file is cut short: it ends inside the header")
    (body_len,) = struct.unpack(">Q", data[body_len_at : body_len_at + 8])
    expected = body_len_at + 8 + body_len + MAC_LEN
    if len(data) < expected:
        raise BundleRefused(
            "truncated",
            f"the file is cut short: {len(data):,} bytes of the {expected:,} it should have",
        )
    if len(data) > expected:
        raise BundleRefused(
            "damaged", f"the file has {len(data) - expected:,} bytes too many; it was altered"
        )
    return data[_PREFIX:body_len_at], body_len_at + 8, body_len


def _parse_header(header: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(header.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BundleRefused("damaged", "the bundle's header is damaged") from exc
    if not isinstance(manifest, dict):
        raise BundleRefused("damaged", "the bundle's header is damaged")
    return manifest


def open_sealed(
    data: bytes,
    team_key: bytes,
    key_id: str,
    schema: int,
    passphrase: str | None = None,
) -> Sealed:
    """Verify everything and return the manifest and the decompressed payload."""
    header, body_start, body_len = _frame(data)
    signed_len = body_start + body_len
    mac = hmac.new(team_key, data[:signed_len], hashlib.sha256).digest()
    if not hmac.compare_digest(mac, data[signed_len:]):
        try:
            their_key = str(_parse_header(header).get("key_id", ""))
        except BundleRefused:
            their_key = ""
        if their_key and their_key != key_id:
            raise BundleRefused(
                "wrong_team_key",
                f"the bundle was signed with another team key (key id {their_key}; this "
                f"workstation's is {key_id}); enter the team's key, or ask the sender",
            )
        raise BundleRefused(
            "damaged",
            "the signature does not match: the file was changed or damaged after it was made",
        )
    manifest = _parse_header(header)
    theirs = manifest.get("schema")
    if not isinstance(theirs, int):
        raise BundleRefused("damaged", "the bundle's header has no schema version")
    if theirs > schema:
        raise BundleRefused(
            "newer_schema",
            f"the bundle comes from a newer version of Collector Desk (database schema "
            f"{theirs}, this one has {schema}); update this workstation first",
        )
    body = data[body_start:signed_len]
    enc = manifest.get("encryption")
    if enc:
        if not passphrase:
            raise BundleRefused(
                "passphrase_needed", "the bundle is encrypted; enter its passphrase"
            )
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        params = {k: int(enc[k]) for k in ("n", "r", "p")}
        key = _derive(passphrase, base64.b64decode(enc["salt"]), params)
        try:
            body = AESGCM(key).decrypt(
                base64.b64decode(enc["nonce"]), body, data[: len(header) + _PREFIX]
            )
        except InvalidTag as exc:
            raise BundleRefused("wrong_passphrase", "the passphrase is not this bundle's") from exc
    try:
        payload = zlib.decompress(body)
    except zlib.error as exc:
        raise BundleRefused("damaged", "the bundle's content cannot be unpacked") from exc
    return Sealed(manifest, payload)


def section_hash(lines: Iterable[bytes]) -> str:
    """The manifest's hash of one table: its lines, each followed by a newline."""
    digest = hashlib.sha256()
    for line in lines:
        digest.update(line)
        digest.update(b"\n")
    return digest.hexdigest()
