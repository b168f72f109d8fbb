"""Convergent ids (issue 10 item 9): two workstations that load the same head-office
workbook exchange bundles and converge, instead of being refused as a clash; so do
a database from before convergent ids (random loan ids) and a new one, through
`loan_alias`. Real SQLite files, a real xlsx through the real intake."""

from __future__ import annotations

import hashlib
import unicodedata
import uuid
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from test_exchange_support import (
    TODAY,
    SharedClock,
    fact_ids,
    make_id_number,
    make_phone,
    open_workstation,
    put_register,
    record_call,
)

from collector_desk.domain import identity
from collector_desk.domain.call_flow import Disposition
from collector_desk.domain.progress import Progress
from collector_desk.exchange import intake_write
from collector_desk.exchange.bundle_in import apply_bundle, import_bundle, read_bundle
from collector_desk.exchange.bundle_out import export_bundle
from collector_desk.exchange.envelope import BundleRefused
from collector_desk.exchange.intake import run_intake
from collector_desk.exchange.teamkey import TeamKey
from collector_desk.services import calls
from collector_desk.services.context import Desk
from collector_desk.services.payments import record_payment
from collector_desk.services.portfolio import Stamp
from collector_desk.store.cases_bulk import stored

KEY = TeamKey(bytes(range(32)))
HEADERS = ("合同编号", "客户姓名", "身份证号", "手机号码", "放款日期", "借款金额", "期数",
           "月还款额", "已还金额", "最近还款日期", "统计日期", "联系人1姓名", "联系人1电话",
           "联系人1关系")  # fmt: skip
NAMES = ("张伟", "王芳", "李娜", "刘洋")


def contract(n: int) -> str:
    return f"HT2026{n:06d}"


