"""A practice scenario: who the borrower is, what they say, how they react.

Scenarios are data written by trainers (resources/practice/*.toml, see
docs/practice.md); `schema.parse_scenario` turns a parsed file into these
frozen objects and says what is wrong when it cannot.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from collector_desk.domain.bilingual import Text as Text  # re-exported
from collector_desk.domain.promise import PaymentMethod

ALL_STEPS: tuple[int, ...] = tuple(range(1, 10))


class DebtorKind(StrEnum):
    """Playbook §8, the four kinds of debtor."""

    # 1: has the money. The course's table calls them "有钱有争议", but the kind holds
    # everyone able to pay: the one who disputes, the one who forgot, the one who won't.
    ABLE_TO_PAY = "able_to_pay"
    CASH_FLOW = "cash_flow"  # 2 资金周转不开
    FAMILY_RICH = "family_rich"  # 3 本人没钱家境富裕
    MANY_LENDERS = "many_lenders"  # 4 多家欠款

    @classmethod
    def _missing_(cls, value: object) -> DebtorKind | None:
        # scenario files written before the kind was renamed
        return cls.ABLE_TO_PAY if value == "disputes" else None

    @property
    def number(self) -> int:
        return list(DebtorKind).index(self) + 1


class Ability(StrEnum):
    """Playbook §6: ability to repay."""

    FULL = "full"
    PARTIAL = "partial"
    NONE = "none"


class Willingness(StrEnum):
    """Playbook §6: willingness to repay."""

    GOOD = "good"
    AVERAGE = "average"
    MALICIOUS = "malicious"


class Temperament(StrEnum):
    FRIENDLY = "friendly"
    CALM = "calm"
    HURRIED = "hurried"
    EVASIVE = "evasive"
    ANXIOUS = "anxious"
    IRRITABLE = "irritable"
    HOSTILE = "hostile"

    @property
    def start_mood(self) -> int:
        return {"friendly": 1, "irritable": -1, "hostile": -2}.get(self.value, 0)


class Objection(StrEnum):
    """Step 3: the course's objections A-G and the other excuses of playbook §9."""

    A = "A"  # forgot / too busy
    B = "B"  # no time lately
    C = "C"  # travelling
    D = "D"  # short this month, pays both next month
    E = "E"  # borrowed it for a friend
    F = "F"  # wilful refusal
    G = "G"  # promises to pay
    ATM_FAILED = "atm_failed"  # the machine failed / swallowed the card
    SOMEONE_ELSE_PAYS = "someone_else_pays"  # a third party will pay
    WAITING_INCOME = "waiting_income"  # waiting for salary or reimbursement
    FAMILY_EMERGENCY = "family_emergency"  # illness or emergency at home
    NONE = "none"  # a third party answered: no objection is heard


class Speaker(StrEnum):
    BORROWER = "borrower"
    THIRD_PARTY = "third_party"


class ReplyKind(StrEnum):
    """What the trainer meant a candidate reply to teach."""

    BEST = "best"  # what the course asks for
    OK = "ok"  # acceptable, small faults
    WEAK = "weak"  # poor technique (e.g. an open question where either-or is called for)
    BREACH = "breach"  # breaks a rule of §7: the attempt fails


class AccountKind(StrEnum):
    DEBIT = "debit"  # the borrower's authorised debit account
    PUBLISHED = "published"  # one of the lender's published repayment accounts


@dataclass(frozen=True, slots=True)
class Persona:
    name: str  # a made-up Chinese name, e.g. 李明
    name_en: str  # how English lines call them, e.g. Li Ming
    gender: str  # "m" or "f": 先生 / 女士
    kind: DebtorKind
    ability: Ability
    willingness: Willingness
    dpd: int
    temperament: Temperament
    answered_by: Speaker = Speaker.BORROWER
    occupation: Text | None = None
    relation: Text | None = None  # who answered, when a third party did


@dataclass(frozen=True, slots=True)
class PracticeCase:
    """The made-up loan the call is about. Never stored with real cases."""

    overdue_fen: int
    outstanding_fen: int
    debit_account: str


@dataclass(frozen=True, slots=True)
class Deal:
    """What this borrower can agree to when asked well."""

    date_offset: int  # days after the practice day
    time: Text  # part of the day, e.g. 上午 / in the morning
    amount_fen: int
    method: PaymentMethod
    account: AccountKind


# An agreement value: "deal" (the scenario's deal), "proposed" (what the trainee
# named, within what the borrower can do), or a literal value.
AgreeValue = str | int


@dataclass(frozen=True, slots=True)
class Agreement:
    date: AgreeValue | None = None
    amount: AgreeValue | None = None
    method: AgreeValue | None = None
    account: AgreeValue | None = None

    def is_empty(self) -> bool:
        return all(v is None for v in (self.date, self.amount, self.method, self.account))


@dataclass(frozen=True, slots=True)
class Reply:
    id: str
    kind: ReplyKind
    text: Text
    line: int = 0  # where it is written, for warnings


@dataclass(frozen=True, slots=True)
class Reaction:
    """How the borrower answers when every condition in `when` holds."""

    when: tuple[str, ...]
    say: Text | None
    agree: Agreement = field(default_factory=Agreement)
    mood: int = 0
    end: bool = False  # the borrower hangs up
    repeat: bool = False  # the same step is asked again
    goto: int | None = None  # the step the conversation moves to


@dataclass(frozen=True, slots=True)
class StepScript:
    step: int
    title: Text | None = None
    hint: Text | None = None
    replies: tuple[Reply, ...] = ()
    reactions: tuple[Reaction, ...] = ()
    require: tuple[tuple[str, ...], ...] | None = None  # step 3 only: groups of acts


@dataclass(frozen=True, slots=True)
class Scenario:
    id: str
    title: Text
    summary: Text
    objection: Objection
    persona: Persona
    case: PracticeCase
    deal: Deal
    opening: Text
    steps: dict[int, StepScript]
    applicable: tuple[int, ...] = ALL_STEPS
    window_days: int | None = None
    source: str = ""  # the file it came from

    @property
    def third_party(self) -> bool:
        return self.persona.answered_by is Speaker.THIRD_PARTY

    def step(self, number: int) -> StepScript:
        return self.steps.get(number) or StepScript(number)
