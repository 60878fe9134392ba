"""The column types every table shares, and the one `MetaData` the tables join.

Kept apart from the tables so each group of tables (one migration's worth) can import
them without importing the others."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Dialect, MetaData, String, types

_UTC_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def as_aware(value: datetime) -> datetime:
    """Naive datetimes are taken as UTC (the model promises aware ones; be lenient)."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


class UtcDateTime(types.TypeDecorator[datetime]):
    """An instant, normalised to UTC; comparable in SQL on every backend."""

    impl = String(32)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> types.TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(DateTime(timezone=True))
        return dialect.type_descriptor(String(32))

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        utc = as_aware(value).astimezone(UTC)
        return utc if dialect.name == "postgresql" else utc.strftime(_UTC_FORMAT)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, datetime):
            return as_aware(value).astimezone(UTC)
        return datetime.strptime(value, _UTC_FORMAT).replace(tzinfo=UTC)


class OffsetDateTime(types.TypeDecorator[datetime]):
    """A datetime kept as ISO 8601 text with the offset it was given in."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        return None if value is None else as_aware(value).isoformat()

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


metadata = MetaData()
