"""The case list service: keyset pages concatenated equal the whole filtered, sorted
list computed independently from the facts in Python; search by name, phone tail,
ID tail and contract number."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from collector_desk.domain.loan import DPD_BANDS, FAR_FUTURE, Instalment, bucket_for_dpd, position
from collector_desk.domain.promise import PromiseStatus, promise_standing
from collector_desk.services import cases
from collector_desk.services.context import Desk
from collector_desk.services.demo import create_demo
from collector_desk.services.portfolio import CaseRecord, PaymentRecord, add_cases
from collector_desk.store.models import Borrower, Loan, Payment, Phone, Promise
from collector_desk.store.models import Instalment as InstalmentRow

TODAY = date(2026, 3, 31)  # a month end: bands shift differently around it


@dataclass(frozen=True)
class Truth:
    loan_id: str
    contract_no: str
    name: str
    id_number: str
    phones: tuple[str, ...]
    due: date  # oldest unpaid due date
    dpd: int
    overdue_fen: int
    promise: str


def tie_records() -> list[CaseRecord]:
    """Cases built to collide on every sort key (same name, dates, amounts), plus settled ones."""
    out = []
    for i in range(24):
        settled = i % 6 == 0
        disbursed = date(2025, 11, 15)
        out.append(
            CaseRecord(
                contract_no=f"TIE{i % 3}{i:04d}",
                name="张伟" if i % 2 else "张伟明",
                id_number=f"11010519900307{i:03d}{'X' if i % 4 == 0 else str(i % 10)}",
                phones=(f"1380000{i % 4:04d}",),
                disbursed_on=disbursed,
                principal_fen=120_000_00,
                instalment_count=12,
                instalment_fen=11_000_00,
                payments=(PaymentRecord(date(2025, 12, 15), 132_000_00),) if settled else (),
            )
        )
    return out


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    folder: Path = tmp_path_factory.mktemp("cases")
    d = Desk.open(folder, today=lambda: TODAY, now=lambda: datetime(2026, 3, 31, 3, 0, tzinfo=UTC))
    create_demo(d, cases=160, seed=11)
    add_cases(d, tie_records())
    yield d
    d.close()


@pytest.fixture(scope="module")
def truth(desk: Desk) -> list[Truth]:
    """Each case's derived values from its facts, without the case_state cache."""
    out = []
    with desk.read() as s:
        for loan, b in s.execute(select(Loan, Borrower).join(Borrower)):
            sched = [
                Instalment(r.seq, r.due_on, r.amount_fen)
                for r in s.scalars(select(InstalmentRow).where(InstalmentRow.loan_id == loan.id))
            ]
            pays = [
                (p.paid_on, p.amount_fen)
                for p in s.scalars(select(Payment).where(Payment.loan_id == loan.id))
            ]
            pos = position(sched, pays, TODAY)
            promises = list(s.scalars(select(Promise).where(Promise.loan_id == loan.id)))
            status = PromiseStatus.NONE.value
            if promises:
                p = max(promises, key=lambda p: (p.created_at, p.id))
                status = promise_standing(
                    made_on=p.made_on,
                    promised_on=p.promised_on,
                    amount_fen=p.amount_fen,
                    payments=pays,
                    today=TODAY,
                ).status.value
            phones = tuple(s.scalars(select(Phone.number).where(Phone.borrower_id == b.id)))
            out.append(
                Truth(
                    loan.id,
                    loan.contract_no,
                    b.name,
                    b.id_number,
                    phones,
                    pos.oldest_unpaid_due_on,
                    pos.dpd,
                    pos.overdue_fen,
                    status,
                )
            )
    return out


def in_band(t: Truth, name: str) -> bool:
    for band, low, high in DPD_BANDS:
        if band == name:
            return low <= t.dpd and (high is None or t.dpd <= high)
    return bucket_for_dpd(t.dpd).value == name


def matches(t: Truth, text: str) -> bool:
    q = text.strip().replace(" ", "").replace("-", "")
    if not q:
        return True
    if re.search(r"[\u3400-\u9fff]", q):
        return t.name.startswith(q)
    if t.contract_no.startswith(q.upper()):
        return True
    q = q.removeprefix("+")
    if q.isdigit() and len(q) == 4 and any(p[-4:] == q for p in t.phones):
        return True
    if re.fullmatch(r"\d{3}[\dXx]", q) and t.id_number[-4:] == q.upper():
        return True
    if q.isdigit() and len(q) >= 7:
        return ("86" + q if len(q) == 11 else q) in t.phones
    return False


SORT_KEY = {
    cases.SortKey.DPD: lambda t: t.due,  # most overdue first = oldest unpaid due date first
    cases.SortKey.OVERDUE: lambda t: t.overdue_fen,
    cases.SortKey.NAME: lambda t: t.name,
    cases.SortKey.CONTRACT: lambda t: t.contract_no,
}


