"""The import contracts bite: a deliberate breach in a copy of the tree breaks each one."""

from __future__ import annotations

import ast
import importlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT = Path(sys.executable).with_name("lint-imports")

BREACHES = {
    "sqlite3 only in store": ("collector_desk/services/cases.py", "import sqlite3\n"),
    "ui never imports store or SQLAlchemy itself": (
        "collector_desk/ui/labels.py",
        "from collector_desk.store import models\n",
    ),
    "domain imports nothing of ours": (
        "collector_desk/domain/money.py",
        "from collector_desk import paths\n",
    ),
}


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("tree")
    shutil.copytree(
        ROOT / "collector_desk", root / "collector_desk",
        ignore=shutil.ignore_patterns("__pycache__", "resources"),
    )  # fmt: skip
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


def lint(root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [str(LINT)], cwd=root, env=env, capture_output=True, text=True, timeout=300
    )


def test_the_unmodified_tree_keeps_every_contract(tree: Path) -> None:
    done = lint(tree)
    assert done.returncode == 0, done.stdout[-3000:]


@pytest.mark.parametrize("contract", sorted(BREACHES))
def test_a_deliberate_breach_breaks_its_contract(tree: Path, tmp_path: Path, contract: str) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(tree, copy)
    rel, line = BREACHES[contract]
    target = copy / rel
    target.write_text(target.read_text(encoding="utf-8") + "\n" + line, encoding="utf-8")
    done = lint(copy)
    assert done.returncode != 0
    assert f"{contract} BROKEN" in done.stdout, done.stdout[-3000:]


def test_services_hand_ui_no_store_or_sqlalchemy_object() -> None:
    """A re-export would let ui reach store through a service: every name ui takes
    from a service module must be defined outside store and SQLAlchemy."""
    offenders = []
    for path in (ROOT / "collector_desk" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom) or not node.module:
                continue
            if not node.module.startswith(("collector_desk.services", "collector_desk.exchange")):
                continue
            module = importlib.import_module(node.module)
            for alias in node.names:
                obj = getattr(module, alias.name, None)
                if obj is None:
                    continue  # a submodule
                origin = getattr(obj, "__module__", "") or ""
                if origin.startswith(("collector_desk.store", "sqlalchemy")):
                    offenders.append(f"{path.name}: {node.module}.{alias.name} is {origin}")
    assert offenders == []


SQL_START = re.compile(r"^\s*\(?\s*(SELECT|INSERT|UPDATE|DELETE|PRAGMA|CREATE|DROP|ALTER|WITH)\s")


def _sql_text_in(path: Path) -> list[str]:
    """SQL written as text: sqlalchemy.text(), exec_driver_sql(), a string (or an
    f-string's literal part) that begins like a statement."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    text_names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy"):
            text_names |= {a.asname or a.name for a in node.names if a.name == "text"}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in text_names:
                found.append(f"{path.name}:{node.lineno}: text(...)")
            if isinstance(func, ast.Attribute) and func.attr == "exec_driver_sql":
                found.append(f"{path.name}:{node.lineno}: exec_driver_sql(...)")
            if (
                isinstance(func, ast.Attribute)
                and func.attr == "text"
                and isinstance(func.value, ast.Name)
                and func.value.id in {"sa", "sqlalchemy"}
            ):
                found.append(f"{path.name}:{node.lineno}: sa.text(...)")
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and SQL_START.match(node.value)
        ):
            found.append(f"{path.name}:{node.lineno}: {node.value[:40]!r}")
    return found


def test_services_and_exchange_hold_no_sql_text() -> None:
    """Persistence lives in store/: services and exchange build no SQL of their own."""
    offenders = []
    for layer in ("services", "exchange"):
        for path in sorted((ROOT / "collector_desk" / layer).rglob("*.py")):
            offenders += _sql_text_in(path)
    assert offenders == []


@pytest.mark.parametrize(
    "breach",
    [
        "from sqlalchemy import text\nQ = text('SELECT 1')\n",
        "def f(conn):\n    return conn.exec_driver_sql('x')\n",
        "Q = 'SELECT id FROM loan'\n",
        "def f(t):\n    return f'DELETE FROM {t}'\n",
    ],
)
def test_the_sql_text_check_catches_a_breach(tmp_path: Path, breach: str) -> None:
    path = tmp_path / "breach.py"
    path.write_text(breach, encoding="utf-8")
    assert _sql_text_in(path)
