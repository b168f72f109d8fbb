"""Days past due into buckets and bands: what the case list's rows need from the
loan rules (domain/loan.py re-exports it all), apart so that the list's first page
imports no schedules or positions (their dataclasses)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

FAR_FUTURE = date(9999, 12, 31)


class Bucket(StrEnum):
    C = "C"
    M1 = "M1"
    M2 = "M2"
    M3 = "M3"
    M3_PLUS = "M3+"


BUCKET_ORDER: tuple[Bucket, ...] = (Bucket.C, Bucket.M1, Bucket.M2, Bucket.M3, Bucket.M3_PLUS)

# Inclusive DPD range per bucket (playbook §1).
BUCKET_DPD: dict[Bucket, tuple[int, int | None]] = {
    Bucket.C: (0, 0),
    Bucket.M1: (1, 29),
    Bucket.M2: (30, 59),
    Bucket.M3: (60, 89),
    Bucket.M3_PLUS: (90, None),
}

# M1 is worked in three bands with their own strategy (playbook §6).
DPD_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("C", 0, 0),
    ("M1-1-5", 1, 5),
    ("M1-6-20", 6, 20),
    ("M1-21-29", 21, 29),
    ("M2", 30, 59),
    ("M3", 60, 89),
    ("M3+", 90, None),
)


def bucket_for_dpd(dpd: int) -> Bucket:
    if dpd < 0:
        raise ValueError("days past due cannot be negative")
    for bucket in BUCKET_ORDER:
        low, high = BUCKET_DPD[bucket]
        if dpd >= low and (high is None or dpd <= high):
            return bucket
    raise AssertionError("unreachable")  # pragma: no cover


def band_for_dpd(dpd: int) -> str:
    for name, low, high in DPD_BANDS:
        if dpd >= low and (high is None or dpd <= high):
            return name
    raise ValueError("days past due cannot be negative")
