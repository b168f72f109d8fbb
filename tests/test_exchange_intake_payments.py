"""Head office's repaid amount matched payment by payment (contract, amount, date window):
a payment seen at the desk or in the bank's debit file is never written twice."""

from __future__ import annotations

import json
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from test_exchange_support import make_id_number, make_phone, open_workstation

from collector_desk.exchange.debit_results import import_debit_results
from collector_desk.exchange.intake import run_intake
from collector_desk.exchange.intake_payments import WINDOW_DAYS, LoanHistory, Paid, reconcile_paid
from collector_desk.services.context import Desk
from collector_desk.services.payments import record_payment

CONTRACT = "HT2025000001"
HEADERS = ("合同编号,客户姓名,身份证号,手机号码,放款日期,借款金额,期数,月还款额,"
           "已还金额,最近还款日期,统计日期,批次号,委案日期,委案金额")  # fmt: skip


def _file(folder: Path, name: str, paid_yuan: int, last_paid: date | None, as_of: date,
          batch: str = "B2601", placed: date = date(2025, 12, 1), seed: int = 1) -> Path:  # fmt: skip
    contract = CONTRACT if seed == 1 else f"HT2025{seed:06d}"
    row = [contract, "张伟", make_id_number(seed), make_phone(seed), "2025-01-05", "24000", "24",
           "1000", str(paid_yuan), last_paid.isoformat() if last_paid else "", as_of.isoformat(),
           batch, placed.isoformat(), "9000"]  # fmt: skip
    path = folder / name
    path.write_text(HEADERS + "\n" + ",".join(row) + "\n", "utf-8")
    return path


def _payments(desk: Desk) -> list[tuple[str, int, str, str | None]]:
    with desk.read() as s:
        return sorted(
            (str(d), a, c, r)
            for d, a, c, r in s.connection().exec_driver_sql(
                "SELECT paid_on, amount_fen, channel, reference FROM payment"
            )
        )


def _placements(desk: Desk) -> list[dict]:
    with desk.read() as s:
        cur = s.connection().exec_driver_sql(
            "SELECT batch, placed_on, placed_fen, as_of, paid_fen, last_paid_on, file, matched, "
            "created_at FROM placement ORDER BY created_at, id"
        )
        names = [d[0] for d in cur.cursor.description]
        # a day as SQLite stores it (text); a server's driver gives a date
        return [
            {k: v.isoformat() if type(v) is date else v for k, v in zip(names, r, strict=True)}
            for r in cur
        ]


def _loan_id(desk: Desk) -> str:
    with desk.read() as s:
        return str(
            s.connection()
            .execute(text("SELECT id FROM loan WHERE contract_no = :c"), {"c": CONTRACT})
            .scalar_one()
        )


def _desk_payment(desk: Desk, on: date, yuan: int, channel: str = "bank_transfer") -> str:
    return record_payment(
        desk, _loan_id(desk), paid_on=on, amount_fen=yuan * 100, channel=channel
    ).payment_id


@pytest.fixture
def desk(tmp_path):
    d = open_workstation(tmp_path / "sup", "S01")
    yield d
    d.close()


@pytest.fixture
def placed(desk, tmp_path):
    """The first file: 5,000 repaid, the case is new here."""
    run_intake(desk, _file(tmp_path, "jan.csv", 5000, date(2026, 1, 5), date(2026, 1, 20)))
    assert _payments(desk) == [("2026-01-05", 500_000, "other", "head office jan.csv")]
    return desk


def test_a_desk_payment_the_file_includes_is_not_written_again(placed, tmp_path):
    desk_id = _desk_payment(placed, date(2026, 2, 4), 1000)
    report = run_intake(
        placed, _file(tmp_path, "feb.csv", 6000, date(2026, 2, 6), date(2026, 2, 20))
    )
    assert report.updated == 1
    assert [p[1] for p in _payments(placed)] == [500_000, 100_000]
    latest = _placements(placed)[-1]
    assert json.loads(latest["matched"]) == [desk_id]
    assert (latest["paid_fen"], latest["file"], latest["last_paid_on"]) == (
        600_000, "feb.csv", "2026-02-06")  # fmt: skip


