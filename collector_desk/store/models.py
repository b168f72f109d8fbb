"""The schema. Facts are append-only rows with UUIDs; master data and registers
carry a hybrid logical clock (hlc) and the workstation that wrote them (origin),
so the greater (hlc, origin) wins everywhere. `case_state` is a cache of derived
values that can be rebuilt from facts at any time.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from collector_desk.store.types import UTCDateTime

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

UUID = String(36)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class FactMixin:
    """Who wrote a fact, where and when. Facts are never updated or deleted."""

    id: Mapped[str] = mapped_column(UUID, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    collector_id: Mapped[str] = mapped_column(String(32))
    workstation_id: Mapped[str] = mapped_column(String(36))


class VersionedMixin:
    """Master data rows: last writer wins by (hlc, origin)."""

    hlc: Mapped[str] = mapped_column(String(32))
    origin: Mapped[str] = mapped_column(String(36))


# --- local -----------------------------------------------------------------


class Setting(Base):
    """This workstation's settings (lender name, collector, language, limits...)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# --- master data -------------------------------------------------------------


class Collector(VersionedMixin, Base):
    __tablename__ = "collector"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # staff code
    name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(
        String(16), default="collector"
    )  # collector|supervisor|trainee


class CollectorTarget(VersionedMixin, Base):
    """A supervisor's monthly target for one collector (course section 6)."""

    __tablename__ = "collector_target"
    id: Mapped[str] = mapped_column(String(48), primary_key=True)  # "<collector>/<YYYY-MM>"
    collector_id: Mapped[str] = mapped_column(String(32), index=True)
    month: Mapped[str] = mapped_column(String(7), index=True)  # YYYY-MM
    amount_fen: Mapped[int] = mapped_column(Integer)  # amount to collect in the month
    kept_rate_pct: Mapped[int] = mapped_column(Integer, default=0)  # kept-promise rate, 0-100
    set_by: Mapped[str] = mapped_column(String(32), default="")


class Borrower(VersionedMixin, Base):
    __tablename__ = "borrower"
    id: Mapped[str] = mapped_column(UUID, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), index=True)
    id_number: Mapped[str] = mapped_column(
        String(18), index=True
    )  # intake matches repeat borrowers
    id_tail: Mapped[str] = mapped_column(String(4), index=True)
    gender: Mapped[str | None] = mapped_column(String(1))  # "M" | "F", from the ID number
    employer: Mapped[str | None] = mapped_column(String(128))
    employer_phone: Mapped[str | None] = mapped_column(String(32))
    employer_address: Mapped[str | None] = mapped_column(String(256))
    home_address: Mapped[str | None] = mapped_column(String(256))
    hukou_address: Mapped[str | None] = mapped_column(String(256))
    tz: Mapped[str] = mapped_column(String(40), default="Asia/Shanghai")


