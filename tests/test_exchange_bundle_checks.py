"""Bundle import checks everything that could refuse a bundle before its first write,
then applies it in chunks: the chunk size never changes what an import leaves, and
the column-at-a-time value check finds what a value-by-value check finds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_exchange_bundle import KEY, db_file
from test_exchange_bundle import team as team  # the fixture
from test_exchange_support import dump, file_state, put_register, record_call, seed_portfolio

from collector_desk.exchange.bundle_in import import_bundle, read_bundle
from collector_desk.exchange.bundle_out import export_bundle
from collector_desk.exchange.envelope import BundleRefused
from collector_desk.services.context import Desk

# --- everything that could refuse a bundle is checked before the first write ------------


def _tampered(a: Desk, bundle, sections, tmp_path: Path) -> BundleRefused:
    """Apply a verified bundle with changed rows: refused, and the file unchanged."""
    from collector_desk.exchange.bundle_in import apply_bundle
    from collector_desk.exchange.bundle_read import Bundle

    before = file_state(db_file(a))
    with pytest.raises(BundleRefused) as refused:
        apply_bundle(a, Bundle(bundle.manifest, sections), tmp_path / "b.cdb", chunk_rows=2)
    assert file_state(db_file(a)) == before
    return refused.value


def test_what_would_fail_half_way_is_refused_before_anything_is_written(team, tmp_path):
    from collector_desk.exchange.synctables import by_name

    s, a = team["S"], team["A"]
    loans = seed_portfolio(s, 6)
    put_register(s, "loan", loans[0], "assigned_to", "A")
    bundle = read_bundle(export_bundle(s, tmp_path / "s.cdb", KEY).path, KEY)
    loan, register = by_name()["loan"], by_name()["register"]
    rows = bundle.sections["loan"]

    twice = _tampered(a, bundle, {**bundle.sections, "loan": [*rows, rows[2]]}, tmp_path)
    assert twice.code == "malformed" and "loan section's row 7 repeats a key" in str(twice)

    orphan = list(rows[-1])
    orphan[loan.index("borrower_id")] = "no-such-borrower"
    lost = _tampered(a, bundle, {**bundle.sections, "loan": [*rows[:-1], orphan]}, tmp_path)
    assert lost.code == "malformed" and "point at a borrower" in str(lost)

    reg = list(bundle.sections["register"][0])
    reg[register.index("value")] = "not json"
    bad = _tampered(a, bundle, {**bundle.sections, "register": [reg]}, tmp_path)
    assert bad.code == "malformed" and "register section's row 1, column value" in str(bad)

    # The bundle's last contract, here under another lender's id: the one clash left
    # (the same contract under the same lender converges, tests/test_bundle_identity.py).
    a.set_settings(lender_name="另一家消费金融")
    seed_portfolio(a, 1, start=5)
    clash = _tampered(a, bundle, bundle.sections, tmp_path)
    assert clash.code == "clash" and "lender name" in str(clash)


@pytest.mark.parametrize("chunk_rows", [1, 7, 50, 5000])
def test_the_plan_takes_every_row_once_in_order_in_full_steps(team, tmp_path, chunk_rows):
    from collector_desk.exchange.bundle_apply import plan

    s = team["S"]
    for n, loan in enumerate(seed_portfolio(s, 9)):
        for k in range(n % 3):
            record_call(s, loan, f"第{k}次")
    bundle = read_bundle(export_bundle(s, tmp_path / "s.cdb", KEY, kind="all").path, KEY)
    old, new = plan(bundle, chunk_rows, version=1), plan(bundle, chunk_rows)
    # plan 1: a slice of one table per step, then the finish on its own
    assert all(len(step.parts) == 1 for step in old[:-1]) and old[-1].parts == ()
    assert [step.finish for step in old] == [False] * (len(old) - 1) + [True]
    assert [step.finish for step in new] == [False] * (len(new) - 1) + [True]

    def rows(steps):
        return [(p.table, i) for step in steps for p in step.parts for i in range(p.start, p.stop)]

    assert rows(new) == rows(old)
    written = {n for n, r in bundle.sections.items() if r} - {"instalment"}  # with the loans
    assert {t for t, _ in rows(new)} == written
    per_loan = len(bundle.sections["instalment"]) / len(bundle.sections["loan"])

    def weight(step):
        return sum(
            (p.stop - p.start) * (1 + per_loan if p.table == "loan" else 1) for p in step.parts
        )

    assert all(weight(step) <= max(chunk_rows, 1 + per_loan) for step in new)
    assert len(new) <= len(old)
    if chunk_rows == 5000:
        assert len(new) == 1  # a small bundle is one step, the finish in it


def test_an_import_begun_along_plan_1_is_resumed_along_it(team, tmp_path):
    """An older version's import, stopped after two of its steps (each a slice of one
    table), is finished by this version along the same steps, not the packed ones."""
    from collector_desk.exchange.bundle_in import _Journal, _Steps, apply_bundle

    s, a, b = team["S"], team["A"], team["B"]
    loans = seed_portfolio(s, 4)
    for n, loan in enumerate(loans):
        record_call(s, loan, f"第{n}次")
    path = export_bundle(s, tmp_path / "s.cdb", KEY).path
    bundle = read_bundle(path, KEY)
    whole = import_bundle(a, path, KEY)
    run = _Steps(b, bundle, path, _Journal(chunk_rows=2, plan=1))
    assert len(run.steps) > 3
    run.apply(0)
    run.apply(1)
    with b.read() as sess:
        doc = json.loads(
            sess.connection()
            .exec_driver_sql("SELECT summary FROM sync_log WHERE direction = 'import'")
            .scalar_one()
        )
    assert (doc["state"], doc["done"], doc["plan"]) == ("importing", 2, 1)
    resumed = apply_bundle(b, bundle, path)
    assert (whole.added, whole.updated, whole.known) == (
        resumed.added,
        resumed.updated,
        resumed.known,
    )
    assert [line for line in dump(a) if "audit_event" not in line] == [
        line for line in dump(b) if "audit_event" not in line
    ]


def test_a_bundle_applied_in_tiny_chunks_gives_the_same_database(team, tmp_path):
    """The chunk size changes how often the import commits, never what it leaves."""
    from collector_desk.exchange.bundle_in import apply_bundle

    s, a, b = team["S"], team["A"], team["B"]
    loans = seed_portfolio(s, 5)
    for n, loan in enumerate(loans):
        record_call(s, loan, f"第{n}次")
    put_register(s, "loan", loans[1], "assigned_to", "B")
    path = export_bundle(s, tmp_path / "s.cdb", KEY).path
    whole = import_bundle(a, path, KEY)
    tiny = apply_bundle(b, read_bundle(path, KEY), path, chunk_rows=1)
    assert (whole.added, whole.updated, whole.known) == (tiny.added, tiny.updated, tiny.known)
    assert tiny.added["call"] == 5 and tiny.added["instalment"] == 60

    def received(desk: Desk) -> list[str]:  # all but each workstation's own audit records
        table, out = "", []
        for line in dump(desk):
            if line.startswith('{"table"'):
                table = json.loads(line)["table"]
            if table != "audit_event" or desk.workstation_id not in line:
                out.append(line)
        return out

    assert received(a) == received(b)


_ANY = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**64), 2**64), st.floats(), st.text(max_size=4),
    st.sampled_from(["2026-02-30", "1899-12-31", "x\x00", "ok\n", "\x7f", "never"]),
)  # fmt: skip
_GOOD = {
    "text": st.text(max_size=6),
    "date": st.sampled_from(["2026-03-16", "2026-12-31"]),
    "timestamp": st.sampled_from(["2026-03-16T01:00:00.000000Z", "2026-03-16T01:00:00"]),
    "fen": st.integers(0, 2**53 - 1),
}


def _payment_row(good: float) -> st.SearchStrategy[list[object]]:
    from collector_desk.exchange import bundle_check

    columns = [
        st.one_of(_GOOD[kind], _ANY) if good < 0.5 else _GOOD[kind]
        for _c, kind, _n in bundle_check._checks("payment")
    ]
    return st.tuples(*columns).map(list)


def _payment_rows(good: float) -> st.SearchStrategy[list[list[object]]]:
    """Mostly sound rows when `good` is high; now and then not even rows of 9 values."""
    row = _payment_row(good)
    if good < 0.1:
        row = st.one_of(row, st.lists(_ANY, max_size=10))
    return st.lists(row, min_size=1, max_size=5)


@settings(max_examples=300, deadline=None)
@given(st.floats(0, 1).flatmap(_payment_rows))
def test_checking_a_column_at_a_time_finds_what_checking_each_value_finds(rows):
    from collector_desk.exchange import bundle_check

    checks = bundle_check._checks("payment")

    def one_by_one() -> bool:
        for row in rows:
            if len(row) != len(checks):
                return False
            for value, (_column, kind, nullable) in zip(row, checks, strict=True):
                if (not nullable) if value is None else bundle_check._problem(kind, value):
                    return False
        return True

    assert bundle_check._sound("payment", rows, checks) == one_by_one()
    if not one_by_one():
        with pytest.raises(BundleRefused, match=r"payment section's row \d"):
            bundle_check.check_rows({"payment": rows})
