"""The simulated borrower: a state machine the trainee talks to, one step at a time.

State: whether the borrower has been verified, their mood, what they have
agreed to (date, amount, method, account), which step comes next and whether
the call is over. At each step the trainee picks a candidate reply or types
their own words; the first branch of the step whose conditions all hold says
how the borrower answers. Nothing here reads files or a database.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from collector_desk.domain.language import Addressee
from collector_desk.domain.practice.expect import STEP_ELEMENT, core_ok
from collector_desk.domain.practice.judge import Judgement, judge_text
from collector_desk.domain.practice.model import (
    AccountKind,
    Reaction,
    ReplyKind,
    Scenario,
    Text,
)
from collector_desk.domain.practice.render import CallSetup, fill, values
from collector_desk.domain.promise import PaymentMethod

HANG_UP_MOOD = -4
MAX_TURNS_PER_STEP = 2  # a `repeat` branch gives one more try, not a loop
BREACH_MOOD = -2
_HANG_UP_LINE = Text(
    "我不想再跟你说了。（对方挂断了电话）", "I'm done talking to you. (The borrower hangs up.)"
)
_NEUTRAL = Text("嗯。", "Mm.")
_OFFENDED = Text("你这是什么话？", "Excuse me? What kind of talk is that?")


class CallError(ValueError):
    """The call cannot take this answer; `code` says why (for the UI)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class Candidate:
    id: str
    kind: ReplyKind
    text: Text


@dataclass(frozen=True, slots=True)
class Turn:
    step: int
    text: str
    reply_id: str | None
    judgement: Judgement
    verified_before: bool
    skipped: bool = False


@dataclass(frozen=True, slots=True)
class Line:
    who: str  # "borrower", "trainee" or "note"
    step: int
    text: Text


@dataclass(frozen=True, slots=True)
class Agreed:
    date: date | None = None
    amount_fen: int | None = None
    method: PaymentMethod | None = None
    account: AccountKind | None = None


