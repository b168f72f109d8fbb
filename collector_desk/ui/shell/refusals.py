"""The window's words for the database's start-up refusals, a backup that cannot be
restored, and the errors of services that carry a code (targets, strategy texts).

Each code comes from the error that raises it (store/preflight.py, store/db.py,
store/server_schema.py, store/backup.py, services/targets.py, domain/strategy.py)
with its parameters: file and folder names, counts, versions, never personal data.
The English source is the window's English; the Chinese is in
resources/i18n/shell_zh_CN.json. Schema revision ids and table names stay out of
the Chinese: they are English words that mean nothing to a collector.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _restore_hint(params: dict[str, str]) -> str:
    if params.get("backups"):
        return QCoreApplication.translate(
            "Errors",
            "Run `collector-desk restore` to see the backups in {folder} and go back to one "
            "(the damaged file is kept).",
        ).format(folder=params.get("folder", ""))
    return QCoreApplication.translate(
        "Errors", "There is no backup in the data folder; restore the file from your own copy."
    )


def _database_text(code: str, p: dict[str, str]) -> str | None:
    """A refusal of the database at start-up (or by `check`), else None."""
    if code == "read_only":
        if p.get("file"):
            return QCoreApplication.translate(
                "Errors",
                "The database file {file} is read-only; nothing was written. Give this user "
                "write access to the data folder and its files.",
            )
        return QCoreApplication.translate(
            "Errors",
            "The data folder {folder} is read-only; nothing was written. Give this user write "
            "access, or choose another folder with --data-dir.",
        )
    if code == "damaged":
        if p.get("count"):
            return QCoreApplication.translate(
                "Errors",
                "The database {file} is damaged (its check found {count} problem(s)); nothing "
                "was written. {hint}",
            )
        return QCoreApplication.translate(
            "Errors",
            "The database {file} is damaged or cannot be read; nothing was written. {hint}",
        )
    if code == "not_ours":
        if p.get("file"):
            return QCoreApplication.translate(
                "Errors",
                "{file} is another program's database, not Collector Desk's; move it away or "
                "choose another folder with --data-dir.",
            )
        return QCoreApplication.translate(
            "Errors",
            "The database is another program's, not Collector Desk's; move it away or choose "
            "another folder with --data-dir.",
        )
    if code == "newer_schema":
        if p.get("needed"):
            return QCoreApplication.translate(
                "Errors",
                "This database was written by Collector Desk {needed}; this is {version}. "
                "Nothing was changed. Install {needed} or newer.",
            )
        return QCoreApplication.translate(
            "Errors",
            "This database was written by a newer Collector Desk than {version}; nothing was "
            "changed. Install the newest version.",
        )
    if code == "unreadable":
        if p.get("file"):
            return QCoreApplication.translate(
                "Errors",
                "{file} is not a readable database; run `collector-desk check` to see why.",
            )
        return QCoreApplication.translate(
            "Errors", "The database cannot be read; run `collector-desk check` to see why."
        )
    if code == "upgrade_failed":
        if p.get("backup"):
            return QCoreApplication.translate(
                "Errors",
                "Upgrading the database to this version failed; the backup taken before it is "
                "{backup} in the backups folder.",
            )
        return QCoreApplication.translate(
            "Errors", "Upgrading the database to this version failed."
        )
    texts = {
        "data_dir_is_file": QCoreApplication.translate(
            "Errors",
            "The data folder {folder} is a file, not a folder; move it away or choose another "
            "folder with --data-dir.",
        ),
        "data_dir_unwritable": QCoreApplication.translate(
            "Errors", "The data folder {folder} cannot be created; choose another with --data-dir."
        ),
        "db_link_broken": QCoreApplication.translate(
            "Errors",
            "{file} is a link to {target}, which does not exist (a drive not connected?); "
            "connect it, or move the link away.",
        ),
        "stray_journal": QCoreApplication.translate(
            "Errors",
            "{journal} beside the database {file} is not a file the database wrote, and it "
            "stops the database from opening; the database itself is sound. Move that file "
            "out of the data folder (keep it if unsure) and start again; nothing was written.",
        ),
        "db_is_folder": QCoreApplication.translate(
            "Errors", "{file} is a folder, not a database file; move it away."
        ),
        "empty_with_backups": QCoreApplication.translate(
            "Errors",
            "The database {file} is empty (0 bytes), though backups of it exist; nothing was "
            "written. Run `collector-desk restore` to go back to a backup.",
        ),
        "not_sqlite": QCoreApplication.translate(
            "Errors",
            "{file} is not a readable database file (it may have been overwritten). {hint}",
        ),
        "unopenable": QCoreApplication.translate(
            "Errors", "{file} cannot be opened; check the data folder."
        ),
        "schema_changed": QCoreApplication.translate(
            "Errors",
            "The database {file} lacks a table or column its schema version has (another "
            "program changed it, or it is damaged); nothing was written. {hint}",
        ),
        "schema_heads": QCoreApplication.translate(
            "Errors",
            "The database records {count} schema versions: another program changed it. Run "
            "`collector-desk restore` to go back to a backup.",
        ),
        "network_path": QCoreApplication.translate(
            "Errors",
            "The data folder {folder} is on a network share; the database must be on a local "
            "drive. Choose a folder on this computer with --data-dir.",
        ),
        "server_not_ours": QCoreApplication.translate(
            "Errors",
            "The server database has tables but no Collector Desk schema version: it is not "
            "ours. Give an empty database or the team's database.",
        ),
        "server_behind": QCoreApplication.translate(
            "Errors",
            "The server's database is at an older schema than this app's; nothing was "
            "written. The supervisor runs `collector-desk server upgrade` once (it backs up "
            "first).",
        ),
        "server_newer": QCoreApplication.translate(
            "Errors",
            "The server's database is at a newer schema than this app's; nothing was written. "
            "Install the newer Collector Desk on this computer.",
        ),
    }
    return texts.get(code)


def _backup_text(code: str, p: dict[str, str]) -> str | None:
    """`collector-desk restore` refused the backup chosen."""
    if code == "backup_newer_schema":
        if p.get("needed"):
            return QCoreApplication.translate(
                "Errors",
                "The backup {file} was written by Collector Desk {needed}, which this version "
                "({version}) cannot read; choose another, or install {needed} or newer.",
            )
        return QCoreApplication.translate(
            "Errors",
            "The backup {file} was written by a newer Collector Desk than {version}; choose "
            "another, or install the newest version.",
        )
    texts = {
        "backup_not_sqlite": QCoreApplication.translate(
            "Errors", "The backup {file} is not a database file; choose another."
        ),
        "backup_unreadable": QCoreApplication.translate(
            "Errors", "The backup {file} cannot be read; choose another."
        ),
        "backup_damaged": QCoreApplication.translate(
            "Errors", "The backup {file} is damaged ({count} problem(s)); choose another."
        ),
        "backup_not_ours": QCoreApplication.translate(
            "Errors",
            "The backup {file} is another program's database, not Collector Desk's; choose another.",
        ),
        "backup_schema_changed": QCoreApplication.translate(
            "Errors",
            "The backup {file} lacks a table or column its schema version has; choose another.",
        ),
        "backup_copy_damaged": QCoreApplication.translate(
            "Errors",
            "The backup copy of {file} failed its integrity check and was not kept; check the "
            "drive and try again.",
        ),
    }
    return texts.get(code)


def _output_text(code: str) -> str | None:
    """A file to write whose place cannot take it (fsutil.check_output)."""
    return {
        "output_is_folder": QCoreApplication.translate(
            "Errors", "{file} is a folder; give the name of a file to write."
        ),
        "output_no_folder": QCoreApplication.translate(
            "Errors", "The folder {folder} does not exist; create it first."
        ),
        "output_folder_is_file": QCoreApplication.translate(
            "Errors", "{folder} is a file, not a folder; choose another place."
        ),
        "output_exists": QCoreApplication.translate(
            "Errors", "{file} exists already and was left unchanged; choose another name."
        ),
    }.get(code)


def _target_text(code: str) -> str | None:
    return {
        "target_bad_month": QCoreApplication.translate(
            "Errors", "Month {month}: write it as YYYY-MM, e.g. 2026-03."
        ),
        "target_not_supervisor": QCoreApplication.translate(
            "Errors", "Only a supervisor sets targets (settings: role)."
        ),
        "target_negative": QCoreApplication.translate(
            "Errors", "Amount: a target cannot be negative."
        ),
        "target_kept_rate": QCoreApplication.translate(
            "Errors", "Kept rate: a percentage from 0 to 100."
        ),
        "target_unknown_collector": QCoreApplication.translate(
            "Errors", "Collector {collector}: not a member of the team."
        ),
    }.get(code)


def refusal_text(code: str, params: dict[str, str]) -> str | None:
    """The window's words for a coded refusal of this module's kinds, else None."""
    text = (
        _database_text(code, params)
        or _backup_text(code, params)
        or _output_text(code)
        or _target_text(code)
    )
    if text is None:
        return None
    values = {
        "file": "",
        "folder": "",
        "count": "",
        "needed": "",
        "version": "",
        "backup": "",
        "target": "",
        "month": "",
        "collector": "",
        **params,
    }
    return text.format(**{**values, "hint": _restore_hint(params)})


def strategy_text(params: dict[str, str]) -> str:
    return QCoreApplication.translate(
        "Errors",
        "The strategy text ({file}) lacks a part or is written wrongly; reinstall Collector Desk.",
    ).format(file=params.get("file", ""))


def not_found_text() -> str:
    return QCoreApplication.translate(
        "Errors",
        "That record is not there any more (changed on another computer?); refresh and try again.",
    )
