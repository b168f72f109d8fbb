"""Fill the placeholders of scenario lines ({lender}, {date}, {amount}...) in zh and en."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from collector_desk.domain.money import spoken_fen_en, spoken_fen_zh
from collector_desk.domain.names import honorific
from collector_desk.domain.practice.extract import account_tail
from collector_desk.domain.practice.model import AccountKind, Scenario, Text
from collector_desk.domain.promise import DEFAULT_WINDOW_DAYS, PaymentMethod

# A made-up repayment account for practice when the lender has published none.
PRACTICE_PUBLISHED_ACCOUNT = "6230 5800 0000 8866"

METHOD_TEXT: dict[PaymentMethod, Text] = {
    PaymentMethod.AUTO_DEBIT: Text("系统自动扣款", "the automatic debit"),
    PaymentMethod.BANK_TRANSFER: Text("银行转账", "a bank transfer"),
    PaymentMethod.APP: Text("APP还款", "the app"),
    PaymentMethod.COUNTER: Text("到银行柜台办理", "a bank counter"),
    PaymentMethod.OTHER: Text("其他方式", "another way"),
}
_MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass(frozen=True, slots=True)
class CallSetup:
    """Everything outside the scenario a practice call needs."""

    today: date
    lender: str = "示例消费金融"
    trainee: str = "小王"  # "" when no collector name is set: lines then name the role
    published_accounts: tuple[str, ...] = ()
    window_days: int = DEFAULT_WINDOW_DAYS

    @property
    def published(self) -> str:
        return self.published_accounts[0] if self.published_accounts else PRACTICE_PUBLISHED_ACCOUNT


def date_text(day: date, today: date) -> Text:
    rel = {0: ("今天", "today"), 1: ("明天", "tomorrow"), 2: ("后天", "the day after tomorrow")}
    zh = f"{day.month}月{day.day}日"
    en = f"{day.day} {_MONTHS_EN[day.month - 1]}"
    if (day - today).days in rel:
        word_zh, word_en = rel[(day - today).days]
        return Text(f"{word_zh}（{zh}）", f"{word_en} ({en})")
    return Text(zh, en)


def amount_text(fen: int) -> Text:
    """As said on the phone: "一千二百八十元", "1,280 yuan" (never "1,280.00元")."""
    return Text(spoken_fen_zh(fen), spoken_fen_en(fen))


def account_text(kind: AccountKind, scenario: Scenario, setup: CallSetup) -> Text:
    if kind is AccountKind.DEBIT:
        tail = account_tail(scenario.case.debit_account)
        return Text(f"您尾号{tail}的还款银行卡", f"your card ending {tail}")
    tail = account_tail(setup.published)
    return Text(
        f"公司公布的还款账户（尾号{tail}）",
        f"the company's published repayment account ending {tail}",
    )


def due_date(scenario: Scenario, today: date) -> date:
    return today - timedelta(days=scenario.persona.dpd)


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def values(
    scenario: Scenario,
    setup: CallSetup,
    *,
    agreed_date: date | None = None,
    agreed_amount: int | None = None,
    agreed_method: PaymentMethod | None = None,
    agreed_account: AccountKind | None = None,
) -> dict[str, Text]:
    p, deal = scenario.persona, scenario.deal
    surname_en = p.name_en.split()[0] if p.name_en else p.name_en
    when = agreed_date or setup.today + timedelta(days=deal.date_offset)
    return {
        "lender": Text(setup.lender, setup.lender),
        "me": Text(setup.trainee, setup.trainee),
        "name": Text(p.name, p.name_en),
        "title": Text(
            honorific(p.name, p.gender, "zh_CN"),
            honorific(p.name, p.gender, "en", surname_en=surname_en),
        ),
        "overdue": amount_text(scenario.case.overdue_fen),
        "outstanding": amount_text(scenario.case.outstanding_fen),
        "due_date": date_text(due_date(scenario, setup.today), setup.today),
        "debit_tail": Text(
            account_tail(scenario.case.debit_account), account_tail(scenario.case.debit_account)
        ),
        "published_tail": Text(account_tail(setup.published), account_tail(setup.published)),
        "date": date_text(when, setup.today),
        "time": deal.time,
        "amount": amount_text(agreed_amount or deal.amount_fen),
        "method": METHOD_TEXT[agreed_method or deal.method],
        "account": account_text(agreed_account or deal.account, scenario, setup),
        "relation": p.relation or Text("", ""),
    }


# Who the trainee is when no collector name is set: the role, said once.
ROLE = Text("客服专员", "customer service")


def _without_name(line: str, role: str) -> str:
    """ "我是{lender}的客服专员{me}" -> "我是{lender}的客服专员"; "This is {me}, customer
    service at" -> "This is customer service at"; any other {me} -> the role."""
    for joined in (f"{role}{{me}}", f"{{me}}，{role}", f"{{me}}, {role}"):
        line = line.replace(joined, role)
    return line.replace("{me}", role)


def fill(text: Text, vals: dict[str, Text]) -> Text:
    zh_line, en_line = text.zh, text.en
    me = vals.get("me")
    if me is not None and not me.zh.strip():
        zh_line, en_line = _without_name(zh_line, ROLE.zh), _without_name(en_line, ROLE.en)
    zh = _Values({k: v.zh for k, v in vals.items()})
    en = _Values({k: v.en for k, v in vals.items()})
    return Text(zh_line.format_map(zh), en_line.format_map(en))
