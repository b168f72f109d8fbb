"""Values pulled out of typed answers: dates, times, amounts, methods, accounts."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from collector_desk.domain.practice import extract
from collector_desk.domain.promise import PaymentMethod

MONDAY = date(2026, 3, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("明天上午还", [date(2026, 3, 17)]),
        ("后天下午", [date(2026, 3, 18)]),
        ("大后天", [date(2026, 3, 19)]),
        ("今天还是明天?", [date(2026, 3, 16), date(2026, 3, 17)]),
        ("周五之前", [date(2026, 3, 20)]),
        ("下周三", [date(2026, 3, 25)]),
        ("3月20日", [date(2026, 3, 20)]),
        ("三月二十号", [date(2026, 3, 20)]),
        ("二十号", [date(2026, 3, 20)]),
        ("10号", [date(2026, 4, 10)]),  # the 10th has passed this month
        ("下个月10号", [date(2026, 4, 10)]),
        ("2026-03-19", [date(2026, 3, 19)]),
        ("tomorrow morning", [date(2026, 3, 17)]),
        ("the day after tomorrow", [date(2026, 3, 18)]),
        ("by Friday afternoon", [date(2026, 3, 20)]),
        ("next Monday", [date(2026, 3, 23)]),
        ("on 20 March", [date(2026, 3, 20)]),
        ("March 20th", [date(2026, 3, 20)]),
        ("过几天吧", []),
        ("soon, next month", []),
    ],
)
def test_dates_resolve_against_the_practice_day(text: str, expected: list[date]) -> None:
    assert extract.dates_in(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "timed"),
    [
        ("明天下午", True),
        ("明天3点前", True),
        ("十点半", True),
        ("before 10 a.m.", True),
        ("at 3pm", True),
        ("tomorrow evening", True),
        ("先还一点", False),  # "a little", not one o'clock
        ("什么时候", False),
        ("明天", False),
    ],
)
def test_time_of_day(text: str, timed: bool) -> None:
    assert extract.has_time_of_day(text) is timed


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("本期1,280.00元", [128000]),
        ("¥960", [96000]),
        ("先还八百块", [80000]),
        ("一千二百八十元", [128000]),
        ("1,280.00 yuan", [128000]),
        ("RMB 500.5", [50050]),
        ("尾号5678的卡", []),
    ],
)
def test_amounts_need_a_currency_mark(text: str, fen: list[int]) -> None:
    assert extract.amounts_in(text) == fen


def _to_chinese(n: int) -> str:
    digits = "零一二三四五六七八九"
    out, gap = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十")):
        q, n = divmod(n, value)
        if q:
            out += ("零" if gap else "") + digits[q] + unit
            gap = False
        elif out:
            gap = True
    if n:
        out += ("零" if gap and out else "") + digits[n]
    return out


@given(st.integers(min_value=1, max_value=9999))
def test_chinese_numerals_round_trip(n: int) -> None:
    assert extract.cn_to_int(_to_chinese(n)) == n
    assert extract.amounts_in(f"还{_to_chinese(n)}元") == [n * 100]


@pytest.mark.parametrize(
    ("text", "value"),
    [("十二", 12), ("二十", 20), ("一千二百八十", 1280), ("两万", 20000), ("三十一", 31)],
)
def test_chinese_numerals(text: str, value: int) -> None:
    assert extract.cn_to_int(text) == value


@pytest.mark.parametrize(
    ("text", "methods"),
    [
        ("通过APP还款", [PaymentMethod.APP]),
        ("存到扣款卡里等系统自动扣款", [PaymentMethod.AUTO_DEBIT]),
        ("用手机银行转账", [PaymentMethod.BANK_TRANSFER]),
        ("去银行柜台", [PaymentMethod.COUNTER]),
        ("in the app or by the automatic debit", [PaymentMethod.APP, PaymentMethod.AUTO_DEBIT]),
        ("I'm happy to help", []),  # "happy" is not the app
        ("扣款账户", []),  # the debit account is not a method
    ],
)
def test_methods(text: str, methods: list[PaymentMethod]) -> None:
    assert extract.methods_in(text) == methods


def test_accounts_by_tail_or_full_number() -> None:
    assert extract.accounts_in("您尾号4521的卡").tails == ("4521",)
    assert extract.accounts_in("your card ending in 4521").tails == ("4521",)
    assert extract.accounts_in("转到6214 8301 0000 1234").tails == ("1234",)
    assert extract.accounts_in("还是原来那张卡吧").generic
    assert extract.accounts_in("13812345678").tails == ()  # a phone number is no account


def test_letting_the_system_debit_is_the_automatic_debit() -> None:
    assert extract.methods_in("您是存到扣款卡里让系统扣,还是用APP还?") == [
        PaymentMethod.AUTO_DEBIT,
        PaymentMethod.APP,
    ]
