"""`collector-desk check`: is this installation and its database sound?"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

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
    from collector_desk.store.db import (
        current_revision,
        head_revision,
        integrity_problems,
        open_database,
    )

    folder: Path = data_dir(explicit_dir)
    try:
        db = open_database(folder, url=url)
    except Exception as exc:  # the message is the check's result
        return [CheckResult("database", False, f"{folder}: {exc}")]
    try:
        current, head = current_revision(db.engine), head_revision()
        problems = integrity_problems(db.engine)
        where = str(db.path) if db.path else str(db.engine.url.render_as_string(hide_password=True))
        return [
            CheckResult("database schema", current == head, f"{where} at {current}, head {head}"),
            CheckResult("database integrity", not problems, "; ".join(problems) or "ok"),
        ]
    finally:
        db.close()


def run_checks(explicit_dir: str | None, url: str | None = None) -> list[CheckResult]:
    return check_resources() + check_translations() + check_database(explicit_dir, url)