def test_a_debit_file_payment_the_file_includes_is_not_written_again(placed, tmp_path):
    debit = tmp_path / "回盘.csv"
    debit.write_text(
        f"合同编号,扣款日期,扣款金额,扣款结果,失败原因\n{CONTRACT},2026-02-05,1000.00,成功,\n",
        "utf-8",
    )
    import_debit_results(placed, debit)
    run_intake(placed, _file(tmp_path, "feb.csv", 6000, date(2026, 2, 5), date(2026, 2, 20)))
    assert [(p[1], p[2]) for p in _payments(placed)] == [
        (500_000, "other"),
        (100_000, "auto_debit"),
    ]


def test_a_payment_only_head_office_saw_is_a_head_office_payment(placed, tmp_path):
    run_intake(placed, _file(tmp_path, "feb.csv", 6000, date(2026, 2, 6), date(2026, 2, 20)))
    assert _payments(placed)[-1] == ("2026-02-06", 100_000, "other", "head office feb.csv")
    assert json.loads(_placements(placed)[-1]["matched"]) == []


def test_two_equal_payments_are_each_matched_once(placed, tmp_path):
    first = _desk_payment(placed, date(2026, 2, 3), 1000)
    second = _desk_payment(placed, date(2026, 2, 6), 1000)
    run_intake(placed, _file(tmp_path, "feb.csv", 6000, date(2026, 2, 6), date(2026, 2, 20)))
    assert json.loads(_placements(placed)[-1]["matched"]) == [second]  # the nearer one
    run_intake(placed, _file(tmp_path, "feb2.csv", 7000, date(2026, 2, 6), date(2026, 2, 25)))
    assert json.loads(_placements(placed)[-1]["matched"]) == [first]
    assert sum(p[1] for p in _payments(placed)) == 700_000  # nothing written by intake


def test_a_payment_matched_once_is_not_matched_by_the_next_file(placed, tmp_path):
    _desk_payment(placed, date(2026, 2, 6), 1000)
    run_intake(placed, _file(tmp_path, "feb.csv", 6000, date(2026, 2, 6), date(2026, 2, 20)))
    run_intake(placed, _file(tmp_path, "feb2.csv", 7000, date(2026, 2, 10), date(2026, 2, 25)))
    assert _payments(placed)[-1] == ("2026-02-10", 100_000, "other", "head office feb2.csv")
    assert sum(p[1] for p in _payments(placed)) == 700_000


def test_two_desk_payments_that_add_up_to_what_head_office_saw(placed, tmp_path):
    ids = {
        _desk_payment(placed, date(2026, 2, 2), 400),
        _desk_payment(placed, date(2026, 2, 8), 600),
    }
    _desk_payment(placed, date(2026, 2, 7), 300)  # not in head office's figure
    run_intake(placed, _file(tmp_path, "feb.csv", 6000, date(2026, 2, 8), date(2026, 2, 20)))
    assert set(json.loads(_placements(placed)[-1]["matched"])) == ids
    assert sum(p[1] for p in _payments(placed)) == 630_000


def test_a_desk_payment_outside_the_window_is_another_payment(placed, tmp_path):
    late = date(2026, 2, 6) + timedelta(days=WINDOW_DAYS + 1)
    _desk_payment(placed, late, 1000)
    run_intake(placed, _file(tmp_path, "feb.csv", 6000, date(2026, 2, 6), date(2026, 2, 20)))
    assert ("2026-02-06", 100_000, "other", "head office feb.csv") in _payments(placed)
    assert sum(p[1] for p in _payments(placed)) == 700_000


def test_next_months_file_adds_only_the_new_part(placed, tmp_path):
    run_intake(placed, _file(tmp_path, "feb.csv", 6000, date(2026, 2, 6), date(2026, 2, 20)))
    run_intake(placed, _file(tmp_path, "mar.csv", 7000, date(2026, 3, 5), date(2026, 3, 15),
                             batch="B2603", placed=date(2026, 3, 1)))  # fmt: skip
    amounts = [(p[0], p[1]) for p in _payments(placed)]
    assert amounts == [("2026-01-05", 500_000), ("2026-02-06", 100_000), ("2026-03-05", 100_000)]
    history = [
        (p["batch"], p["placed_on"], p["placed_fen"], p["file"]) for p in _placements(placed)
    ]
    assert history == [("B2601", "2025-12-01", 900_000, "jan.csv"),
                       ("B2601", "2025-12-01", 900_000, "feb.csv"),
                       ("B2603", "2026-03-01", 900_000, "mar.csv")]  # fmt: skip