class Contact(VersionedMixin, Base):
    """A person reachable about a borrower: family, friend, colleague, guarantor."""

    __tablename__ = "contact"
    id: Mapped[str] = mapped_column(UUID, primary_key=True)
    borrower_id: Mapped[str] = mapped_column(ForeignKey("borrower.id"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    relation: Mapped[str] = mapped_column(
        String(16)
    )  # spouse|parent|sibling|child|relative|friend|colleague|guarantor|other
    is_third_party: Mapped[bool] = mapped_column(Boolean, default=True)


class Phone(VersionedMixin, Base):
    """A number of the borrower (contact_id NULL) or of one of their contacts."""

    __tablename__ = "phone"
    id: Mapped[str] = mapped_column(UUID, primary_key=True)
    borrower_id: Mapped[str] = mapped_column(ForeignKey("borrower.id"), index=True)
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"), index=True)
    number: Mapped[str] = mapped_column(
        String(20), index=True
    )  # E.164 without '+', e.g. 8613812345678
    tail4: Mapped[str] = mapped_column(String(4), index=True)
    label: Mapped[str] = mapped_column(String(16), default="mobile")  # mobile|home|work
    position: Mapped[int] = mapped_column(Integer, default=0)


class Loan(VersionedMixin, Base):
    __tablename__ = "loan"
    id: Mapped[str] = mapped_column(UUID, primary_key=True)
    contract_no: Mapped[str] = mapped_column(String(40), unique=True)
    borrower_id: Mapped[str] = mapped_column(ForeignKey("borrower.id"), index=True)
    product: Mapped[str | None] = mapped_column(String(64))
    branch: Mapped[str | None] = mapped_column(String(64))
    disbursed_on: Mapped[date] = mapped_column(Date, index=True)  # welcome calls
    principal_fen: Mapped[int] = mapped_column(Integer)
    instalment_count: Mapped[int] = mapped_column(Integer)
    instalment_fen: Mapped[int] = mapped_column(Integer)
    debit_bank: Mapped[str | None] = mapped_column(String(64))
    debit_account: Mapped[str | None] = mapped_column(String(32))  # the authorised debit account


class Instalment(Base):
    __tablename__ = "instalment"
    loan_id: Mapped[str] = mapped_column(ForeignKey("loan.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    amount_fen: Mapped[int] = mapped_column(Integer)

    # --- facts ---------------------------------------------------------------------

    # The Targets tab's schedule scan reads only the index (store.target_figures).
    __table_args__ = (Index("ix_instalment_loan_due_amount", "loan_id", "due_on", "amount_fen"),)


class Payment(FactMixin, Base):
    __tablename__ = "payment"
    loan_id: Mapped[str] = mapped_column(ForeignKey("loan.id"), index=True)
    paid_on: Mapped[date] = mapped_column(Date)
    amount_fen: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(16))  # auto_debit|bank_transfer|app|counter|other
    reference: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_payment_loan_paid_amount", "loan_id", "paid_on", "amount_fen"),
        Index("ix_payment_paid_on", "paid_on"),
    )


class Placement(FactMixin, Base):
    """Head office's placement of a case (委案) as one file states it: batch, date and
    amount placed, and its repaid figures. A row per file that says something new for
    the loan (append-only: the latest row is the current placement, the others its
    history). `matched` lists, as JSON, the payments recorded here (at the desk, from
    the bank's debit file) that this file's repaid amount was found to include, so no
    later file counts them again (`exchange.intake_payments`)."""

    __tablename__ = "placement"
    loan_id: Mapped[str] = mapped_column(ForeignKey("loan.id"), index=True)
    batch: Mapped[str | None] = mapped_column(String(64))
    placed_on: Mapped[date | None] = mapped_column(Date)
    placed_fen: Mapped[int | None] = mapped_column(Integer)
    as_of: Mapped[date] = mapped_column(Date)  # the day the file's figures describe
    paid_fen: Mapped[int | None] = mapped_column(Integer)  # head office's repaid so far
    last_paid_on: Mapped[date | None] = mapped_column(Date)
    file: Mapped[str] = mapped_column(String(128))
    matched: Mapped[str] = mapped_column(Text, default="[]")

    __table_args__ = (Index("ix_placement_batch", "batch"),)


class DebitResult(FactMixin, Base):
    """A line of the bank's debit result file (回盘)."""

    __tablename__ = "debit_result"
    loan_id: Mapped[str] = mapped_column(ForeignKey("loan.id"), index=True)
    debit_on: Mapped[date] = mapped_column(Date)
    amount_fen: Mapped[int] = mapped_column(Integer)
    success: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str | None] = mapped_column(String(128))
    payment_id: Mapped[str | None] = mapped_column(UUID)  # the payment a success produced

    __table_args__ = (Index("ix_debit_result_debit_on", "debit_on"),)


class Call(FactMixin, Base):
    """One call with its outcome, as recorded when the collector hangs up."""

    __tablename__ = "call"
    loan_id: Mapped[str] = mapped_column(ForeignKey("loan.id"), index=True)
    phone_id: Mapped[str | None] = mapped_column(ForeignKey("phone.id"))
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"))
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    disposition: Mapped[str] = mapped_column(String(24))
    overdue_reason: Mapped[str | None] = mapped_column(String(24))
    objections: Mapped[str] = mapped_column(String(32), default="")  # e.g. "A,D"
    third_party: Mapped[bool] = mapped_column(Boolean, default=False)
    last_step: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    flagged: Mapped[str] = mapped_column(Text, default="")  # forbidden phrases found in the note

    __table_args__ = (
        Index("ix_call_created_collector", "created_at", "collector_id", "disposition"),
        Index("ix_call_loan_created", "loan_id", "created_at", "disposition"),
    )


class Promise(FactMixin, Base):
    __tablename__ = "promise"
    loan_id: Mapped[str] = mapped_column(ForeignKey("loan.id"), index=True)
    call_id: Mapped[str | None] = mapped_column(ForeignKey("call.id"))
    made_on: Mapped[date] = mapped_column(Date)
    promised_on: Mapped[date] = mapped_column(Date)
    amount_fen: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(16))
    account: Mapped[str] = mapped_column(String(64))
    part_payment: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_promise_created_at", "created_at"),
        Index("ix_promise_promised_on", "promised_on"),
    )


