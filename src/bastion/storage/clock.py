"""Time as the storage layer keeps it: always UTC, always timezone-aware."""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    return datetime.now(UTC)


def aware(t: datetime) -> datetime:
    """SQLite returns naive datetimes; everything Bastion stores is UTC."""
    return t if t.tzinfo else t.replace(tzinfo=UTC)
