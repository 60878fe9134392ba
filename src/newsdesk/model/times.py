"""Reading times typed by users and found in input records (stdlib only)."""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import Any


def filter_bound(value: str, end_of_day: bool = False) -> datetime:
    """A since/until bound typed by a user: a bare date is the whole day (its first or last
    instant), a datetime without offset is UTC. ValueError when it is not ISO 8601."""
    parsed = datetime.fromisoformat(value)
    if len(value) == 10:
        parsed = datetime.combine(parsed.date(), time.max if end_of_day else time.min)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def parse_iso_time(value: Any, key: str, *, naive_utc: bool = False) -> datetime | None:
    """An input record's ISO 8601 field: None when absent; a ValueError naming `key` when it
    is not a string or not ISO 8601. Without an offset it is refused (exports always carry
    one) unless `naive_utc`, for hand-written inputs where UTC is the reasonable reading."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"'{key}' must be an ISO 8601 string or null")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"'{key}' is not ISO 8601: {value!r}") from exc
    if parsed.tzinfo is None:
        if not naive_utc:
            raise ValueError(f"'{key}' has no UTC offset: {value!r}")
        parsed = parsed.replace(tzinfo=UTC)
    return parsed
