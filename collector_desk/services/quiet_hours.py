"""A call outcome saved in the borrower's quiet hours (services.calls asks the collector
to confirm such a call was made, then flags it for the daily QA)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from collector_desk.domain.guardrails import in_quiet_hours
from collector_desk.services import contact_rules
from collector_desk.store.models import Borrower, ContactAttempt, Loan, Register

QUIET_DIAL_LOOKBACK = timedelta(hours=2)  # with no start of the call known


@dataclass(frozen=True)
class QuietContact:
    """A contact in the borrower's quiet hours: when (their local time) and the rule."""

    local_time: str  # HH:MM in the borrower's time zone
    tz: str
    quiet_start: str  # HH:MM, the configured quiet hours
    quiet_end: str

    def detail(self) -> dict[str, str]:
        return {
            "local_time": self.local_time,
            "tz": self.tz,
            "quiet_start": self.quiet_start,
            "quiet_end": self.quiet_end,
        }


def quiet_hours_contact(
    session: Session, loan: Loan, *, now: datetime, since: datetime | None
) -> QuietContact | None:
    """Was the call whose outcome is saved `now` a contact in the borrower's quiet hours?

    The contact is the latest dial through the app on this case since `since` (the call's
    start; the app refuses a dial in quiet hours, so such a call began before them), or,
    with none, the save itself: a call made outside the app, at about this moment. It is
    judged in the borrower's own time zone against the configured quiet hours."""
    # The borrower's zone and the team's limits in one statement (a round trip on a server).
    rows = session.execute(
        select(Borrower.tz, Register.field, Register.value)
        .select_from(Borrower)
        .outerjoin(
            Register,
            and_(
                Register.entity == contact_rules.LIMIT_ENTITY,
                Register.entity_id == contact_rules.LIMIT_ID,
            ),
        )
        .where(Borrower.id == loan.borrower_id)
    ).all()
    tz = ZoneInfo((rows[0][0] if rows else None) or "Asia/Shanghai")
    rules = contact_rules.limits_of({str(r[1]): str(r[2]) for r in rows if r[1] is not None})
    if not in_quiet_hours(now.astimezone(tz).time().replace(tzinfo=None), rules):
        return None  # a dial through the app before now was allowed: never in quiet hours
    start = since if since is not None and since <= now else now - QUIET_DIAL_LOOKBACK
    dialled = session.scalar(
        select(ContactAttempt.at)
        .where(
            ContactAttempt.loan_id == loan.id,
            ContactAttempt.channel == "call",
            ContactAttempt.at >= start,
            ContactAttempt.at <= now,
        )
        .order_by(ContactAttempt.at.desc())
        .limit(1)
    )
    local = (dialled or now).astimezone(tz)
    if not in_quiet_hours(local.time().replace(tzinfo=None), rules):
        return None
    return QuietContact(
        local.strftime("%H:%M"),
        str(tz),
        f"{rules.quiet_start:%H:%M}",
        f"{rules.quiet_end:%H:%M}",
    )