def expected(truth: list[Truth], q: cases.CaseQuery) -> list[str]:
    rows = [
        t
        for t in truth
        if (not q.buckets or any(in_band(t, b) for b in q.buckets))
        and (not q.promise or t.promise in q.promise)
        and (not q.only_overdue or t.dpd > 0)
        and matches(t, q.search)
    ]
    reverse = q.descending != (q.sort is cases.SortKey.DPD)
    rows.sort(key=lambda t: (SORT_KEY[q.sort](t), t.loan_id), reverse=reverse)
    return [t.loan_id for t in rows]


def all_pages(desk: Desk, q: cases.CaseQuery, size: int) -> list[cases.CaseRow]:
    got: list[cases.CaseRow] = []
    after = None
    for _ in range(1000):
        page = cases.page(desk, q, after=after, limit=size)
        got += page
        if len(page) < size:
            return got
        after = page[-1].key
    raise AssertionError("paging never ended")


def search_terms(truth: list[Truth]) -> st.SearchStrategy[str]:
    sample = st.sampled_from(truth)
    return st.one_of(
        st.just(""),
        sample.map(lambda t: t.name[:2]),
        sample.map(lambda t: t.name[:1]),
        sample.map(lambda t: t.name),
        sample.map(lambda t: t.phones[0][-4:]),
        sample.map(lambda t: t.phones[0][2:]),
        sample.map(lambda t: t.id_number[-4:].lower()),
        sample.map(lambda t: t.contract_no),
        sample.map(lambda t: t.contract_no[:8].lower()),
        st.text(alphabet="0123456789", min_size=4, max_size=4),
    )


BAND_NAMES = [b for b, _, _ in DPD_BANDS] + ["M1", "M3+"]


def test_the_fixture_covers_every_band_and_promise(truth: list[Truth]) -> None:
    assert {bucket_for_dpd(t.dpd).value for t in truth} == {"C", "M1", "M2", "M3", "M3+"}
    assert {t.promise for t in truth} == {s.value for s in PromiseStatus}
    assert any(t.due == FAR_FUTURE for t in truth)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_keyset_pages_equal_the_whole_sorted_filtered_list(
    desk: Desk, truth: list[Truth], data: st.DataObject
) -> None:
    q = cases.CaseQuery(
        sort=data.draw(st.sampled_from(list(cases.SortKey))),
        descending=data.draw(st.booleans()),
        buckets=frozenset(data.draw(st.lists(st.sampled_from(BAND_NAMES), max_size=2))),
        promise=frozenset(
            data.draw(st.lists(st.sampled_from([s.value for s in PromiseStatus]), max_size=2))
        ),
        only_overdue=data.draw(st.booleans()),
        search=data.draw(st.one_of(st.just(""), search_terms(truth))),
    )
    size = data.draw(st.integers(1, 60))
    got = all_pages(desk, q, size)
    assert [r.loan_id for r in got] == expected(truth, q)
    assert cases.count(desk, q) == len(got)
    by_id = {t.loan_id: t for t in truth}
    for row in got:
        t = by_id[row.loan_id]
        assert (row.dpd, row.overdue_fen, row.promise_status) == (t.dpd, t.overdue_fen, t.promise)
        assert row.bucket == bucket_for_dpd(t.dpd).value
        assert "*" in row.borrower_masked


def ids(desk: Desk, text: str) -> set[str]:
    return {r.loan_id for r in all_pages(desk, cases.CaseQuery(search=text), 500)}


def test_search_two_character_name(desk: Desk, truth: list[Truth]) -> None:
    found = ids(desk, "张伟")
    assert found == {t.loan_id for t in truth if t.name.startswith("张伟")}
    assert len(found) >= 24  # the tie cases: 张伟 and 张伟明


def test_search_phone_tail_id_tail_and_contract(desk: Desk, truth: list[Truth]) -> None:
    t = next(t for t in truth if t.contract_no.startswith("JK"))
    assert t.loan_id in ids(desk, t.phones[0][-4:])
    assert t.loan_id in ids(desk, t.phones[0][2:5] + "-" + t.phones[0][5:])  # typed with a dash
    assert t.loan_id in ids(desk, "+" + t.phones[0])
    assert t.loan_id in ids(desk, t.id_number[-4:])
    assert ids(desk, t.contract_no) == {t.loan_id}
    assert ids(desk, t.contract_no.lower()) == {t.loan_id}
    x_tail = next(t for t in truth if t.id_number.endswith("X"))
    assert x_tail.loan_id in ids(desk, x_tail.id_number[-4:].lower())


def test_bucket_counts_add_up(desk: Desk, truth: list[Truth]) -> None:
    counts = cases.bucket_counts(desk, cases.CaseQuery())
    assert sum(counts.values()) == len(truth)
    for bucket, n in counts.items():
        assert n == sum(1 for t in truth if bucket_for_dpd(t.dpd).value == bucket)


def test_dpd_band_edges_on_a_month_end(desk: Desk, truth: list[Truth]) -> None:
    band = {t.loan_id for t in truth if 1 <= t.dpd <= 5}
    got = {r.loan_id for r in all_pages(desk, cases.CaseQuery(buckets=frozenset({"M1-1-5"})), 50)}
    assert got == band and band
    assert all(TODAY - timedelta(days=5) <= t.due < TODAY for t in truth if t.loan_id in got)
