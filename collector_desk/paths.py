"""Where things live: resources shipped with the app, and the user's data."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import platformdirs

from collector_desk import APP_NAME

DATA_DIR_ENV = "COLLECTOR_DESK_DATA_DIR"


@cache
def resources_dir() -> Path:
    """The resources folder: inside the installed package, else the checkout's."""
    here = Path(__file__).resolve().parent
    installed = here / "resources"
    if (installed / "scripts").is_dir():
        return installed
    checkout = here.parent / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"resources folder not found next to {here}")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: --data-dir, then $COLLECTOR_DESK_DATA_DIR, then platformdirs."""
    if explicit:
        path = Path(explicit)
    elif os.environ.get(DATA_DIR_ENV):
        path = Path(os.environ[DATA_DIR_ENV])
    else:
        path = platformdirs.user_data_path(APP_NAME, appauthor=False)
    return path.expanduser().resolve()


def log_dir() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


DATABASE_URL_ENV = "COLLECTOR_DESK_DATABASE_URL"


def database_url(explicit: str | None = None) -> str | None:
    """The team's database server: --database-url, then $COLLECTOR_DESK_DATABASE_URL;
    None means this workstation's own SQLite file in the data folder."""
    return explicit or os.environ.get(DATABASE_URL_ENV) or None