def test_less_repaid_than_known_here_writes_no_payment(placed, tmp_path):
    _desk_payment(placed, date(2026, 2, 25), 1000)  # after head office's figures
    run_intake(placed, _file(tmp_path, "feb.csv", 5000, date(2026, 1, 5), date(2026, 2, 20)))
    assert sum(p[1] for p in _payments(placed)) == 600_000
    # next month head office has seen it: matched, not written again
    run_intake(placed, _file(tmp_path, "mar.csv", 6000, date(2026, 2, 25), date(2026, 3, 15)))
    assert sum(p[1] for p in _payments(placed)) == 600_000


def test_the_same_file_again_writes_nothing(placed, tmp_path):
    _desk_payment(placed, date(2026, 2, 4), 1000)
    feb = _file(tmp_path, "feb.csv", 6500, date(2026, 2, 6), date(2026, 2, 20))
    run_intake(placed, feb)
    before = (_payments(placed), len(_placements(placed)))
    report = run_intake(placed, feb)
    assert (report.updated, report.unchanged) == (0, 1)
    assert (_payments(placed), len(_placements(placed))) == before


@pytest.mark.sqlite_only  # drops SQLite's fact trigger by name
def test_a_case_from_before_placements_counts_every_payment_here(desk, tmp_path):
    """A database from before migration 0009: its loans have payments, no placements."""
    run_intake(desk, _file(tmp_path, "jan.csv", 5000, date(2026, 1, 5), date(2026, 1, 20)))
    with desk.unit() as s:
        s.connection().exec_driver_sql("DROP TRIGGER fact_no_delete_placement")
        s.connection().exec_driver_sql("DELETE FROM placement")
    desk_id = _desk_payment(desk, date(2025, 11, 3), 1000)  # long before the window
    run_intake(desk, _file(tmp_path, "feb.csv", 6000, date(2026, 2, 6), date(2026, 2, 20)))
    assert sum(p[1] for p in _payments(desk)) == 600_000  # the totals, as before
    assert json.loads(_placements(desk)[-1]["matched"]) == [desk_id]


@pytest.mark.sqlite_only  # drops SQLite's fact trigger by name
def test_a_placement_without_a_repaid_amount_leaves_the_totals_rule(desk, tmp_path):
    run_intake(desk, _file(tmp_path, "jan.csv", 5000, date(2026, 1, 5), date(2026, 1, 20)))
    with desk.unit() as s:  # as a database from before migration 0009
        s.connection().exec_driver_sql("DROP TRIGGER fact_no_delete_placement")
        s.connection().exec_driver_sql("DELETE FROM placement")
    _desk_payment(desk, date(2025, 11, 3), 1000)
    batch_only = _file(tmp_path, "b.csv", 0, None, date(2026, 1, 25), batch="B2602")
    text = batch_only.read_text("utf-8").replace(",0,,", ",,,")  # no repaid amount
    batch_only.write_text(text, "utf-8")
    run_intake(desk, batch_only)
    assert [(p["batch"], p["paid_fen"]) for p in _placements(desk)] == [("B2602", None)]
    run_intake(desk, _file(tmp_path, "feb.csv", 6000, date(2026, 2, 6), date(2026, 2, 20)))
    assert sum(p[1] for p in _payments(desk)) == 600_000


# --- property: importing a file again changes nothing, and once head office has seen
# every desk payment both sides agree on the total ------------------------------------

