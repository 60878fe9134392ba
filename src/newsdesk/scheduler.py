"""Runs the poller continuously: poll due feeds, sleep until the next one is due.

Used by `newsdesk poll` (without --once) and by `newsdesk serve`, which runs it in a
background thread. The web layer never calls the pipeline; "refresh now" only moves a
feed's next attempt, and this loop picks it up.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime

from newsdesk.errors import NewsdeskError
from newsdesk.pipeline import Pipeline, Report, now_utc

log = logging.getLogger(__name__)

def seconds_until_next(pipeline: Pipeline, now: datetime) -> float:
    """Time to sleep before the earliest feed is due (0 when one is due already)."""
    tick = float(pipeline.settings.poll_tick)  # so feeds added meanwhile are noticed
    upcoming = [f.next_attempt for f in pipeline.store.list_feeds() if f.next_attempt]
    if len(upcoming) < len(pipeline.store.list_feeds()):
        return 0.0  # a feed that was never fetched is due now
    if not upcoming:
        return tick
    wait = (min(upcoming) - now).total_seconds()
    return max(0.0, min(tick, wait))


def run_poller(pipeline: Pipeline, stop: threading.Event, max_rounds: int | None = None) -> int:
    """Poll until `stop` is set (or `max_rounds` rounds ran); returns the rounds run."""
    rounds = 0
    while not stop.is_set():
        report = Report()
        try:
            report = pipeline.poll_due()
        except NewsdeskError as exc:
            log.error("poll failed: %s", exc)
        rounds += 1
        if report.inserted or report.updated:
            log.info("poll: %d new, %d updated", report.inserted, report.updated)
        if max_rounds is not None and rounds >= max_rounds:
            break
        stop.wait(seconds_until_next(pipeline, now_utc()))
    return rounds
