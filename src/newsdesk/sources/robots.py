"""robots.txt, fetched once per site and cached, so article fetches can respect it.

What an unusual answer means (the choice follows RFC 9309 where it is clear):

* 2xx: the rules apply, for the user agent given (``*`` groups when none names it);
* 404, 410 and other 4xx: no robots.txt, so everything is allowed;
* 401, 403: the site refuses robots.txt to us; we read that as "do not crawl" and
  disallow everything (stricter than RFC 9309, on purpose: a news desk can do without);
* 429, 5xx and network errors: the site is unavailable, not forbidding. We allow, because
  the page fetch itself will fail or back off anyway, but cache that answer only shortly
  (`failure_ttl`) so the real rules are read as soon as the site is back.

Rules are read by Protego, which applies RFC 9309's matching: the longest matching path
wins (an ``Allow: /news/`` beats ``Disallow: /`` whichever comes first), with ``*`` and
``$`` wildcards. (`urllib.robotparser` applies the first matching line instead.)
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

from newsdesk.errors import FetchError, HTTPStatusError
from newsdesk.sources.http import SafeClient

FAILURE_TTL = 300.0
ALLOW_ALL = ""
DISALLOW_ALL = "User-agent: *\nDisallow: /\n"


@dataclass
class _Rules:
    parser: Protego
    expires: float


class RobotsCache:
    """Answers "may we fetch this URL?" from each site's robots.txt; safe across threads."""

    def __init__(
        self,
        client: SafeClient,
        *,
        ttl: float = 3600.0,
        user_agent: str = "newsdesk",
        failure_ttl: float = FAILURE_TTL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._ttl = ttl
        self._failure_ttl = min(failure_ttl, ttl)
        self._user_agent = user_agent
        self._clock = clock
        self._rules: dict[str, _Rules] = {}
        self._lock = threading.Lock()
        self._site_locks: dict[str, threading.Lock] = {}

    def allowed(self, url: str) -> bool:
        """True when robots.txt of the URL's site lets our user agent fetch it."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return False
        site = f"{parts.scheme}://{parts.netloc.lower()}"
        return bool(self._rules_for(site).can_fetch(url, self._user_agent))

    def _rules_for(self, site: str) -> Protego:
        # One lock per site: two threads asking about one site fetch robots.txt once,
        # while sites do not wait for each other.
        with self._lock:
            site_lock = self._site_locks.setdefault(site, threading.Lock())
        with site_lock:
            cached = self._rules.get(site)
            if cached is not None and cached.expires > self._clock():
                return cached.parser
            parser, ttl = self._fetch(site)
            self._rules[site] = _Rules(parser, self._clock() + ttl)
            return parser

    def _fetch(self, site: str) -> tuple[Protego, float]:
        text, ttl = self._robots_text(site)
        return Protego.parse(text), ttl

    def _robots_text(self, site: str) -> tuple[str, float]:
        """The rules to apply and how long to keep them (see the module docstring)."""
        try:
            response = self._client.get(f"{site}/robots.txt", accept="text/plain")
        except HTTPStatusError as exc:
            if exc.status in (401, 403):
                return DISALLOW_ALL, self._ttl
            return ALLOW_ALL, (self._failure_ttl if exc.retryable else self._ttl)
        except FetchError:
            return ALLOW_ALL, self._failure_ttl
        return response.text(), self._ttl
