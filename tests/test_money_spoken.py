"""Amounts said as people say them: examples, and properties over every amount
(what is said reads back to the same amount; no "一十" at the head, no "零零", no
trailing "零")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from collector_desk.domain.money import spoken_fen_en, spoken_fen_zh, spoken_number_zh
from collector_desk.domain.practice.extract import amounts_in, cn_to_int


@pytest.mark.parametrize(
    ("n", "said"),
    [
        (0, "零"), (7, "七"), (10, "十"), (15, "十五"), (20, "二十"), (110, "一百一十"),
        (200, "两百"), (1005, "一千零五"), (1010, "一千零一十"), (1280, "一千二百八十"),
        (2000, "两千"), (10001, "一万零一"), (15000, "一万五千"), (20000, "两万"),
        (100500, "十万零五百"), (1000000, "一百万"), (120000000, "一亿两千万"),
        (200000000, "两亿"),
    ],
)  # fmt: skip
def test_numbers(n: int, said: str) -> None:
    assert spoken_number_zh(n) == said


@pytest.mark.parametrize(
    ("fen", "zh", "en"),
    [
        (128000, "一千二百八十元", "1,280 yuan"),
        (128050, "一千二百八十元五角", "1,280.50 yuan"),
        (128005, "一千二百八十元零五分", "1,280.05 yuan"),
        (128055, "一千二百八十元五角五分", "1,280.55 yuan"),
        (50, "五角", "0.50 yuan"),
        (0, "零元", "0 yuan"),
        (-10000, "负一百元", "-100 yuan"),
    ],
)
def test_amounts(fen: int, zh: str, en: str) -> None:
    assert (spoken_fen_zh(fen), spoken_fen_en(fen)) == (zh, en)


@given(st.integers(min_value=1, max_value=99_999_999))
def test_a_number_said_reads_back_the_same(n: int) -> None:
    said = spoken_number_zh(n)
    assert cn_to_int(said) == n
    assert not said.startswith("一十")
    assert "零零" not in said and not said.endswith("零")


@given(st.integers(min_value=100, max_value=9_999_999_99))
def test_an_amount_said_is_heard_as_the_same_amount(fen: int) -> None:
    said = spoken_fen_zh(fen)
    assert amounts_in(f"这期是{said}，对吗？") == [fen]
    assert not any(ch.isdigit() for ch in said)
