"""SafeClient against a real local server: limits, redirects, conditional GET, SSRF guard.

Only loopback is ever contacted. SSRF refusals of other addresses must happen before any
socket connects; the `no_connect` fixture turns any connect attempt into a test failure.
"""

from __future__ import annotations

import gzip
import ipaddress
import json
import socket
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpcore
import httpx
import pytest
from tests.conftest import LocalServer, Reply, Request

import newsdesk
from newsdesk.errors import (
    BlockedAddress,
    BlockedScheme,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    TooLarge,
    TooManyRedirects,
)
from newsdesk.settings import Settings
from newsdesk.sources import http as http_module
from newsdesk.sources import netguard
from newsdesk.sources.http import (
    USER_AGENT,
    SafeClient,
    check_url,
    is_forbidden_ip,
    parse_ip_literal,
    parse_retry_after,
)

CHARSETS = Path(__file__).parents[1] / "fixtures" / "charset"
CHARSET_CASES = sorted(p for p in CHARSETS.glob("*.bin"))
NOW = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.fixture()
def client(settings: Settings) -> Iterator[SafeClient]:
    with SafeClient(settings) as safe:
        yield safe


@pytest.fixture()
def no_connect(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Fail the test if any socket tries to connect; record the attempts."""
    attempts: list[Any] = []

    def refuse(self: socket.socket, address: Any) -> None:
        attempts.append(address)
        raise AssertionError(f"unexpected connect to {address}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


def _get(settings: Settings, url: str, **kwargs: Any) -> http_module.Response:
    with SafeClient(settings) as safe:
        return safe.get(url, **kwargs)


# --- plain fetches ---------------------------------------------------------------------


def test_get_returns_decoded_response_and_sends_user_agent(
    local_server: LocalServer, client: SafeClient
) -> None:
    url = local_server.route(
        "/a", b"hello", headers={"Content-Type": "Text/HTML; Charset=UTF-8", "X-Thing": "1"}
    )
    resp = client.get(url, accept="text/html")
    assert (resp.url, resp.status, resp.body) == (url, 200, b"hello")
    assert resp.content_type == "text/html" and resp.charset == "utf-8"
    assert resp.headers["x-thing"] == "1" and not resp.not_modified
    assert resp.fetched_at.tzinfo is not None
    sent = local_server.requests[-1].headers
    assert sent["user-agent"] == USER_AGENT == f"newsdesk/{newsdesk.__version__}"
    assert sent["accept"] == "text/html"
    assert "gzip" in sent["accept-encoding"] and "deflate" in sent["accept-encoding"]


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "raw-deflate"])
def test_compressed_bodies_are_decoded(
    local_server: LocalServer, client: SafeClient, encoding: str
) -> None:
    text = b"<p>news</p>" * 500
    if encoding == "gzip":
        body = gzip.compress(text)
    elif encoding == "deflate":
        body = zlib.compress(text)
    else:
        packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
        body = packer.compress(text) + packer.flush()
    name = "deflate" if encoding == "raw-deflate" else encoding
    url = local_server.route("/z", body, headers={"Content-Encoding": name})
    resp = client.get(url)
    assert resp.body == text
    assert "content-encoding" not in resp.headers and "content-length" not in resp.headers


def test_corrupt_gzip_is_a_fetch_error(local_server: LocalServer, client: SafeClient) -> None:
    garbage = b"\x1f\x8bnot gzip at all"
    url = local_server.route("/bad", garbage, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError) as info:
        client.get(url)
    assert info.value.where == url and "\n" not in info.value.message


# --- conditional GET -------------------------------------------------------------------


def _conditional(req: Request) -> Reply:
    if req.headers.get("if-none-match") == '"v1"':
        return Reply(304, {"ETag": '"v1"'})
    if req.headers.get("if-modified-since") == "Wed, 01 Jan 2025 00:00:00 GMT":
        return Reply(304)
    headers = {"ETag": '"v1"', "Last-Modified": "Wed, 01 Jan 2025 00:00:00 GMT"}
    return Reply(200, headers, b"<rss/>")


def test_conditional_get_with_etag_and_last_modified(
    local_server: LocalServer, client: SafeClient
) -> None:
    url = local_server.route("/feed", handler=_conditional)
    first = client.get(url)
    assert first.status == 200 and first.headers["etag"] == '"v1"'
    by_etag = client.get(url, etag=first.headers["etag"])
    by_date = client.get(url, last_modified=first.headers["last-modified"])
    for resp in (by_etag, by_date):
        assert resp.status == 304 and resp.not_modified and resp.body == b""
    assert local_server.requests[1].headers["if-none-match"] == '"v1"'
    assert "if-modified-since" not in local_server.requests[1].headers
    assert local_server.requests[2].headers["if-modified-since"].startswith("Wed, 01 Jan 2025")


# --- redirects -------------------------------------------------------------------------


def test_redirects_absolute_and_relative(local_server: LocalServer, client: SafeClient) -> None:
    final = local_server.route("/news/final", b"done")
    local_server.route("/news/deep/step", status=302, headers={"Location": "../final"})
    local_server.route("/start", status=301, headers={"Location": local_server.url("/mid")})
    local_server.route("/mid", status=307, headers={"Location": "/news/deep/step"})
    resp = client.get(local_server.url("/start"))
    assert resp.body == b"done" and resp.url == final
    assert [r.path for r in local_server.requests] == [
        "/start", "/mid", "/news/deep/step", "/news/final"
    ]


def test_too_many_redirects(local_server: LocalServer, settings: Settings) -> None:
    url = local_server.route("/loop", status=302, headers={"Location": "/loop"})
    with pytest.raises(TooManyRedirects) as info:
        _get(settings.replace(max_redirects=2), url)
    assert info.value.where == url
    assert len(local_server.requests) == 3


def test_redirect_to_other_scheme_is_refused(local_server: LocalServer, client: SafeClient) -> None:
    for index, target in enumerate(["ftp://127.0.0.1/x", "file:///etc/passwd", "gopher://a/"]):
        url = local_server.route(f"/r{index}", status=302, headers={"Location": target})
        with pytest.raises(BlockedScheme):
            client.get(url)


def test_allowlisted_hostname_does_not_allow_redirect_to_loopback_ip(
    local_server: LocalServer, settings: Settings
) -> None:
    local_server.route("/ok", b"fine")
    local_server.route("/r", status=302, headers={"Location": local_server.url("/ok")})
    only_localhost = settings.replace(allowed_hosts=("localhost",))
    base = f"http://localhost:{local_server.port}"
    assert _get(only_localhost, f"{base}/ok").body == b"fine"
    with pytest.raises(BlockedAddress) as info:
        _get(only_localhost, f"{base}/r")
    assert info.value.where == local_server.url("/ok")
    assert [r.path for r in local_server.requests] == ["/ok", "/r"]


# --- status errors ---------------------------------------------------------------------


def test_429_with_retry_after_seconds(local_server: LocalServer, client: SafeClient) -> None:
    url = local_server.route("/busy", b"slow down", 429, {"Retry-After": "120"})
    with pytest.raises(HTTPStatusError) as info:
        client.get(url)
    err = info.value
    assert (err.status, err.retry_after, err.retryable, err.where) == (429, 120.0, True, url)


def test_503_with_retry_after_date(local_server: LocalServer, client: SafeClient) -> None:
    past = {"Retry-After": "Wed, 01 Jan 2020 00:00:00 GMT"}
    url = local_server.route("/down", status=503, headers=past)
    with pytest.raises(HTTPStatusError) as info:
        client.get(url)
    assert info.value.status == 503 and info.value.retryable
    assert info.value.retry_after == 0.0


def test_404_is_not_retryable(local_server: LocalServer, client: SafeClient) -> None:
    with pytest.raises(HTTPStatusError) as info:
        client.get(local_server.url("/missing"))
    assert info.value.status == 404 and not info.value.retryable


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("30", 30.0),
        (" 0 ", 0.0),
        ("Thu, 01 Jan 2026 00:02:00 GMT", 120.0),
        ("Wed, 31 Dec 2025 23:00:00 GMT", 0.0),
        ("soon", None),
        ("-5", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, NOW) == expected


# --- time and size limits --------------------------------------------------------------


def _slow(delay: float, chunks: int) -> Reply:
    return Reply(200, {"Content-Type": "text/plain"}, iter([b"x" * 10] * chunks), delay)


def test_slow_body_hits_total_timeout(local_server: LocalServer, settings: Settings) -> None:
    url = local_server.route("/slow", handler=lambda _req: _slow(0.1, 50))
    with pytest.raises(FetchTimeout) as info:
        _get(settings.replace(total_timeout=0.4, read_timeout=2.0), url)
    assert info.value.where == url


def test_stalled_body_hits_read_timeout(local_server: LocalServer, settings: Settings) -> None:
    url = local_server.route("/stall", handler=lambda _req: _slow(0.6, 2))
    with pytest.raises(FetchTimeout):
        _get(settings.replace(read_timeout=0.2), url)


def test_gzip_bomb_is_too_large(local_server: LocalServer, settings: Settings) -> None:
    bomb = gzip.compress(b"\0" * 5_000_000)
    assert len(bomb) < 10_000
    url = local_server.route("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(TooLarge) as info:
        _get(settings.replace(max_body_bytes=50_000), url)
    assert info.value.where == url


def test_content_length_over_limit(local_server: LocalServer, settings: Settings) -> None:
    url = local_server.route("/big", b"y" * 2_000)
    with pytest.raises(TooLarge, match="Content-Length"):
        _get(settings.replace(max_body_bytes=1_000), url)


def test_chunked_body_over_limit(local_server: LocalServer, settings: Settings) -> None:
    url = local_server.route("/chunks", handler=lambda _req: Reply(200, {}, iter([b"z" * 400] * 5)))
    with pytest.raises(TooLarge):
        _get(settings.replace(max_body_bytes=1_000), url)
    assert _get(settings.replace(max_body_bytes=2_000), url).body == b"z" * 2_000


# --- text decoding ---------------------------------------------------------------------


@pytest.mark.parametrize("path", CHARSET_CASES, ids=[p.stem for p in CHARSET_CASES])
def test_text_decoding(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    headers = {"content-type": expected["content_type"]} if expected["content_type"] else {}
    resp = http_module.Response("http://news.example/", 200, headers, path.read_bytes(), NOW)
    assert resp.text() == expected["text"]


def test_text_of_a_served_page(local_server: LocalServer, client: SafeClient) -> None:
    body = "Größere Änderungen".encode("cp1252")
    url = local_server.route("/t", body, headers={"Content-Type": "text/plain; charset=utf-8"})
    assert client.get(url).text() == "Größere Änderungen"


# --- SSRF guard ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://10.0.0.1/",
        "http://[::1]/",
        "http://0x7f000001/",
        "http://2130706433/",
        "http://0177.0.0.1/",
        "http://127.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:127.0.0.1]/",
        "http://[64:ff9b::7f00:1]/",
        "http://[fe80::1%25lo]/",
        "http://0.0.0.0:8080/",
        "https://192.168.1.1/",
    ],
)
def test_forbidden_literal_addresses_refused_before_io(
    settings: Settings, no_connect: list[Any], url: str
) -> None:
    strict = settings.replace(allowed_hosts=())
    with pytest.raises(BlockedAddress) as info:
        check_url(url, strict)
    assert info.value.where == url
    with pytest.raises(BlockedAddress):
        _get(strict, url)
    assert no_connect == []


def test_hostname_resolving_to_loopback_is_refused(
    local_server: LocalServer, settings: Settings, no_connect: list[Any]
) -> None:
    local_server.route("/a", b"secret")
    url = f"http://localhost:{local_server.port}/a"
    check_url(url, settings.replace(allowed_hosts=()))  # a name: only the connect can tell
    with pytest.raises(BlockedAddress, match="refused"):
        _get(settings.replace(allowed_hosts=()), url)
    assert no_connect == [] and local_server.requests == []


@pytest.mark.parametrize(
    "target", ["http://127.0.0.1:9/", "http://[::ffff:7f00:1]/", "http://0x7f.1/admin"]
)
def test_redirect_to_loopback_is_refused(
    settings: Settings, no_connect: list[Any], target: str
) -> None:
    seen: list[str] = []

    def public_site(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(302, headers={"Location": target})

    transport = httpx.MockTransport(public_site)
    with SafeClient(settings.replace(allowed_hosts=()), transport=transport) as safe:
        with pytest.raises(BlockedAddress):
            safe.get("http://news.example/article")
        with pytest.raises(BlockedAddress):
            safe.get("http://10.1.2.3/")  # check_url still runs with a custom transport
    assert seen == ["http://news.example/article"]


class _LyingBackend(httpcore.SyncBackend):
    """Stands in for a rebinding DNS answer: whatever IP is asked, it reaches 127.0.0.1."""

    def connect_tcp(self, host: str, port: int, *args: Any, **kwargs: Any) -> Any:
        return super().connect_tcp("127.0.0.1", port, *args, **kwargs)


def test_peer_address_is_verified_after_connect(
    local_server: LocalServer, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    public = ipaddress.ip_address("93.184.216.34")
    monkeypatch.setattr(netguard, "_resolve", lambda host, port: [public])
    local_server.route("/a", b"secret")
    policy = http_module.AddressPolicy(settings.replace(allowed_hosts=()))
    backend = http_module.GuardedBackend(policy)
    monkeypatch.setattr(backend, "_inner", _LyingBackend())
    with pytest.raises(BlockedAddress, match=r"connected to refused address 127\.0\.0\.1"):
        backend.connect_tcp("rebind.example", local_server.port, timeout=1.0)
    assert local_server.requests == []


def test_allow_private_allows_loopback(local_server: LocalServer, settings: Settings) -> None:
    local_server.route("/a", b"ok")
    lax = settings.replace(allowed_hosts=(), allow_private=True)
    assert _get(lax, f"http://localhost:{local_server.port}/a").body == b"ok"


def test_connection_refused_is_a_one_line_fetch_error(settings: Settings) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/"
    with pytest.raises(FetchError) as info:
        _get(settings, url)
    assert info.value.where == url and "\n" not in info.value.message
    assert isinstance(info.value.__cause__, httpx.HTTPError)


@pytest.mark.parametrize(
    ("address", "forbidden"),
    [
        ("8.8.8.8", False),
        ("93.184.216.34", False),
        ("2606:4700::1111", False),
        ("64:ff9b::808:808", False),
        ("2002:808:808::1", False),
        ("::ffff:8.8.8.8", False),
        ("127.0.0.1", True),
        ("127.255.0.9", True),
        ("10.0.0.1", True),
        ("172.16.5.4", True),
        ("192.168.0.1", True),
        ("100.64.0.1", True),
        ("169.254.169.254", True),
        ("224.0.0.1", True),
        ("239.255.255.250", True),
        ("240.0.0.1", True),
        ("255.255.255.255", True),
        ("0.0.0.0", True),
        ("192.0.2.1", True),
        ("::", True),
        ("::1", True),
        ("fe80::1", True),
        ("fec0::1", True),
        ("fc00::1", True),
        ("fd12:3456::1", True),
        ("ff02::1", True),
        ("::ffff:127.0.0.1", True),
        ("::ffff:10.0.0.1", True),
        ("64:ff9b::7f00:1", True),
        ("64:ff9b::a9fe:a9fe", True),
        ("2002:7f00:1::", True),
        ("2002:c0a8:101::", True),
        ("2001:0:4136:e378:8000:63bf:80ff:fffe", True),
        ("::127.0.0.1", True),
    ],
)
def test_is_forbidden_ip(address: str, forbidden: bool) -> None:
    assert is_forbidden_ip(ipaddress.ip_address(address)) is forbidden


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("0x7f000001", "127.0.0.1"),
        ("2130706433", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("0x7f.1", "127.0.0.1"),
        ("10.0.258", "10.0.1.2"),
        ("127.0.0.1.", "127.0.0.1"),
        ("[::1]", "::1"),
        ("example.com", None),
        ("1.2.3.4.5", None),
        ("256.0.0.1", None),
        ("4294967296", None),
        ("08.0.0.1", None),
        ("deadbeef", None),
    ],
)
def test_parse_ip_literal(host: str, expected: str | None) -> None:
    parsed = parse_ip_literal(host)
    assert (str(parsed) if parsed else None) == expected


@pytest.mark.parametrize("url", ["ftp://example.com/", "file:///etc/passwd", "javascript:alert(1)"])
def test_check_url_refuses_other_schemes(settings: Settings, url: str) -> None:
    with pytest.raises(BlockedScheme):
        check_url(url, settings)


def test_check_url_accepts_public_and_allowlisted(settings: Settings) -> None:
    check_url("https://news.example/a?b=1", settings)
    check_url("http://127.0.0.1:8080/", settings)
    check_url("http://[::ffff:127.0.0.1]/", settings)
    check_url("http://10.0.0.7/", settings.replace(allowed_hosts=("10.0.0.0/8",)))
