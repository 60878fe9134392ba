"""Politeness: pure scheduling functions and the per-host limiter."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from newsdesk.errors import (
    BlockedAddress,
    FeedError,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    TooLarge,
)
from newsdesk.model import Feed
from newsdesk.settings import Settings
from newsdesk.sources.politeness import (
    HostLimiter,
    next_attempt_after_failure,
    next_attempt_after_success,
    parse_cache_max_age,
)

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
HOUR = 3600


def _every(seconds: int, count: int) -> list[datetime]:
    return [NOW - timedelta(seconds=seconds * i) for i in range(count)]


# --- after success ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry_times", "interval"),
    [
        (_every(HOUR, 10), HOUR // 2),  # hourly posts: poll every half hour
        (_every(7 * 86_400, 5), 86_400),  # weekly posts: clamped to max_interval
        (_every(60, 30), 300),  # every minute: clamped to min_interval
        ([NOW - timedelta(hours=h) for h in (0, 1, 2, 30)], HOUR // 2),  # median ignores outlier
        (_every(HOUR, 1), 7200),  # one date: the feed keeps its interval
        ([], 7200),
        ([NOW + timedelta(days=3), *_every(HOUR * 4, 3)], 2 * HOUR),  # future dates ignored
        ([*_every(HOUR * 2, 3), *_every(HOUR * 2, 3)], HOUR),  # duplicates count once
    ],
)
def test_interval_follows_posting_rate(
    settings: Settings, entry_times: list[datetime], interval: int
) -> None:
    feed = Feed(url="http://news.example/feed", interval_seconds=7200)
    when, seconds = next_attempt_after_success(feed, entry_times, NOW, settings)
    assert seconds == interval
    assert when == NOW + timedelta(seconds=interval)


def test_default_interval_when_feed_has_none(settings: Settings) -> None:
    feed = Feed(url="http://news.example/feed", interval_seconds=0)
    assert next_attempt_after_success(feed, [], NOW, settings)[1] == settings.default_interval


def test_naive_dates_are_read_as_utc(settings: Settings) -> None:
    naive = [t.replace(tzinfo=None) for t in _every(HOUR, 4)]
    feed = Feed(url="http://news.example/feed")
    assert next_attempt_after_success(feed, naive, NOW, settings)[1] == HOUR // 2


@pytest.mark.parametrize(("max_age", "interval"), [(None, 1800), (600, 1800), (7200, 7200),
                                                   (10**7, 86_400)])
def test_cache_max_age_is_a_lower_bound(
    settings: Settings, max_age: float | None, interval: int
) -> None:
    feed = Feed(url="http://news.example/feed")
    result = next_attempt_after_success(feed, _every(HOUR, 6), NOW, settings, max_age)
    assert result[1] == interval


# --- after failure ---------------------------------------------------------------------


@pytest.mark.parametrize(("error_count", "delay"), [(0, HOUR), (1, 2 * HOUR), (3, 8 * HOUR),
                                                    (5, 86_400), (500, 86_400)])
def test_exponential_backoff(settings: Settings, error_count: int, delay: int) -> None:
    feed = Feed(url="http://news.example/feed", interval_seconds=HOUR, error_count=error_count)
    error = FetchTimeout("timed out", where=feed.url)
    assert next_attempt_after_failure(feed, error, NOW, settings) == NOW + timedelta(seconds=delay)


def test_backoff_base_falls_back_to_min_interval(settings: Settings) -> None:
    feed = Feed(url="http://news.example/feed", interval_seconds=0, error_count=2)
    when = next_attempt_after_failure(feed, FetchError("reset"), NOW, settings)
    assert when == NOW + timedelta(seconds=4 * settings.min_interval)


@pytest.mark.parametrize(("retry_after", "delay"), [(None, HOUR), (60.0, HOUR),
                                                    (5 * HOUR, 5 * HOUR), (10**9, 86_400)])
def test_retry_after_is_honoured_when_longer(
    settings: Settings, retry_after: float | None, delay: int
) -> None:
    feed = Feed(url="http://news.example/feed", interval_seconds=HOUR)
    error = HTTPStatusError("HTTP 429", where=feed.url, status=429, retry_after=retry_after)
    assert next_attempt_after_failure(feed, error, NOW, settings) == NOW + timedelta(seconds=delay)


@pytest.mark.parametrize(
    "error",
    [
        BlockedAddress("private"),
        TooLarge("big"),
        HTTPStatusError("HTTP 404", status=404),
        HTTPStatusError("HTTP 410", status=410, retry_after=60.0),
    ],
)
def test_non_retryable_errors_wait_max_backoff(settings: Settings, error: FetchError) -> None:
    feed = Feed(url="http://news.example/feed", interval_seconds=HOUR)
    when = next_attempt_after_failure(feed, error, NOW, settings)
    assert when == NOW + timedelta(seconds=settings.max_backoff)


def test_feed_error_backs_off_like_a_retryable_error(settings: Settings) -> None:
    feed = Feed(url="http://news.example/feed", interval_seconds=HOUR, error_count=1)
    when = next_attempt_after_failure(feed, FeedError("not a feed"), NOW, settings)
    assert when == NOW + timedelta(seconds=2 * HOUR)


# --- Cache-Control ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Cache-Control": "public, max-age=600"}, 600.0),
        ({"cache-control": 'max-age="120", must-revalidate'}, 120.0),
        ({"CACHE-CONTROL": "Max-Age=300", "Age": "100"}, 200.0),
        ({"cache-control": "max-age=60", "age": "500"}, 0.0),
        ({"cache-control": "s-maxage=900"}, None),
        ({"cache-control": "no-cache"}, None),
        ({"cache-control": "max-age=-1"}, None),
        ({"cache-control": "max-age=soon"}, None),
        ({}, None),
    ],
)
def test_parse_cache_max_age(headers: dict[str, str], expected: float | None) -> None:
    assert parse_cache_max_age(headers) == expected


# --- HostLimiter -----------------------------------------------------------------------


def test_host_limiter_caps_concurrency_per_host() -> None:
    limiter = HostLimiter(2)
    lock = threading.Lock()
    active: dict[str, int] = {"a": 0, "b": 0}
    peak: dict[str, int] = {"a": 0, "b": 0}
    # Two holders of one host must meet inside: proves 2 may run at once, without sleeps.
    meet = {"a": threading.Barrier(2, timeout=5), "b": threading.Barrier(2, timeout=5)}

    def work(host: str) -> None:
        with limiter.slot(f"https://{host}.example/page"):
            with lock:
                active[host] += 1
                peak[host] = max(peak[host], active[host])
            meet[host].wait()
            with lock:
                active[host] -= 1

    threads = [threading.Thread(target=work, args=(h,)) for h in "ab" * 4]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert peak == {"a": 2, "b": 2}


def test_host_limiter_keys_by_host_and_port() -> None:
    limiter = HostLimiter(1)
    with limiter.slot("http://a.example/x"):
        done = threading.Event()

        def other() -> None:
            with limiter.slot("http://A.example:8080/y"), limiter.slot("http://b.example/"):
                done.set()

        thread = threading.Thread(target=other)
        thread.start()
        assert done.wait(2.0)
        thread.join()


def test_host_limiter_rejects_zero() -> None:
    with pytest.raises(ValueError):
        HostLimiter(0)
