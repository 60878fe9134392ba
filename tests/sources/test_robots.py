"""RobotsCache against robots.txt files served by the real local server."""

from __future__ import annotations

import threading

import pytest
from tests.conftest import LocalServer, Reply, Request

from newsdesk.settings import Settings
from newsdesk.sources.http import SafeClient
from newsdesk.sources.robots import RobotsCache

ROBOTS = b"""# test rules
User-agent: otherbot
Disallow: /

User-agent: newsdesk
Allow: /private/press/
Disallow: /private/

User-agent: *
Disallow: /tmp/
"""


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _robots_requests(server: LocalServer) -> int:
    return sum(1 for r in server.requests if r.path == "/robots.txt")


def test_rules_are_applied_and_cached(local_server: LocalServer, settings: Settings) -> None:
    local_server.route("/robots.txt", ROBOTS, headers={"Content-Type": "text/plain"})
    with SafeClient(settings) as client:
        robots = RobotsCache(client)
        assert robots.allowed(local_server.url("/news/1"))
        assert not robots.allowed(local_server.url("/private/memo"))
        assert robots.allowed(local_server.url("/private/press/release"))
        assert robots.allowed(local_server.url("/tmp/x"))  # our own group wins over *
        other = RobotsCache(client, user_agent="otherbot")
        assert not other.allowed(local_server.url("/news/1"))
    assert _robots_requests(local_server) == 2  # one per cache, not per question
    assert local_server.requests[0].headers["user-agent"].startswith("newsdesk/")


def test_cache_expires_after_ttl(local_server: LocalServer, settings: Settings) -> None:
    local_server.route("/robots.txt", ROBOTS)
    clock = Clock()
    with SafeClient(settings) as client:
        robots = RobotsCache(client, ttl=60.0, clock=clock)
        robots.allowed(local_server.url("/a"))
        clock.now += 59
        robots.allowed(local_server.url("/b"))
        assert _robots_requests(local_server) == 1
        clock.now += 2
        robots.allowed(local_server.url("/c"))
    assert _robots_requests(local_server) == 2


@pytest.mark.parametrize(("status", "allowed"), [(404, True), (410, True), (401, False),
                                                 (403, False)])
def test_status_answers(
    local_server: LocalServer, settings: Settings, status: int, allowed: bool
) -> None:
    local_server.route("/robots.txt", b"User-agent: *\nDisallow: /\n", status=status)
    with SafeClient(settings) as client:
        robots = RobotsCache(client)
        assert robots.allowed(local_server.url("/news/1")) is allowed
        assert robots.allowed(local_server.url("/news/2")) is allowed
    assert _robots_requests(local_server) == 1


def test_server_error_allows_but_is_cached_shortly(
    local_server: LocalServer, settings: Settings
) -> None:
    answers = [Reply(503, {}, b"down"), Reply(200, {}, b"User-agent: *\nDisallow: /\n")]

    def robots_txt(_req: Request) -> Reply:
        return answers.pop(0)

    local_server.route("/robots.txt", handler=robots_txt)
    clock = Clock()
    with SafeClient(settings) as client:
        robots = RobotsCache(client, ttl=3600.0, failure_ttl=30.0, clock=clock)
        assert robots.allowed(local_server.url("/a"))
        clock.now += 10
        assert robots.allowed(local_server.url("/a"))
        clock.now += 30
        assert not robots.allowed(local_server.url("/a"))
    assert _robots_requests(local_server) == 2


def test_network_error_allows(settings: Settings) -> None:
    with SafeClient(settings) as client:
        robots = RobotsCache(client)
        assert robots.allowed("http://127.0.0.1:9/page")  # port 9: nothing listens
        assert not robots.allowed("ftp://127.0.0.1/page")


def test_one_fetch_per_site_across_threads(local_server: LocalServer, settings: Settings) -> None:
    local_server.route("/robots.txt", ROBOTS)
    results: list[bool] = []
    with SafeClient(settings) as client:
        robots = RobotsCache(client)
        threads = [
            threading.Thread(target=lambda: results.append(robots.allowed(local_server.url("/n"))))
            for _ in range(6)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert results == [True] * 6
    assert _robots_requests(local_server) == 1


LONGEST_MATCH = b"""User-agent: *
Disallow: /
Allow: /news/
Disallow: /news/*.pdf$
"""


@pytest.mark.parametrize(
    ("path", "allowed"),
    [("/news/2026/story.html", True), ("/news/report.pdf", False),
     ("/news/report.pdf?x=1", True), ("/about", False)],
)
def test_longest_match_wins_whatever_the_order(
    local_server: LocalServer, settings: Settings, path: str, allowed: bool
) -> None:
    """RFC 9309: the most specific rule decides, not the first one listed."""
    local_server.route("/robots.txt", LONGEST_MATCH, headers={"Content-Type": "text/plain"})
    with SafeClient(settings) as client:
        assert RobotsCache(client).allowed(local_server.url(path)) is allowed
