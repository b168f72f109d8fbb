"""The loan facts `derive()` reads, in one statement on a team's server.

`derived.read_loan_facts` asks for seven things per chunk of loans (schedule,
payments, promises, the latest call and attempt, the assignment, the borrower's
name): seven round trips, 30 ms apiece on an office network, on every save that
refreshes a case. On PostgreSQL one SELECT brings them back, one row per loan with
its lists as JSON; the values are read as the plain queries read them (dates and
UTC timestamps as ISO text, the latest contact as the greater of the two maxima).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from collector_desk.domain.loan import Instalment

_SQL = text(
    "SELECT l.id, l.contract_no, b.name, "
    "(SELECT json_agg(json_build_array(i.seq, i.due_on, i.amount_fen)) "
    " FROM instalment i WHERE i.loan_id = l.id), "
    "(SELECT json_agg(json_build_array(p.paid_on, p.amount_fen)) "
    " FROM payment p WHERE p.loan_id = l.id), "
    "(SELECT json_agg(json_build_array(p.id, p.created_at, p.made_on, p.promised_on, "
    " p.amount_fen)) FROM promise p WHERE p.loan_id = l.id), "
    "greatest((SELECT max(c.created_at) FROM call c WHERE c.loan_id = l.id), "
    " (SELECT max(a.at) FROM contact_attempt a WHERE a.loan_id = l.id)), "
    "(SELECT r.value FROM register r WHERE r.entity = 'loan' AND r.field = 'assigned_to' "
    " AND r.entity_id = l.id) "
    "FROM loan l JOIN borrower b ON b.id = l.borrower_id WHERE l.id = ANY(:ids)"
)


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(json.loads(value) if isinstance(value, str) else value)


def read(session: Session, ids: Sequence[str]) -> list[Any]:
    """`derived.LoanFacts` of these loans (unknown ids skipped), in no particular order."""
    from collector_desk.store.derived import LoanFacts, PromiseFact, _day, _moment

    found: list[Any] = []
    for loan_id, contract_no, name, sched, pays, proms, last, assigned in session.execute(
        _SQL, {"ids": list(ids)}
    ):
        promises = []
        for pid, created, made_on, promised_on, amount in _list(proms):
            moment = _moment(created)
            assert moment is not None
            promises.append(PromiseFact(pid, moment, _day(made_on), _day(promised_on), amount))
        found.append(
            LoanFacts(
                loan_id,
                contract_no,
                name,
                [Instalment(seq, _day(due), amount) for seq, due, amount in _list(sched)],
                [(_day(paid_on), amount) for paid_on, amount in _list(pays)],
                promises,
                _moment(last),
                str(json.loads(assigned) or "") if assigned is not None else "",
            )
        )
    return found
