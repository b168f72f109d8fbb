"""Masking hides enough of every number, whatever its length."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from collector_desk.domain.privacy import mask_id_number, mask_phone, mask_text

digits = st.text(alphabet="0123456789", min_size=7, max_size=24)


@given(digits)
def test_a_masked_phone_hides_at_least_four_digits_and_half_of_a_short_one(number: str) -> None:
    masked = mask_phone(number)
    assert len(masked) == len(
        number[2:] if len(number) == 13 and number.startswith("86") else number
    )
    hidden = masked.count("*")
    assert hidden >= 4
    if len(masked) < 11:
        assert hidden >= len(masked) - 2


@given(digits)
def test_an_id_number_never_shows_whole(id_number: str) -> None:
    masked = mask_id_number(id_number)
    assert masked.count("*") >= min(len(id_number) - 2, 7)
    assert masked.count("*") * 3 >= len(id_number)


@given(st.text(alphabet="0123456789 -", max_size=30), st.text(max_size=10), st.text(max_size=10))
def test_no_seven_digit_run_survives_in_free_text(number: str, before: str, after: str) -> None:
    text = f"{before}{number}{after}"
    masked = mask_text(text)
    plain = re.sub(r"[ \-]", "", mask_text(number))
    assert re.search(r"\d{7}", plain) is None
    assert "0000000" not in masked or "0000000" in before + after


def test_the_examples_read_as_before() -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_text("回电 13812345678") == "回电 138****5678"
    assert mask_text("座机 6543210") == "座机 *****10"
