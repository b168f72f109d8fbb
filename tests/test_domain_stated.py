"""Head office's stated figures become facts that give them back, then move with the calendar."""

from datetime import date, timedelta

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from collector_desk.domain.loan import equal_instalments, position
from collector_desk.domain.stated import Stated, Terms, parse_bucket, reconcile

terms_st = st.builds(
    Terms,
    disbursed_on=st.dates(date(2019, 1, 1), date(2026, 6, 30)),
    instalment_count=st.integers(1, 36),
    instalment_fen=st.integers(1_00, 20_000_00),
)


@st.composite
def consistent(draw):
    terms = draw(terms_st)
    sched = equal_instalments(terms.disbursed_on, terms.instalment_count, terms.instalment_fen)
    total = terms.instalment_count * terms.instalment_fen
    paid = draw(st.integers(0, total))
    as_of = draw(st.dates(terms.disbursed_on, date(2027, 12, 31)))
    pos = position(sched, [(terms.disbursed_on, paid)] if paid else [], as_of)
    stated = Stated(
        as_of=as_of,
        dpd=pos.dpd,
        overdue_fen=pos.overdue_fen,
        outstanding_fen=pos.outstanding_fen,
        paid_fen=draw(st.sampled_from([paid, None])),
        paid_count=draw(st.sampled_from([paid // terms.instalment_fen, None])),
        bucket=draw(st.sampled_from([pos.bucket.value, None])),
    )
    return terms, stated


def _facts(terms: Terms, stated: Stated, days: int = 0):
    r = reconcile(terms, stated)
    return r, position(r.schedule, r.payments, stated.as_of + timedelta(days=days))


@given(consistent())
@settings(max_examples=400)
def test_a_consistent_row_is_reproduced_without_warnings(case) -> None:
    terms, stated = case
    r, pos = _facts(terms, stated)
    assert r.discrepancies == ()
    assert (pos.dpd, pos.overdue_fen, pos.outstanding_fen) == (
        stated.dpd,
        stated.overdue_fen,
        stated.outstanding_fen,
    )


@given(consistent(), st.integers(1, 200))
@settings(max_examples=200)
def test_days_past_due_then_grow_with_the_calendar(case, n: int) -> None:
    terms, stated = case
    assume(stated.dpd and stated.dpd > 0)
    _r, later = _facts(terms, stated, n)
    assert later.dpd == stated.dpd + n


@given(
    terms_st,
    st.dates(date(2021, 1, 1), date(2027, 12, 31)),
    st.integers(1, 900),
    st.integers(0, 50_000_00),
    st.integers(0, 500_000_00),
    st.integers(0, 30),
)
@settings(max_examples=400)
def test_stated_figures_win_over_the_schedule(terms, as_of, dpd, overdue, outstanding, count):
    """Whatever the file says, the stored facts give back its DPD, overdue total and
    outstanding on the file's day, or the row carries a warning naming the field."""
    assume(as_of > terms.disbursed_on)
    stated = Stated(
        as_of=as_of, dpd=dpd, overdue_fen=overdue, outstanding_fen=outstanding, paid_count=count
    )
    r, pos = _facts(terms, stated)
    flagged = {d.field for d in r.discrepancies}
    if pos.dpd != dpd:
        assert "dpd" in flagged
    if pos.overdue_fen != overdue:
        assert "overdue" in flagged
    if pos.outstanding_fen != outstanding:
        assert "outstanding" in flagged
    assert all(i.amount_fen > 0 for i in r.schedule)


def test_dpd_from_head_office_moves_the_schedule_and_is_reported() -> None:
    """Head office says 397 days; from the first instalment it would be 671."""
    terms = Terms(date(2024, 11, 5), 12, 1_000_00)
    as_of = date(2026, 10, 7)
    r, pos = _facts(terms, Stated(as_of=as_of, dpd=397, overdue_fen=12_000_00, paid_count=0))
    assert pos.dpd == 397
    assert pos.overdue_fen == 12_000_00
    (d,) = [x for x in r.discrepancies if x.field == "dpd"]
    assert (d.stated, d.computed) == ("397", "671")


def test_charges_the_file_states_are_not_a_warning() -> None:
    terms = Terms(date(2026, 1, 10), 6, 500_00)
    sched = equal_instalments(terms.disbursed_on, 6, 500_00)
    as_of = date(2026, 5, 1)
    base = position(sched, [], as_of)
    stated = Stated(
        as_of=as_of, dpd=base.dpd, overdue_fen=base.overdue_fen + 88_00, charges_fen=88_00
    )
    r, pos = _facts(terms, stated)
    assert r.discrepancies == ()
    assert pos.overdue_fen == base.overdue_fen + 88_00
    assert pos.dpd == base.dpd


def test_bucket_words() -> None:
    assert [parse_bucket(t) for t in ("m1", "M2", "M3", "M3+", "M4", "m6", "C", "M0", "x")] == [
        "M1", "M2", "M3", "M3+", "M3+", "M3+", "C", "C", None
    ]  # fmt: skip
    terms = Terms(date(2026, 1, 10), 6, 500_00)
    r = reconcile(terms, Stated(as_of=date(2026, 5, 1), dpd=81, bucket="M1"))
    assert [(d.stated, d.computed) for d in r.discrepancies if d.field == "bucket"] == [
        ("M1", "M3")
    ]
