"""Timestamps keep their instant through storage, and naive ones are refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from collector_desk.store.types import UTCDateTime

T = UTCDateTime()


@given(
    st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(9998, 12, 31)),
    st.integers(-12 * 60, 14 * 60),
)
def test_round_trip_is_the_same_instant_in_utc(naive: datetime, offset_min: int) -> None:
    aware = naive.replace(tzinfo=timezone(timedelta(minutes=offset_min)))
    stored = T.process_bind_param(aware, None)
    back = T.process_result_value(stored, None)
    assert back == aware
    assert back.tzinfo is not None and back.utcoffset() == timedelta(0)
    assert len(stored) == 27  # fixed width: text order is time order


def test_naive_timestamp_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        T.process_bind_param(datetime(2026, 3, 16, 9, 0), None)
    assert T.process_bind_param(None, None) is None
    assert T.process_result_value("2026-03-16T01:00:00.000000Z", None) == datetime(
        2026, 3, 16, 1, tzinfo=UTC
    )