# A desk payment head office books only in the next file is one of the month's last
# WINDOW_DAYS days (the booking lag the window allows for).
_LAG_FROM = 30 - WINDOW_DAYS
_payment = st.tuples(st.integers(1, 30), st.sampled_from([300, 500, 1000]), st.booleans())
_month = st.tuples(st.lists(_payment, max_size=3), st.sampled_from([0, 0, 500, 1000]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(months=st.lists(_month, min_size=1, max_size=3))
# Three equal payments, the last after head office's last-payment day: the file's two
# are the two made by then, not the one nearest after it.
@example(months=[([(1, 300, False), (16, 300, False), (23, 300, True)], 0), ([], 0)])
# Two equal payments on the last-payment day, one still on its way: the file's two are
# one of that day and the oldest, not both of that day.
@example(months=[([(1, 300, False), (23, 300, False), (23, 300, True)], 0), ([], 0)])
# Two payments made by the last-payment day add up to what head office saw; a single
# payment of that amount made after it is still on its way (found by hypothesis).
@example(months=[([(23, 500, True)], 0), ([(16, 500, False), (23, 1000, True)], 0), ([], 0)])
def test_importing_again_is_idempotent_and_head_office_agrees(months):
    # Two payments of different amounts made the same day, one still on its way: the
    # file's total cannot say which one head office saw, and the rule may take the
    # other (then the one left drops out of the next file's window and head office's
    # part is written again). Known and documented in docs/intake.md; not generated.
    for paid, _unseen in months:
        lagging = {(d, y) for d, y, lags in paid if lags and d >= _LAG_FROM}
        assume(not any((d, y) not in lagging and any(ld == d and ly != y for ld, ly in lagging)
                       for d, y, _lags in paid))  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        desk = open_workstation(folder / "sup", "S01")
        try:
            as_of, stated = date(2025, 9, 30), 2000
            run_intake(desk, _file(folder, "m0.csv", stated, date(2025, 9, 5), as_of))
            lagging: list[tuple[date, int]] = []  # desk payments head office books next time
            for n, (paid, unseen) in enumerate(months, start=1):
                start, as_of = as_of, as_of + timedelta(days=30)
                booked, late = list(lagging), []
                for day, yuan, lags in paid:
                    on = start + timedelta(days=day)
                    _desk_payment(desk, on, yuan)
                    (late if lags and day >= _LAG_FROM else booked).append((on, yuan))
                lagging = late
                stated += unseen + sum(y for _on, y in booked)
                last = max([on for on, _y in booked] or [start + timedelta(days=1)])
                path = _file(folder, f"m{n}.csv", stated, last, as_of)
                run_intake(desk, path)
                after = (_payments(desk), _placements(desk))
                run_intake(desk, path)
                assert (_payments(desk), _placements(desk)) == after
                if not lagging:  # head office has seen every desk payment
                    assert sum(p[1] for p in _payments(desk)) == stated * 100
        finally:
            desk.close()


# --- the rule alone, on many histories --------------------------------------------------

_paid = st.builds(
    Paid,
    id=st.uuids().map(str),
    paid_on=st.dates(date(2025, 12, 1), date(2026, 3, 1)),
    amount_fen=st.sampled_from([30_000, 50_000, 100_000, 120_000]),
    head_office=st.booleans(),
)


@settings(max_examples=300, deadline=None)
@given(
    payments=st.lists(_paid, max_size=8, unique_by=lambda p: p.id),
    included=st.sets(st.integers(0, 7)),
    stated=st.integers(0, 1_000_000),
    last_paid=st.dates(date(2026, 1, 1), date(2026, 2, 28)),
    last_as_of=st.none() | st.dates(date(2025, 12, 15), date(2026, 1, 31)),
)
def test_what_a_file_adds_is_what_it_states_beyond_what_is_included(
    payments, included, stated, last_paid, last_as_of
):
    history = LoanHistory(payments=payments, placed=True, last_as_of=last_as_of)
    history.included = {payments[i].id for i in included if i < len(payments)}
    out = reconcile_paid(history, stated, last_paid, date(2026, 3, 1))
    counted = sum(p.amount_fen for p in payments if p.head_office or p.id in history.included)
    by_id = {p.id: p for p in payments}
    chosen = [by_id[i] for i in out.matched]
    assert len(set(out.matched)) == len(out.matched)
    for p in chosen:  # only payments here no file included yet, dated in the window
        assert not p.head_office and p.id not in history.included
        earliest = min(last_paid, last_as_of or last_paid) - timedelta(days=WINDOW_DAYS)
        assert earliest <= p.paid_on <= last_paid + timedelta(days=WINDOW_DAYS)
    assert out.new_fen >= 0
    # what head office saw beyond the payments included is matched or new, never more
    assert out.new_fen + sum(p.amount_fen for p in chosen) == max(0, stated - counted)
