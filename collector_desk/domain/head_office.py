"""Payments head office reported: intake records what head office saw and no payment
here accounts for with this reference prefix (channel ``other``), so their source is
known wherever a payment is shown or matched."""

from __future__ import annotations

PREFIX = "head office "  # + the file's name


def reference(file: str) -> str:
    """A head-office payment's reference (the payment table keeps 64 characters)."""
    return f"{PREFIX}{file}"[:64]


def is_head_office(reference: str | None) -> bool:
    return (reference or "").startswith(PREFIX)