def workbook(path: Path, count: int = 4, *, dated: bool = True) -> Path:
    """A head-office file: `count` cases, each with a contact; case n has repaid n
    thousand yuan, the last payment on 2026-03-0n; as of 2026-03-10 (`dated`: in a
    column of its own)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    keep = [i for i, h in enumerate(HEADERS) if dated or h != "统计日期"]
    ws.append([HEADERS[i] for i in keep])
    for n in range(1, count + 1):
        row = (contract(n), NAMES[n % 4], make_id_number(n), make_phone(n),
               f"2025-{n:02d}-05", 24000, 24, 1000, n * 1000, f"2026-03-0{n}",
               "2026-03-10", f"联系人{n}", make_phone(900 + n), "配偶")  # fmt: skip
        ws.append([row[i] for i in keep])
    wb.save(path)
    return path


def rows(desk: Desk, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    """As stored (ISO text dates, on SQLite and on a server alike)."""
    with desk.read() as s:
        return [tuple(stored(v) for v in r) for r in s.execute(text(sql), params)]


def loan_of(desk: Desk, n: int) -> str:
    return str(rows(desk, "SELECT id FROM loan WHERE contract_no = :c", c=contract(n))[0][0])


def case_list(desk: Desk) -> list[tuple[Any, ...]]:
    return sorted(
        rows(
            desk,
            "SELECT contract_no, borrower_name, overdue_fen, outstanding_fen, "
            "promise_status, last_contact_at, assigned_to FROM case_state",
        )
    )


def payments(desk: Desk) -> list[tuple[Any, ...]]:
    """Every payment by contract (not by the loan's id, which may differ)."""
    return sorted(
        rows(
            desk,
            "SELECT l.contract_no, p.paid_on, p.amount_fen, p.channel, p.id FROM payment p "
            "JOIN loan l ON l.id = p.loan_id",
        )
    )


def phones(desk: Desk) -> list[tuple[Any, ...]]:
    return sorted(
        rows(
            desk,
            "SELECT b.id_number, p.number, p.contact_id IS NULL FROM phone p "
            "JOIN borrower b ON b.id = p.borrower_id",
        )
    )


def calls_by_contract(desk: Desk) -> list[tuple[Any, ...]]:
    return sorted(
        rows(
            desk,
            "SELECT l.contract_no, c.id, ph.number FROM call c JOIN loan l ON "
            "l.id = c.loan_id LEFT JOIN phone ph ON ph.id = c.phone_id",
        )
    )


def work_facts(desk: Desk) -> set[tuple[str, str]]:
    """Every fact's id but the audit records (the last import's stays where it ran)."""
    return {f for f in fact_ids(desk) if f[0] != "audit_event"}


def exchange(a: Desk, b: Desk, folder: Path, tag: str) -> None:
    """a's bundle into b, then b's into a."""
    import_bundle(b, export_bundle(a, folder / f"{tag}-a.cdb", KEY).path, KEY)
    import_bundle(a, export_bundle(b, folder / f"{tag}-b.cdb", KEY).path, KEY)


@pytest.fixture
def pair(tmp_path: Path):
    clock = SharedClock()
    a = open_workstation(tmp_path / "A", "A01", now=clock)
    b = open_workstation(tmp_path / "B", "B01", now=clock)
    yield a, b
    a.close()
    b.close()


def work(desk: Desk, n: int, yuan: int) -> str:
    """A day's work on case n: a call (on the borrower's first number) and a payment."""
    loan = loan_of(desk, n)
    phone = rows(
        desk,
        "SELECT p.id FROM phone p JOIN loan l ON l.borrower_id = p.borrower_id "
        "WHERE l.id = :loan AND p.contact_id IS NULL",
        loan=loan,
    )[0][0]
    outcome = calls.CallOutcome(loan, Disposition.NO_ANSWER, note=f"第{n}个案子", phone_id=phone)
    call = calls.record_call(desk, outcome).call_id
    on = date(2026, 3, 15)
    record_payment(desk, loan, paid_on=on, amount_fen=yuan * 100, channel="bank_transfer")
    return call


# --- the id ------------------------------------------------------------------------------

_LENDERS = st.text(st.characters(categories=("L", "N")), min_size=1, max_size=12)
_CONTRACTS = st.text(st.sampled_from("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789-"), min_size=1,
                     max_size=20)  # fmt: skip


def _variants(lender: str, contract_no: str) -> list[tuple[str, str]]:
    """What the same lender and contract look like typed elsewhere."""
    wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in lender)
    return [
        (f"  {lender}\t", contract_no.lower()),
        (lender.upper(), f" {contract_no} "),
        (wide, f"\u200b{contract_no}\ufeff"),
        (unicodedata.normalize("NFKD", lender), contract_no),
    ]


@settings(max_examples=80, deadline=None)
@given(_LENDERS, _CONTRACTS, _CONTRACTS, st.dates(date(1990, 1, 1), date(2100, 1, 1)))
def test_loan_uuid_is_stable_across_normalisations_and_tells_contracts_apart(
    lender: str, c1: str, c2: str, day: date
) -> None:
    made = identity.loan_uuid(lender, c1, day)
    u = uuid.UUID(made)
    assert u.version == 8 and u.variant == uuid.RFC_4122 and identity.is_derived(made)
    assert uuid.UUID(int=u.int >> 112 << 112).int >> 112 == identity.day_number(day)
    for n, (other_lender, other_contract) in enumerate(_variants(lender, c1)):
        if n == 1 and not lender.isascii():
            continue  # upper then case-folded is not always case-folded (a few scripts)
        assert identity.loan_uuid(other_lender, other_contract, day) == made, n
    later = identity.loan_uuid(lender, c1, day + timedelta(days=40))
    assert later != made and identity.same_source(later, made)
    if identity.contract_key(c1) != identity.contract_key(c2):
        other = identity.loan_uuid(lender, c2, day)
        assert other != made and not identity.same_source(other, made)
    assert not identity.same_source(identity.loan_uuid(lender + "x", c1, day), made)
    assert identity.borrower_uuid(lender, c1, day) != made  # another kind, another id
    assert not identity.is_derived(str(uuid.uuid4()))


