"""Does the judge agree with the trainer? Play every candidate reply and compare.

Each candidate is tried in a call that takes the best reply at every other
step. A reply marked "best" must leave a perfect score, "ok" no breach and at
least 90, "weak" must cost points without a breach, "breach" must fail the
attempt. A mismatch is a warning: the file still loads, but the trainer
should reword the reply (or the judge's word lists need a look).
"""

from __future__ import annotations

from dataclasses import dataclass

from collector_desk.domain.practice.call import PracticeCall
from collector_desk.domain.practice.model import ReplyKind, Scenario
from collector_desk.domain.practice.render import CallSetup
from collector_desk.domain.practice.schema import Problem
from collector_desk.domain.practice.scoring import ScoreCard, score_call


@dataclass(frozen=True, slots=True)
class Trial:
    step: int
    reply_id: str
    kind: ReplyKind
    lang: str
    card: ScoreCard

    @property
    def agrees(self) -> bool:
        card = self.card
        if self.kind is ReplyKind.BEST:
            return card.score == 100
        if self.kind is ReplyKind.OK:
            return not card.auto_fail and card.score >= 90
        if self.kind is ReplyKind.WEAK:
            return not card.auto_fail and card.score < 100
        return bool(card.auto_fail)


def best_reply(call: PracticeCall, step: int) -> str:
    return next(c.id for c in call.candidates(step) if c.kind is ReplyKind.BEST)


def play_best(
    scenario: Scenario, setup: CallSetup, lang: str = "zh", *, at: int = 0, reply_id: str = ""
) -> PracticeCall:
    """The best path; at step `at` say `reply_id` instead. Each step is answered once."""
    call = PracticeCall(scenario, setup)
    for step in scenario.applicable:
        if call.ended:
            break
        chosen = reply_id if step == at else best_reply(call, step)
        call.answer(reply_id=chosen, step=step, lang=lang)
    return call


def trials(scenario: Scenario, setup: CallSetup) -> list[Trial]:
    out: list[Trial] = []
    for step in scenario.applicable:
        for reply in scenario.step(step).replies:
            for lang in ("zh", "en"):
                call = play_best(scenario, setup, lang, at=step, reply_id=reply.id)
                out.append(Trial(step, reply.id, reply.kind, lang, score_call(call)))
    return out


def lint(scenario: Scenario, setup: CallSetup) -> list[Problem]:
    problems: list[Problem] = []
    for t in trials(scenario, setup):
        if not t.agrees:
            lost = "; ".join(f"{d.rule} -{d.points}" for d in t.card.deductions) or "nothing lost"
            problems.append(
                Problem(
                    f"step.{t.step}",
                    "kind_mismatch",
                    f"reply {t.reply_id!r} ({t.lang}) is marked {t.kind.value} but scores "
                    f"{t.card.score}{' with a breach' if t.card.auto_fail else ''}: {lost}",
                    "warning",
                )
            )
    return problems
