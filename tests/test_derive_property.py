"""derive() as a whole: a row's values hold on every day until its valid_until.

Derive on day d, then on any day in [d, valid_until): every value but
computed_on and valid_until is the same (promise status, next action included),
for the facts known on day d.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from collector_desk.domain.loan import equal_instalments
from collector_desk.services.case_state import derive
from collector_desk.store.derived import PromiseFact

START = date(2026, 1, 1)
days = st.integers(min_value=0, max_value=500)


@st.composite
def loans(draw: st.DrawFn) -> dict:
    count = draw(st.integers(1, 12))
    amount = draw(st.integers(1, 5000)) * 100
    schedule = equal_instalments(START + timedelta(days=draw(days)), count, amount)
    payments = [
        (START + timedelta(days=draw(days)), draw(st.integers(1, 3 * amount)))
        for _ in range(draw(st.integers(0, 4)))
    ]
    promises = []
    for n in range(draw(st.integers(0, 2))):
        made = START + timedelta(days=draw(days))
        promises.append(
            PromiseFact(
                f"p{n}",
                datetime(made.year, made.month, made.day, 9, n, tzinfo=UTC),
                made,
                made + timedelta(days=draw(st.integers(0, 7))),
                draw(st.integers(1, 2 * amount)),
            )
        )
    return {"schedule": schedule, "payments": payments, "promises": promises}


def _derive(facts: dict, today: date) -> dict:
    return derive(
        loan=SimpleNamespace(id="L1", contract_no="HT1"),
        borrower_name="张三",
        last_contact_at=None,
        assigned_to="",
        today=today,
        **facts,
    )


@settings(max_examples=1000, deadline=None)
@given(loans(), days, st.integers(0, 400))
def test_a_row_holds_until_valid_until(facts: dict, start: int, later: int) -> None:
    day = START + timedelta(days=start)
    # Only facts known on `day`: a later payment or promise is a new fact.
    facts = {
        "schedule": facts["schedule"],
        "payments": [p for p in facts["payments"] if p[0] <= day],
        "promises": [p for p in facts["promises"] if p.made_on <= day],
    }
    first = _derive(facts, day)
    span = (first["valid_until"] - day).days
    if span <= 1:
        return
    other = day + timedelta(days=later % span)
    again = _derive(facts, other)
    keep = {k: v for k, v in first.items() if k not in ("computed_on", "valid_until")}
    assert {k: again[k] for k in keep} == keep, (day, other)
