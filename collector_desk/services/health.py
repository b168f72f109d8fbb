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
    # ok, but worth saying: e.g. the X11 libraries are missing while Qt runs offscreen
    warning: bool = False


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

    from collector_desk.store.db import (
        DB_FILENAME,
        current_revision,
        head_revision,
        integrity_problems,
        make_engine,
        sqlite_url,
    )

    if url is None:
        path = data_dir(explicit_dir) / DB_FILENAME
        if not path.exists():
            return [CheckResult("database", True, f"{path}: none yet (made on first start)")]
        url, where = sqlite_url(path), str(path)
    else:
        where = url
    engine = make_engine(url)
    try:
        head = head_revision()
        current = current_revision(engine)
        if current is None:
            detail = "no schema version: not a Collector Desk database"
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
        return [CheckResult("database", False, f"{where}: not a readable database ({reason})")]
    finally:
        engine.dispose()


def run_checks(explicit_dir: str | None, url: str | None = None) -> list[CheckResult]:
    return check_resources() + check_translations() + check_database(explicit_dir, url)