@dataclass
class PracticeCall:
    scenario: Scenario
    setup: CallSetup
    turns: list[Turn] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    agreed: Agreed = field(default_factory=Agreed)
    verified: bool = False
    ended_by: str | None = None  # "completed", "hung_up" or "trainee"
    mood: int = 0
    next_step: int = 1

    def __post_init__(self) -> None:
        self.mood = self.scenario.persona.temperament.start_mood
        self.next_step = self.scenario.applicable[0]
        self.lines.append(Line("borrower", self.next_step, self._fill(self.scenario.opening)))

    # --- what the trainee sees ---------------------------------------------------

    @property
    def window_days(self) -> int:
        """How far ahead a promise may be: the scenario's own limit, else the setting."""
        return self.scenario.window_days or self.setup.window_days

    @property
    def ended(self) -> bool:
        return self.ended_by is not None

    def _fill(self, text: Text) -> Text:
        a = self.agreed
        return fill(
            text,
            values(
                self.scenario,
                self.setup,
                agreed_date=a.date,
                agreed_amount=a.amount_fen,
                agreed_method=a.method,
                agreed_account=a.account,
            ),
        )

    def candidates(self, step: int | None = None) -> tuple[Candidate, ...]:
        script = self.scenario.step(step or self.next_step)
        return tuple(Candidate(r.id, r.kind, self._fill(r.text)) for r in script.replies)

    # --- what the trainee does -------------------------------------------------

    def answer(
        self,
        *,
        reply_id: str | None = None,
        text: str | None = None,
        step: int | None = None,
        lang: str = "zh",
    ) -> Line | None:
        """Say a candidate reply or typed words at a step; returns the borrower's answer."""
        if self.ended:
            raise CallError("call_ended", "the call is over")
        step = step or self.next_step
        if not 1 <= step <= 9:
            raise CallError("bad_step", f"there is no step {step}")
        shown: Text
        if reply_id is not None:
            found = [c for c in self.candidates(step) if c.id == reply_id]
            if not found:
                raise CallError("unknown_reply", f"step {step} has no reply {reply_id!r}")
            shown = found[0].text
            said = shown.pick(lang)
        else:
            said = (text or "").strip()
            if not said:
                raise CallError("empty_answer", "say something or skip the step")
            shown = Text(said, said)
        judgement = self._judge(step, said, reply_id)
        self.turns.append(Turn(step, said, reply_id, judgement, self.verified))
        self.lines.append(Line("trainee", step, shown))
        if "verify" in judgement.acts and not self.scenario.third_party:
            self.verified = True
        reaction = self._react(step, judgement.acts)
        self._agree(step, reaction, judgement)
        self.mood += reaction.mood + (BREACH_MOOD if "breach" in judgement.acts else 0)
        say = reaction.say or (_OFFENDED if "breach" in judgement.acts else _NEUTRAL)
        self.lines.append(Line("borrower", step, self._fill(say)))
        self._advance(step, reaction)
        return self.lines[-1]

    def skip(self, step: int | None = None) -> None:
        if self.ended:
            raise CallError("call_ended", "the call is over")
        step = step or self.next_step
        self.turns.append(Turn(step, "", None, Judgement(frozenset()), self.verified, skipped=True))
        self.lines.append(Line("note", step, Text(f"（跳过第{step}步）", f"(step {step} skipped)")))
        if step >= self.scenario.applicable[-1]:
            self.ended_by = "trainee"
        else:
            self.next_step = self._after(step)

    def hang_up(self) -> None:
        if not self.ended:
            self.ended_by = "trainee"

    # --- the borrower ------------------------------------------------------------

    def _judge(self, step: int, said: str, reply_id: str | None) -> Judgement:
        # Who hears it decides what is a disclosure: a third party, or someone
        # not yet verified as the borrower, may hear no debt detail at all.
        if self.scenario.third_party:
            addressee = Addressee.THIRD_PARTY
        elif self.verified:
            addressee = Addressee.BORROWER
        else:
            addressee = Addressee.UNVERIFIED
        j = judge_text(said, self.setup.today, addressee)
        acts = set(j.acts)
        acts.add("third_party" if self.scenario.third_party else "borrower")
        if self.verified:
            acts.add("verified")
        if reply_id:
            acts.add(f"reply:{reply_id}")
        acts.add("good" if core_ok(step, frozenset(acts), self.scenario) else "weak")
        return replace(j, acts=frozenset(acts))

    def _react(self, step: int, acts: frozenset[str]) -> Reaction:
        for reaction in self.scenario.step(step).reactions:
            if all(
                (t[1:] not in acts) if t.startswith("!") else (t in acts) for t in reaction.when
            ):
                return reaction
        return Reaction(when=(), say=None)

    def _agree(self, step: int, reaction: Reaction, j: Judgement) -> None:
        wanted = {
            "date": reaction.agree.date,
            "amount": reaction.agree.amount,
            "method": reaction.agree.method,
            "account": reaction.agree.account,
        }
        if "breach" in j.acts:
            return  # a threat or a private account is not something to agree to
        element = STEP_ELEMENT.get(step)
        automatic = not (reaction.end or reaction.repeat) and "good" in j.acts
        if element and automatic and wanted[element] is None:
            wanted[element] = "proposed"
        a, deal, today = self.agreed, self.scenario.deal, self.setup.today
        if (v := wanted["date"]) is not None:
            deal_day = today + timedelta(days=deal.date_offset)
            if isinstance(v, int):
                a = replace(a, date=today + timedelta(days=v))
            elif v == "deal" or not j.dates:
                a = replace(a, date=deal_day)
            else:
                later = sorted(d for d in j.dates if d >= deal_day)
                a = replace(a, date=later[0] if later else deal_day)
        if (v := wanted["amount"]) is not None:
            overdue = self.scenario.case.overdue_fen
            if isinstance(v, int):
                amount = v
            elif v == "full":
                amount = overdue
            elif v == "proposed" and j.amounts:
                amount = min(j.amounts[0], deal.amount_fen)
            elif v == "proposed" and "full_amount" in j.acts:
                amount = min(overdue, deal.amount_fen)
            else:
                amount = deal.amount_fen
            a = replace(a, amount_fen=amount)
        if (v := wanted["method"]) is not None:
            if v in ("deal", "proposed"):
                named = j.methods if v == "proposed" else ()
                method = deal.method if (deal.method in named or not named) else named[0]
            else:
                method = PaymentMethod(str(v))
            a = replace(a, method=method)
        if (v := wanted["account"]) is not None:
            a = replace(
                a, account=deal.account if v in ("deal", "proposed") else AccountKind(str(v))
            )
        self.agreed = a

    def _after(self, step: int) -> int:
        later = [n for n in self.scenario.applicable if n > step]
        return later[0] if later else step

    def _advance(self, step: int, reaction: Reaction) -> None:
        if reaction.end or self.mood <= HANG_UP_MOOD:
            if not reaction.end:
                self.lines.append(Line("borrower", step, _HANG_UP_LINE))
            self.ended_by = "hung_up"
            return
        tries = sum(1 for t in self.turns if t.step == step and not t.skipped)
        if reaction.repeat and tries < MAX_TURNS_PER_STEP:
            self.next_step = step
        elif reaction.goto:
            self.next_step = reaction.goto
        elif step >= self.scenario.applicable[-1]:
            self.ended_by = "completed"
        else:
            self.next_step = self._after(step)
