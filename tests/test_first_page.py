"""The start's first page, read with sqlite3 before SQLAlchemy is imported
(store/first_page.py), is the service's own first page: the same rows, in the same
order, with the same DPD, bucket, band, masked name and `updating` mark, on any day
(rows brought up or not) and for any page size; and it gives way (None) wherever it
cannot stand for the service."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collector_desk.services import assignment, cases, payments
from collector_desk.services.context import Desk
from collector_desk.services.demo import create_demo
from collector_desk.store.db import DB_FILENAME
from collector_desk.store.first_page import PAGE, read_first_page, statement

TODAY = date(2026, 3, 16)


class Day:
    def __init__(self) -> None:
        self.value = TODAY

    def __call__(self) -> date:
        return self.value


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Desk, Day]]:
    day = Day()
    folder = tmp_path_factory.mktemp("first-page")
    desk = Desk.open(folder, today=day)
    create_demo(desk, cases=240, seed=11)
    # A payment after the rows were computed, and rows from an older derive(): both
    # stay stale for the set-based form, and must show as updating.
    everyone = [r.loan_id for r in cases.page(desk, cases.CaseQuery(), limit=240)]
    for who in ("C001", "C002"):
        assignment.add_member(desk, who, who)
    plan = assignment.plan_spread(desk, everyone[::2], ["C001", "C002"])
    assignment.apply_plan(desk, plan)  # half the cases: "my cases" pages differ
    loans = everyone[:5]
    payments.record_payment(desk, loans[0], paid_on=TODAY, amount_fen=100_00, channel="app")
    with desk.unit() as s:
        s.connection().exec_driver_sql(
            "UPDATE case_state SET derivation = 0 WHERE loan_id IN (?, ?)", (loans[1], loans[2])
        )
    try:
        yield desk, day
    finally:
        desk.close()


def _page_of_the_service(desk: Desk, limit: int, who: str | None = None) -> list[cases.CaseRow]:
    return cases.page(desk, cases.CaseQuery(assigned_to=who), limit=limit)


WHO = st.sampled_from([None, "C001", "C002", "nobody"])


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    days=st.integers(min_value=-40, max_value=500),
    limit=st.integers(min_value=1, max_value=260),
    who=WHO,
)
def test_equals_the_services_first_page(
    portfolio: tuple[Desk, Day], days: int, limit: int, who: str | None
) -> None:
    desk, day = portfolio
    day.value = TODAY + timedelta(days=days)
    try:
        path = desk.data_dir / DB_FILENAME
        mine = read_first_page(path, day.value, assigned_to=who, limit=limit)
        theirs = _page_of_the_service(desk, limit, who)
    finally:
        day.value = TODAY
    assert mine is not None
    assert mine == theirs
    assert [r.key for r in mine] == [r.key for r in theirs]  # sort values too (not compared)


@pytest.mark.parametrize("days", [0, 3, 45])
def test_rows_to_bring_up_are_marked_and_the_whole_page_is_there(
    portfolio: tuple[Desk, Day], days: int
) -> None:
    desk, _day = portfolio
    on = TODAY + timedelta(days=days)
    mine = read_first_page(desk.data_dir / DB_FILENAME, on)
    assert mine is not None and len(mine) == PAGE
    updating = {r.loan_id for r in mine if r.updating}
    assert updating  # the payment's row and the two older derivations, at least
    if days == 45:
        assert len(updating) > 3  # rows whose valid_until has come since
    assert all("*" in r.borrower_masked for r in mine)  # names masked as in the list


@pytest.mark.parametrize("who", [None, "C001"])
def test_the_statement_is_the_services(portfolio: tuple[Desk, Day], who: str | None) -> None:
    """The same SQL as the service sends for its first page (the bench's bare form
    runs this text): the service's, with the table's name off its columns."""
    from sqlalchemy import event

    desk, _day = portfolio
    sent: list[str] = []

    def capture(_c: object, _cur: object, sql: str, *_rest: object) -> None:
        sent.append(sql)

    event.listen(desk.db.engine, "before_cursor_execute", capture)
    try:
        _page_of_the_service(desk, PAGE, who)
    finally:
        event.remove(desk.db.engine, "before_cursor_execute", capture)
    service = " ".join(sent[-1].replace("case_state.", "").split())
    service = service.replace("LIMIT ? OFFSET ?", "LIMIT ?")
    assert service == " ".join(statement(who).split())


def test_gives_way_where_it_cannot_stand_for_the_service(tmp_path: Path) -> None:
    assert read_first_page(tmp_path / "none" / DB_FILENAME, TODAY) is None  # a first start
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database" * 100)
    assert read_first_page(junk, TODAY) is None
    desk = Desk.open(tmp_path / "behind", today=lambda: TODAY)
    desk.close()
    path = tmp_path / "behind" / DB_FILENAME
    assert read_first_page(path, TODAY) == []  # at head, no cases yet
    with sqlite3.connect(path) as conn:  # an upgrade to run first
        conn.execute("UPDATE alembic_version SET version_num = '0007_target_totals'")
    assert read_first_page(path, TODAY) is None


def test_reads_without_sqlalchemy(portfolio: tuple[Desk, Day]) -> None:
    desk, _day = portfolio
    code = (
        "import sys; from datetime import date; from pathlib import Path\n"
        "from collector_desk.store.first_page import read_first_page\n"
        f"rows = read_first_page(Path({str(desk.data_dir / DB_FILENAME)!r}), date(2026, 3, 16))\n"
        "assert rows and len(rows) == 200, rows\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')]\n"
        "bad += [m for m in sys.modules if m.startswith('collector_desk.services')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_no_promise_is_the_domains() -> None:
    """case_rows writes PromiseStatus.NONE as a literal (no domain.promise before the
    first page): the two stay equal."""
    from collector_desk.domain import case_rows
    from collector_desk.domain.promise import PromiseStatus

    assert PromiseStatus.NONE.value == case_rows._NO_PROMISE
