"""`collector-desk check`: is this installation and its database sound?"""

from __future__ import annotations

from dataclasses import dataclass

from collector_desk.paths import data_dir, resources_dir

QM_MAGIC = bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD")
LANGUAGES = ("zh_CN", "en")
REQUIRED_RESOURCES = ("scripts/nine_steps.json",)


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


def check_resources() -> list[CheckResult]:
    out = []
    try:
        root = resources_dir()
    except FileNotFoundError as exc:
        return [CheckResult("resources", False, str(exc))]
    for rel in REQUIRED_RESOURCES:
        path = root / rel
        out.append(CheckResult(f"resource {rel}", path.is_file(), str(path)))
    return out


def check_translations() -> list[CheckResult]:
    out = []
    i18n = resources_dir() / "i18n"
    for lang in LANGUAGES:
        files = sorted(i18n.glob(f"*_{lang}.qm"))
        bad = [f.name for f in files if f.read_bytes()[:16] != QM_MAGIC]
        ok = bool(files) and not bad
        detail = (
            ", ".join(f.name for f in files)
            if ok
            else f"missing or broken in {i18n}: {bad or 'none found'}"
        )
        out.append(CheckResult(f"translations {lang}", ok, detail))
    return out


def check_database(explicit_dir: str | None, url: str | None) -> list[CheckResult]:
    """Inspect the database without changing it: a check never creates or upgrades."""
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    from collector_desk.store import preflight
    from collector_desk.store.db import (
        DB_FILENAME,
        current_revision,
        head_revision,
        integrity_problems,
        make_engine,
        sqlite_url,
    )
    from collector_desk.store.preflight import known_revisions

    path = None
    if url is None:
        folder = data_dir(explicit_dir)
        path = folder / DB_FILENAME
        if not path.exists():
            if folder.exists() and not folder.is_dir():
                return [CheckResult("database", False, f"the data folder {folder} is a file")]
            return [CheckResult("database", True, f"{path}: none yet (made on first start)")]
        try:
            preflight.check(folder, path, schema=False)
        except preflight.DatabaseRefused as exc:
            return [CheckResult("database", False, str(exc))]
        url, where = sqlite_url(path), str(path)
    else:
        where = url
    engine = make_engine(url)
    try:
        head = head_revision()
        current = current_revision(engine)
        if current is None:
            detail = "no schema version: not a Collector Desk database"
        elif current != head and current not in known_revisions():
            newer = preflight.newer_writer(path) if path is not None else None
            detail = (
                f"schema at {current}, written by Collector Desk {newer}: install {newer} or newer"
                if newer
                else f"schema at {current}, which this version does not know (written by a "
                "newer version?): install the newest version; do not start this one on it"
            )
        elif current != head:
            detail = f"schema at {current}, expected {head}: start the app once to upgrade it"
        else:
            detail = f"schema at head {head}"
        problems = integrity_problems(engine)
        return [
            CheckResult("database schema", current == head, f"{where}: {detail}"),
            CheckResult("database integrity", not problems, "; ".join(problems) or "ok"),
        ]
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        reason = getattr(exc, "orig", None) or exc
        first = str(reason).splitlines()[0] if str(reason) else type(reason).__name__
        return [CheckResult("database", False, f"{where}: not a readable database ({first})")]
    finally:
        engine.dispose()


def run_checks(explicit_dir: str | None, url: str | None = None) -> list[CheckResult]:
    return check_resources() + check_translations() + check_database(explicit_dir, url)