class Note(FactMixin, Base):
    __tablename__ = "note"
    loan_id: Mapped[str] = mapped_column(ForeignKey("loan.id"), index=True)
    body: Mapped[str] = mapped_column(Text)
    flagged: Mapped[str] = mapped_column(Text, default="")


class ContactAttempt(FactMixin, Base):
    """A dial or an SMS, answered or not; counts toward the contact limits."""

    __tablename__ = "contact_attempt"
    loan_id: Mapped[str] = mapped_column(ForeignKey("loan.id"), index=True)
    phone_id: Mapped[str | None] = mapped_column(ForeignKey("phone.id"), index=True)
    channel: Mapped[str] = mapped_column(String(8))  # call|sms
    answered: Mapped[bool] = mapped_column(Boolean, default=False)
    outcome: Mapped[str] = mapped_column(String(24), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    duration_s: Mapped[int] = mapped_column(Integer, default=0)  # the call timer
    override_id: Mapped[str | None] = mapped_column(UUID)  # the one-time override it used

    __table_args__ = (Index("ix_contact_attempt_loan_at", "loan_id", "at"),)


class Callback(FactMixin, Base):
    """A callback the collector scheduled."""

    __tablename__ = "callback"
    loan_id: Mapped[str] = mapped_column(ForeignKey("loan.id"), index=True)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    note: Mapped[str] = mapped_column(Text, default="")


class TaskDone(FactMixin, Base):
    """A worklist item marked done (reminder made, callback made, trace step done)."""

    __tablename__ = "task_done"
    loan_id: Mapped[str | None] = mapped_column(ForeignKey("loan.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    ref: Mapped[str] = mapped_column(
        String(64), default=""
    )  # what was done: a date, a callback id, a trace step
    on_day: Mapped[date] = mapped_column(Date)


class AuditEvent(FactMixin, Base):
    """Reveals of personal data, limit changes, overrides, imports, exports."""

    __tablename__ = "audit_event"
    kind: Mapped[str] = mapped_column(String(32), index=True)
    subject: Mapped[str] = mapped_column(String(64), default="")  # e.g. a loan or phone id
    detail: Mapped[str] = mapped_column(Text, default="")  # JSON


# --- registers and sync ----------------------------------------------------------


class Register(Base):
    """A last-writer-wins value: case assignment, phone status, do-not-contact flags, limits."""

    __tablename__ = "register"
    entity: Mapped[str] = mapped_column(
        String(16), primary_key=True
    )  # loan|phone|contact|borrower|limit
    entity_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    field: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
    hlc: Mapped[str] = mapped_column(String(32))
    origin: Mapped[str] = mapped_column(String(36))
    # The hlc of the value this write replaced where it was made ("" for a first write):
    # a write that had seen the current value is a plain update, not a conflict.
    prev_hlc: Mapped[str] = mapped_column(String(32), default="")


class Conflict(Base):
    """The losing side of a concurrent register write, kept for the supervisor."""

    __tablename__ = "conflict"
    id: Mapped[str] = mapped_column(UUID, primary_key=True)
    entity: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[str] = mapped_column(String(64))
    field: Mapped[str] = mapped_column(String(32))
    winner_value: Mapped[str] = mapped_column(Text)
    winner_hlc: Mapped[str] = mapped_column(String(32))
    winner_origin: Mapped[str] = mapped_column(String(36))
    loser_value: Mapped[str] = mapped_column(Text)
    loser_hlc: Mapped[str] = mapped_column(String(32))
    loser_origin: Mapped[str] = mapped_column(String(36))


class SyncMark(Base):
    """Local sync bookkeeping, never in a bundle: the highest `FactSeq.seq` of each
    fact table already exported, so the next export carries only newer facts."""

    __tablename__ = "sync_mark"
    table_name: Mapped[str] = mapped_column(String(32), primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class FactSeq(Base):
    """Local, never in a bundle: the order in which facts (and conflict records)
    arrived in this database, one row each, written by an AFTER INSERT trigger
    (`store.fact_seq`). Rows are never deleted, so `seq` only grows; bundle
    export reads what came after its last mark."""

    __tablename__ = "fact_seq"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36))

    __table_args__ = (Index("ix_fact_seq_table_name_seq", "table_name", "seq"),)


class SyncSent(Base):
    """Local: the version ("hlc origin") of each master row or register last put
    in a bundle here. A row whose version differs goes in the next export."""

    __tablename__ = "sync_sent"
    table_name: Mapped[str] = mapped_column(String(16), primary_key=True)
    row_key: Mapped[str] = mapped_column(String(160), primary_key=True)
    version: Mapped[str] = mapped_column(String(72))


class LoanAlias(Base):
    """Rows another database holds under ids of its own: a loan whose contract is here
    under another id (a database from before convergent ids, or a contract head office
    gave another disbursement day), its borrower, and the contacts and phones of that
    borrower that are here already. Bundle import translates every reference to a
    `remote_id` to its `local_id` before anything is checked or written
    (`exchange.bundle_alias`); export keeps the local ids, and the other side aliases
    them back. Never in a bundle; rows are never deleted."""

    __tablename__ = "loan_alias"
    remote_id: Mapped[str] = mapped_column(UUID, primary_key=True)
    local_id: Mapped[str] = mapped_column(UUID)
    entity: Mapped[str] = mapped_column(String(16))  # loan | borrower | contact | phone


class SyncParked(Base):
    """Local: facts from a bundle whose case (or call) has not arrived here yet.
    Every later import tries them again; they are applied once it is there."""

    __tablename__ = "sync_parked"
    table_name: Mapped[str] = mapped_column(String(32), primary_key=True)
    id: Mapped[str] = mapped_column(UUID, primary_key=True)
    row: Mapped[str] = mapped_column(Text)  # JSON {"columns": [...], "values": [...]}


class SyncLog(Base):
    """Local: every bundle exported or imported on this workstation."""

    __tablename__ = "sync_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    bundle_id: Mapped[str] = mapped_column(UUID, index=True)
    direction: Mapped[str] = mapped_column(String(8))  # export|import
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    workstation_id: Mapped[str] = mapped_column(String(36))  # where the bundle was made
    collector_id: Mapped[str] = mapped_column(String(32))
    file_name: Mapped[str] = mapped_column(String(260))
    summary: Mapped[str] = mapped_column(Text, default="{}")  # JSON: counts per table


class CalendarDay(Base):
    """A holiday or make-up working day the user added for a year the library lacks."""

    __tablename__ = "calendar_day"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # holiday|workday
    note: Mapped[str] = mapped_column(String(64), default="")


# --- derived cache ----------------------------------------------------------------


class CaseState(Base):
    """Derived values per loan, valid from `computed_on` until the day before
    `valid_until`. Rebuilt from facts whenever a fact touches the loan or the
    date reaches `valid_until`; never the truth, only an index for the list."""

    __tablename__ = "case_state"
    loan_id: Mapped[str] = mapped_column(ForeignKey("loan.id"), primary_key=True)
    contract_no: Mapped[str] = mapped_column(String(40), index=True)
    borrower_name: Mapped[str] = mapped_column(String(64), index=True)
    oldest_unpaid_due_on: Mapped[date] = mapped_column(Date)  # 9999-12-31 when settled
    overdue_fen: Mapped[int] = mapped_column(Integer)
    outstanding_fen: Mapped[int] = mapped_column(Integer)
    promise_status: Mapped[str] = mapped_column(String(12))
    promise_on: Mapped[date | None] = mapped_column(Date)
    promise_fen: Mapped[int | None] = mapped_column(Integer)
    last_contact_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    next_action: Mapped[str] = mapped_column(String(24), default="")
    assigned_to: Mapped[str] = mapped_column(String(32), default="")
    computed_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    # services.case_state.DERIVATION_VERSION that computed the row; older rows are stale.
    derivation: Mapped[int] = mapped_column(Integer, default=0, server_default="0", index=True)

    __table_args__ = (
        Index("ix_case_state_due", "oldest_unpaid_due_on", "loan_id"),
        Index("ix_case_state_overdue", "overdue_fen", "loan_id"),
        Index("ix_case_state_promise", "promise_status", "oldest_unpaid_due_on", "loan_id"),
        Index("ix_case_state_promise_on", "promise_status", "promise_on", "loan_id"),
        Index("ix_case_state_assigned", "assigned_to", "oldest_unpaid_due_on", "loan_id"),
        # Expired rows by the first column, rows from a later day by a skip over it.
        Index("ix_case_state_valid", "valid_until", "computed_on"),
    )


# --- practice (never mixed with real cases) ---------------------------------------


class PracticeAttempt(Base):
    __tablename__ = "practice_attempt"
    id: Mapped[str] = mapped_column(UUID, primary_key=True)
    trainee: Mapped[str] = mapped_column(String(64), index=True)
    scenario_id: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    score: Mapped[int] = mapped_column(Integer, default=0)
    passed: Mapped[bool] = mapped_column(Boolean, default=False)
    card: Mapped[str] = mapped_column(Text, default="{}")  # the score card as JSON


from collector_desk.store import target_tables as _target_tables  # noqa: E402, F401  (registers the totals tables)
