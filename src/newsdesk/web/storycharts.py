"""Geometry of the story page's server-side SVG charts: coverage bars and the timeline.

Only numbers and short labels: the template draws them as inline SVG with presentation
attributes and classes (the CSP forbids inline styles and scripts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from newsdesk.model import TimelineEntry
from newsdesk.store.stories_extras import time_sort_key

BAR_LEFT = 150  # where the bars start; labels are right-aligned before it
BAR_WIDTH = 170
ROW = 22
TIMELINE_WIDTH = 640
TIMELINE_PAD = 24


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    y: int
    width: int


@dataclass(frozen=True)
class Dot:
    x: int
    label: str
    index: int  # 1-based number of the entry in the accessible list


def bars(counts: list[tuple[str, int]], limit: int = 8) -> tuple[list[Bar], int]:
    """Horizontal bars, widest = BAR_WIDTH; returns the bars and the chart height."""
    shown = counts[:limit]
    top = max((n for _, n in shown), default=1)
    out = [Bar(_short(label), n, i * ROW, max(2, round(BAR_WIDTH * n / top)))
           for i, (label, n) in enumerate(shown)]
    return out, max(ROW, len(out) * ROW)


def _short(label: str, size: int = 20) -> str:
    return label if len(label) <= size else label[: size - 1] + "…"


def _day(entry: TimelineEntry) -> date | None:
    key = time_sort_key(entry.value) or ""
    match = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", key)
    if not match:
        return None
    return date(int(match[1]), int(match[2] or 1), int(match[3] or 1))


def timeline_dots(entries: list[TimelineEntry]) -> tuple[list[Dot], str, str]:
    """Dots along one axis by date (entries already sorted), with the axis's end labels."""
    days = [(i, e, d) for i, e in enumerate(entries, start=1) if (d := _day(e)) is not None]
    if not days:
        return [], "", ""
    first, last = days[0][2], days[-1][2]
    span = max(1, (last - first).days)
    usable = TIMELINE_WIDTH - 2 * TIMELINE_PAD
    dots = [Dot(TIMELINE_PAD + (round(usable * (d - first).days / span) if last != first
                                else usable // 2), e.value, i) for i, e, d in days]
    return dots, first.isoformat(), last.isoformat()
