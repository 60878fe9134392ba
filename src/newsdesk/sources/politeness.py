"""Being a good guest: per-host concurrency, adaptive poll intervals and backoff.

The scheduling functions are pure (time comes in as `now`), so the poller stays simple and
the rules are easy to test. They are deterministic on purpose: no random jitter, since
feeds already drift apart through their own posting rates and failures.
"""

from __future__ import annotations

import itertools
import statistics
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from newsdesk.errors import FeedError, FetchError, HTTPStatusError
from newsdesk.model import Feed
from newsdesk.settings import Settings

# How many of the newest entry dates the posting rate is computed from.
RECENT_ENTRIES = 20
# Entry dates up to this far ahead of our clock are believed (servers' clocks drift).
CLOCK_SKEW = timedelta(minutes=10)


class HostLimiter:
    """At most `per_host` simultaneous requests to one host (scheme-less host:port)."""

    def __init__(self, per_host: int) -> None:
        if per_host < 1:
            raise ValueError("per_host must be at least 1")
        self._per_host = per_host
        self._lock = threading.Lock()
        self._semaphores: dict[str, threading.BoundedSemaphore] = {}

    @contextmanager
    def slot(self, url: str) -> Iterator[None]:
        """Hold one of the host's slots for the duration of the block (blocks if all taken)."""
        key = urlsplit(url).netloc.lower().rsplit("@", 1)[-1]
        with self._lock:
            semaphore = self._semaphores.setdefault(key, threading.BoundedSemaphore(self._per_host))
        with semaphore:
            yield


def next_attempt_after_success(
    feed: Feed,
    entry_times: list[datetime],
    now: datetime,
    settings: Settings,
    cache_max_age: float | None = None,
) -> tuple[datetime, int]:
    """When to poll again after a good fetch, and the feed's new interval in seconds.

    The interval is half the median gap between the newest entries, so a feed that posts
    hourly is read about every half hour, and one that posts weekly about twice a week.
    With fewer than two dates the feed keeps its interval. Cache-Control max-age is a lower
    bound (the server says the document will not change sooner), itself capped by
    `max_interval`. The result always lies in [min_interval, max_interval].
    """
    low, high = int(settings.min_interval), int(settings.max_interval)
    gaps = _recent_gaps(entry_times, now)
    if gaps:
        interval = statistics.median(gaps) / 2
    else:
        interval = float(feed.interval_seconds or settings.default_interval)
    if cache_max_age is not None:
        interval = max(interval, min(cache_max_age, high))
    seconds = int(min(max(interval, low), high))
    return now + timedelta(seconds=seconds), seconds


def _recent_gaps(entry_times: list[datetime], now: datetime) -> list[float]:
    """Gaps in seconds between the newest distinct entry times.

    Dates further in the future than a little clock skew are bogus and ignored; a naive
    datetime (which the model forbids, but feeds are messy) is read as UTC.
    """
    latest = now + CLOCK_SKEW
    aware = {t if t.tzinfo else t.replace(tzinfo=UTC) for t in entry_times}
    past = sorted((t for t in aware if t <= latest), reverse=True)[:RECENT_ENTRIES]
    return [(newer - older).total_seconds() for newer, older in itertools.pairwise(past)]


def next_attempt_after_failure(
    feed: Feed, error: FetchError | FeedError, now: datetime, settings: Settings
) -> datetime:
    """When to try a failing feed again.

    Retryable errors back off exponentially: ``base × 2**error_count`` where `base` is the
    feed's interval (or `min_interval`) and `error_count` counts the failures *before* this
    one, so the first failure waits one normal interval. A FeedError (the server answered
    with something that is not a feed) is treated as retryable: it is often a transient
    broken publish. Non-retryable errors (blocked address or scheme, too large, too many
    redirects, 4xx other than 408/425/429) wait `max_backoff` straight away: a person must
    fix the subscription, but a daily retry lets a fixed feed heal by itself. A server's
    Retry-After is honoured when it asks for longer; every wait is capped at `max_backoff`.
    """
    cap = float(settings.max_backoff)
    if getattr(error, "retryable", True) is False:
        return now + timedelta(seconds=cap)
    base = float(feed.interval_seconds or settings.min_interval)
    delay = min(base * 2 ** min(max(feed.error_count, 0), 32), cap)
    if isinstance(error, HTTPStatusError) and error.retry_after is not None:
        delay = max(delay, min(error.retry_after, cap))
    return now + timedelta(seconds=delay)


def parse_cache_max_age(headers: dict[str, str]) -> float | None:
    """Seconds the response stays fresh per Cache-Control max-age, minus its Age.

    Header names are matched case-insensitively. Returns None when there is no usable
    max-age (missing, malformed or negative); ``no-store``/``no-cache`` say nothing about
    how often the document changes, so they do not count.
    """
    lowered = {name.lower(): value for name, value in headers.items()}
    max_age: float | None = None
    for directive in lowered.get("cache-control", "").split(","):
        name, _, value = directive.strip().partition("=")
        if name.strip().lower() == "max-age":
            value = value.strip().strip('"')
            if not value.isdigit():
                return None
            max_age = float(value)
    if max_age is None:
        return None
    age = lowered.get("age", "").strip()
    return max(0.0, max_age - float(age)) if age.isdigit() else max_age
