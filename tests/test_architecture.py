"""The import contracts bite: a deliberate breach in a copy of the tree breaks each one."""

from __future__ import annotations

import ast
import importlib
import os
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