def test_ids_sort_by_day_then_row_whatever_the_contract() -> None:
    first = date(2025, 1, 1)
    made = [
        identity.loan_uuid(
            "示例消费金融", contract(97 - n), first + timedelta(days=n // 10), n % 10
        )
        for n in range(50)
    ]
    assert made == sorted(made)


# --- two new workstations ----------------------------------------------------------------


def test_two_workstations_loading_one_file_converge(pair, tmp_path: Path) -> None:
    a, b = pair
    book = workbook(tmp_path / "委案明细.xlsx")
    run_intake(a, book)
    run_intake(b, book)
    assert sorted(rows(a, "SELECT id, contract_no FROM loan")) == sorted(
        rows(b, "SELECT id, contract_no FROM loan")
    )
    a_call, b_call = work(a, 1, 300), work(b, 2, 200)
    put_register(b, "loan", loan_of(b, 3), "assigned_to", "B01")
    head_office = [p for p in payments(a) if p[3] == "other"]
    assert head_office == [p for p in payments(b) if p[3] == "other"]  # the same ids
    phones_before = phones(a)

    exchange(a, b, tmp_path, "1")

    assert case_list(a) == case_list(b)
    assert payments(a) == payments(b)
    assert len(payments(a)) == len(head_office) + 2  # each desk payment once
    assert [p for p in payments(a) if p[3] == "other"] == head_office  # once each
    assert phones(a) == phones(b) == phones_before  # no second row for a number
    assert calls_by_contract(a) == calls_by_contract(b)
    assert {c[1] for c in calls_by_contract(a)} == {a_call, b_call}
    assert all(c[2] for c in calls_by_contract(b))  # on B's own row for the number
    assert work_facts(a) == work_facts(b)
    assert [c[6] for c in case_list(a)] == ["", "", "B01", ""]
    # both made the same placement for the file: once
    assert Counter(r[0] for r in rows(a, "SELECT loan_id FROM placement")) == Counter(
        r[0] for r in rows(b, "SELECT loan_id FROM placement")
    )
    assert len(rows(a, "SELECT id FROM placement")) == 4

    # another day: facts only, on both sides' phone ids
    record_call(a, loan_of(a, 2), "再打一次")
    exchange(a, b, tmp_path, "2")
    assert calls_by_contract(a) == calls_by_contract(b)
    assert len(calls_by_contract(b)) == 3


def test_a_contract_under_another_lenders_name_is_the_one_clash(pair, tmp_path: Path) -> None:
    a, b = pair
    book = workbook(tmp_path / "委案明细.xlsx", 2)
    run_intake(a, book)
    b.set_settings(lender_name="另一家消费金融")
    run_intake(b, book)
    with pytest.raises(BundleRefused) as refused:
        import_bundle(b, export_bundle(a, tmp_path / "a.cdb", KEY).path, KEY)
    assert refused.value.code == "clash"
    message = str(refused.value)
    assert "lender name" in message and "\n" not in message
    assert contract(1) not in message and "张伟" not in message


def test_one_file_loaded_on_two_days_converges_through_aliases(pair, tmp_path: Path) -> None:
    """A file without an as-of column is dated by the day it is loaded: two such
    intakes order the same contracts differently, and the bundles alias them."""
    a, b = pair
    book = workbook(tmp_path / "委案明细.xlsx", 3, dated=False)
    run_intake(a, book, as_of=date(2026, 3, 11))
    run_intake(b, book, as_of=date(2026, 3, 12))
    a_loans, b_loans = ({loan_of(d, n) for n in range(1, 4)} for d in (a, b))
    assert not a_loans & b_loans
    assert {identity.same_source(loan_of(a, n), loan_of(b, n)) for n in range(1, 4)} == {True}
    work(a, 1, 100)
    exchange(a, b, tmp_path, "1")
    assert {loan_of(b, n) for n in range(1, 4)} == b_loans
    assert {loan_of(a, n) for n in range(1, 4)} == a_loans
    assert case_list(a) == case_list(b)
    assert phones(a) == phones(b) and len(phones(a)) == 6
    assert calls_by_contract(a) == calls_by_contract(b)


# --- a database from before convergent ids -----------------------------------------------


def intake_before_convergent_ids(desk: Desk, book: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The intake as it was: random ids for loans, borrowers and head-office facts."""
    with monkeypatch.context() as m:
        m.setattr(Stamp, "loan_id", lambda *a: str(uuid.uuid4()))
        m.setattr(Stamp, "borrower_id", lambda *a: str(uuid.uuid4()))
        m.setattr(intake_write, "fact_uuid", lambda *a, **k: str(uuid.uuid4()))
        run_intake(desk, book)


def test_an_old_database_and_a_new_one_converge_through_aliases(
    pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, new = pair
    book = workbook(tmp_path / "委案明细.xlsx")
    intake_before_convergent_ids(old, book, monkeypatch)
    run_intake(new, book)
    assert not set(rows(old, "SELECT id FROM loan")) & set(rows(new, "SELECT id FROM loan"))
    old_loans = {n: loan_of(old, n) for n in range(1, 5)}
    new_loans = {n: loan_of(new, n) for n in range(1, 5)}
    old_call = work(old, 1, 300)
    put_register(old, "loan", old_loans[1], "assigned_to", "A01")  # on the old id
    new_call = work(new, 2, 200)
    head_office = sorted(p[:4] for p in payments(new) if p[3] == "other")
    phones_before = phones(new)

    exchange(old, new, tmp_path, "1")

    # every old id is an alias of the new database's loan, and the other way round
    assert dict(rows(new, "SELECT remote_id, local_id FROM loan_alias WHERE entity = 'loan'")) == {
        old_loans[n]: new_loans[n] for n in range(1, 5)
    }
    assert dict(rows(old, "SELECT remote_id, local_id FROM loan_alias WHERE entity = 'loan'")) == {
        new_loans[n]: old_loans[n] for n in range(1, 5)
    }
    assert {loan_of(new, n) for n in range(1, 5)} == set(new_loans.values())  # no second loan
    assert case_list(old) == case_list(new)
    assert [c[6] for c in case_list(new)] == ["A01", "", "", ""]
    assigned = rows(new, "SELECT entity_id FROM register WHERE field = 'assigned_to'")
    assert assigned == [(new_loans[1],)]  # the register landed on the local loan
    assert phones(old) == phones(new) == phones_before
    for desk in (old, new):  # the head-office payment of the one file: once
        assert sorted(p[:4] for p in payments(desk) if p[3] == "other") == head_office
        assert len(payments(desk)) == len(head_office) + 2
        assert {c[1] for c in calls_by_contract(desk)} == {old_call, new_call}
    assert calls_by_contract(old) == calls_by_contract(new)
    assert len(rows(new, "SELECT id FROM placement")) == 4

    # a later bundle of facts only still lands on the local loan, through the alias
    later = record_call(old, old_loans[3], "第二天")
    exchange(old, new, tmp_path, "2")
    assert (contract(3), later) in {c[:2] for c in calls_by_contract(new)}
    assert calls_by_contract(old) == calls_by_contract(new)
    assert case_list(old) == case_list(new)


# --- a team's server and a workstation ---------------------------------------------------


def test_a_server_and_an_old_workstation_converge(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = SharedClock()
    server = Desk.open(tmp_path / "office", url=pg_url, today=lambda: TODAY, now=clock)
    branch = open_workstation(tmp_path / "branch", "C001", now=clock)
    try:
        server.set_settings(collector_id="S01", collector_name="S01")
        book = workbook(tmp_path / "委案明细.xlsx", 3)
        run_intake(server, book)
        intake_before_convergent_ids(branch, book, monkeypatch)
        branch_call = work(branch, 1, 300)
        put_register(branch, "loan", loan_of(branch, 1), "assigned_to", "C001")
        server_call = work(server, 2, 200)

        exchange(branch, server, tmp_path, "1")
        exchange(branch, server, tmp_path, "2")  # again: nothing new, no refusal

        assert case_list(server) == case_list(branch)
        assert [c[6] for c in case_list(server)] == ["C001", "", ""]
        assert phones(server) == phones(branch)
        assert len(phones(server)) == 6
        for desk in (server, branch):
            assert len([p for p in payments(desk) if p[3] == "other"]) == 3
            assert len(payments(desk)) == 5
            assert {c[1] for c in calls_by_contract(desk)} == {branch_call, server_call}
        assert len(rows(server, "SELECT remote_id FROM loan_alias WHERE entity = 'loan'")) == 3
    finally:
        branch.close()
        server.close()


class _StopAt(Progress):
    """The power goes as the import reaches step `at` (steps before it are committed)."""

    def __init__(self, at: int) -> None:
        super().__init__()
        self.at = at

    def report(self, done: int, total: int | None = None, text: str | None = None) -> None:
        super().report(done, total, text)
        if text not in (None, "importing", "verifying") and done == self.at:
            raise RuntimeError("power cut")


def test_an_aliased_import_stopped_half_way_is_finished_by_importing_again(
    pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, new = pair
    book = workbook(tmp_path / "委案明细.xlsx")
    intake_before_convergent_ids(old, book, monkeypatch)
    run_intake(new, book)
    new_loans = {loan_of(new, n) for n in range(1, 5)}
    work(old, 1, 300)
    put_register(old, "loan", loan_of(old, 4), "assigned_to", "A01")
    path = export_bundle(old, tmp_path / "old.cdb", KEY).path
    bundle = read_bundle(path, KEY)
    with pytest.raises(RuntimeError):
        apply_bundle(new, bundle, path, chunk_rows=10, progress=_StopAt(3))
    assert rows(new, "SELECT count(*) FROM loan_alias WHERE entity = 'loan'") == [(4,)]
    apply_bundle(new, read_bundle(path, KEY), path, chunk_rows=10)  # resumed
    assert {loan_of(new, n) for n in range(1, 5)} == set(new_loans)  # no second loan
    assert case_list(new) == case_list(old)
    assert phones(new) == phones(old)
    assert len(payments(new)) == len(payments(old))


def _reference_v8(kind: tuple[str, ...], day: date | None, seq: int) -> str:
    """The id layout of the module's docstring, written plainly (uuid and hashlib)."""
    text = str(identity.NAMESPACE) + "\x1f" + "\x1f".join(kind)
    digest = int.from_bytes(hashlib.sha256(text.encode()).digest()[:16])
    value = (identity.day_number(day) << 112) | (min(max(seq, 0), 0xFFFF_FFFF) << 80)
    value |= (digest & identity._HASH_MASK) | (0x8 << 76) | (0x2 << 62)
    return str(uuid.UUID(int=value))


@settings(max_examples=200, deadline=None)
@given(
    _LENDERS,
    _CONTRACTS,
    st.one_of(st.none(), st.dates(date(1960, 1, 1), date(2200, 1, 1))),
    st.integers(-5, 2**33),
)
def test_derived_ids_follow_the_documented_layout_exactly(
    lender: str, key: str, day: date | None, seq: int
) -> None:
    """Ids are forever (every workstation derives the same): the fast form of the
    module (a prefixed hash copied, the day's bits cached) gives the plain one's."""
    lk, ck = identity.lender_key(lender), identity.contract_key(key)
    assert identity.loan_uuid(lender, key, day, seq) == _reference_v8(("loan", lk, ck), day, seq)
    assert identity.borrower_uuid(lender, key, day, seq) == _reference_v8(
        ("borrower", lk, ck), day, seq
    )
    said = (lk, key, seq, day)
    assert identity.fact_uuid("placement", *said, day=day, seq=seq) == _reference_v8(
        ("fact", "placement", *(repr(s) for s in said)), day, seq
    )


def test_derived_ids_of_a_known_contract_never_change() -> None:
    assert (
        identity.loan_uuid("示例消费金融", "HT-2026-0001", date(2026, 4, 30), 12)
        == "505d0000-000c-8d8f-8b37-8b9cd8f1316c"
    )
    assert (
        identity.borrower_uuid("示例消费金融", "110101198805170011")
        == "00000000-0000-8b51-8add-296cb45782a8"
    )
