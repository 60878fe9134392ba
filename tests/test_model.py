"""The two ways an input time is read: a user's since/until bound and a record's ISO field."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsdesk.model import filter_bound, parse_iso_time


@pytest.mark.parametrize(("value", "end", "expected"), [
    ("2026-01-21", False, datetime(2026, 1, 21, tzinfo=UTC)),
    ("2026-01-21", True, datetime(2026, 1, 21, 23, 59, 59, 999999, tzinfo=UTC)),
    ("2026-01-21T12:30", False, datetime(2026, 1, 21, 12, 30, tzinfo=UTC)),
    ("2026-01-21T12:30:00+01:00", True, datetime(2026, 1, 21, 11, 30, tzinfo=UTC)),
])
def test_filter_bound(value: str, end: bool, expected: datetime) -> None:
    assert filter_bound(value, end) == expected


def test_filter_bound_refuses_words() -> None:
    with pytest.raises(ValueError):
        filter_bound("yesterday")


def test_parse_iso_time() -> None:
    assert parse_iso_time(None, "published") is None
    assert parse_iso_time("2026-01-21", "published", naive_utc=True) == datetime(
        2026, 1, 21, tzinfo=UTC)
    with pytest.raises(ValueError, match="'published' has no UTC offset"):
        parse_iso_time("2026-01-21T10:00", "published")
    with pytest.raises(ValueError, match="'published' is not ISO 8601: 'last tuesday'"):
        parse_iso_time("last tuesday", "published")
    with pytest.raises(ValueError, match="must be an ISO 8601 string or null"):
        parse_iso_time(5, "published")
