"""What one import, poll or enrichment run did, shared by every part of the pipeline."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

Progress = Callable[[int], None]  # called with the number of items just finished


@dataclass
class Report:
    """What one import or poll did, for the CLI's summary line."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    feeds_added: int = 0
    enriched: int = 0
    clustered: int = 0
    errors: list[str] = field(default_factory=list)

    def count(self, statuses: Iterable[str]) -> None:
        for status in statuses:
            setattr(self, status, getattr(self, status) + 1)


def now_utc() -> datetime:
    return datetime.now(UTC)
