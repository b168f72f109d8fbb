"""`collector-desk check`: is this installation and its database sound?"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from collector_desk.paths import data_dir, database_url, resources_dir

QM_MAGIC = bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD")
LANGUAGES = ("zh_CN", "en")
REQUIRED_RESOURCES = ("scripts/nine_steps.json", "course/sections.toml")


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
    from collector_desk.store import preflight
    from collector_desk.store.db import (
        DB_FILENAME,
        DatabaseError,
        check_schema,
        is_server_url,
        sqlite_url,
    )
    from collector_desk.store.stray_journal import refuse_stray_journal

    url = database_url(url)
    if url is not None and is_server_url(url):
        return check_server(url)
    path = None
    if url is None:
        folder = data_dir(explicit_dir)
        path = folder / DB_FILENAME
        if not path.exists() and not path.is_symlink():
            if folder.exists() and not folder.is_dir():
                return [CheckResult("database", False, f"the data folder {folder} is a file")]
            return [CheckResult("database", True, f"{path}: none yet (made on first start)")]
        try:
            refuse_stray_journal(path)
            preflight.check(folder, path, schema=False)
        except preflight.DatabaseRefused as exc:
            return [CheckResult("database", False, str(exc))]
        url, where = sqlite_url(path), str(path)
    else:
        where = url
    try:
        found = check_schema(url)
    except DatabaseError as exc:
        return [CheckResult("database", False, f"{where}: {exc}")]
    current, head = found.current, found.head
    if current is None:
        detail = "no schema version: not a Collector Desk database"
    elif current != head and current not in preflight.known_revisions():
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
    return [
        CheckResult("database schema", current == head, f"{where}: {detail}"),
        CheckResult("database integrity", not found.problems, "; ".join(found.problems) or "ok"),
    ]


def check_language() -> list[CheckResult]:
    """Load the language rules and run every example they carry."""
    from collector_desk.domain.language import RuleError, load_folder

    folder = resources_dir() / "language"
    try:
        engine = load_folder(folder)
        failures = engine.check_examples()
    except (RuleError, OSError) as exc:
        return [CheckResult("language rules", False, str(exc))]
    if failures:
        return [CheckResult("language rules", False, "; ".join(failures))]
    return [
        CheckResult(
            "language rules",
            True,
            f"{len(engine.rules)} rules, {engine.example_count()} examples hold ({folder})",
        ),
        _check_model(folder, set(engine.categories)),
    ]


def _check_model(folder: Path, categories: set[str]) -> CheckResult:
    """The learned back-off (model.json, off by default) parses and knows only the
    rules' categories."""
    from collector_desk.domain.language import load_model

    try:
        model = load_model((folder / "model.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return CheckResult("language model", False, f"model.json: {exc}")
    unknown = sorted(set(model.categories) - categories)
    if unknown:
        return CheckResult("language model", False, f"model.json: unknown categories {unknown}")
    size = sum(len(m.weights) for m in model.categories.values())
    return CheckResult(
        "language model", True, f"{len(model.categories)} categories, {size} weights"
    )


def check_server(url: str) -> list[CheckResult]:
    """A team's server: reachable, and at this app's schema (or empty, to be set up).
    Read-only; the password is never shown."""
    from collector_desk.store.db import DatabaseError, make_server_engine, mask_url
    from collector_desk.store.server_schema import (
        check_server_revision,
        describe_server_error,
        server_schema_state,
    )

    where = mask_url(url)
    try:
        engine = make_server_engine(url)
    except Exception as exc:
        return [CheckResult("database server", False, describe_server_error(exc, url))]
    try:
        empty, revision = server_schema_state(engine)
        if empty:
            detail = "empty: `collector-desk server init` sets it up for the team"
            return [CheckResult("database server", True, f"{where}: {detail}")]
        try:
            check_server_revision(revision)
        except DatabaseError as exc:
            return [CheckResult("database schema", False, f"{where}: {exc}")]
        return [CheckResult("database schema", True, f"{where}: schema at head {revision}")]
    except Exception as exc:
        return [CheckResult("database server", False, describe_server_error(exc, url))]
    finally:
        engine.dispose()


def check_holidays(explicit_dir: str | None, url: str | None) -> list[CheckResult]:
    """Warn when this year or the next has only provisional holidays (no official notice
    in chinese_calendar, in the shipped files or imported into the database)."""
    from datetime import date

    from collector_desk.services.holidays import holiday_check

    if url is None:
        from collector_desk.store.db import DB_FILENAME, sqlite_url

        path = data_dir(explicit_dir) / DB_FILENAME
        url = sqlite_url(path) if path.exists() else None
    lines = holiday_check(url, date.today())
    return [
        CheckResult("holidays", True, line or "official for this year and the next", bool(line))
        for line in lines or [""]
    ]


def run_checks(explicit_dir: str | None, url: str | None = None) -> list[CheckResult]:
    database = check_database(explicit_dir, url)
    # The holiday check reads the database: only one the check found sound (a foreign,
    # damaged or newer file is not opened again, and so not changed by opening it).
    sound = all(r.ok for r in database)
    return (
        check_resources()
        + check_translations()
        + check_language()
        + database
        + (check_holidays(explicit_dir, url) if sound else [])
    )
