"""The one network client of newsdesk: httpx with an SSRF guard, limits and redirects.

Feeds and pages are URLs that strangers chose, so every fetch is treated as hostile:

* the address is checked where it matters — on the socket actually connected, on every
  redirect hop — by a custom httpcore network backend that resolves names itself, drops
  forbidden addresses and verifies the peer (a DNS answer that changes between a check and
  the connect, "DNS rebinding", cannot slip through);
* `check_url` refuses bad schemes and forbidden literal addresses (also odd IPv4 spellings
  such as ``0x7f000001`` or ``127.1``) before any I/O;
* the body is read as a stream and decompressed by us in bounded steps (`httpbody`), so
  neither a huge body nor a gzip bomb is ever held in memory past ``max_body_bytes``;
* a wall-clock budget (``total_timeout``) covers all hops and the whole body.

Every httpx/httpcore exception is converted here into a `FetchError` subclass. The
address guard lives in `netguard`, charset handling in `charset`.
"""

from __future__ import annotations

import importlib.util
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpcore
import httpx

import newsdesk
from newsdesk.errors import (
    BlockedAddress,
    BlockedScheme,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    TooManyRedirects,
)
from newsdesk.settings import Settings
from newsdesk.sources.charset import decode_text, header_charset
from newsdesk.sources.httpbody import read_body, time_left
from newsdesk.sources.netguard import (
    AddressPolicy,
    GuardedBackend,
    check_url,
    is_forbidden_ip,
    parse_ip_literal,
)

USER_AGENT = f"newsdesk/{newsdesk.__version__}"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


@dataclass
class Response:
    """A successful (2xx) or not-modified (304) answer; `headers` describe the decoded body."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: datetime

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str | None:
        value = self.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        return value or None

    @property
    def charset(self) -> str | None:
        return header_charset(self.headers.get("content-type"))

    def text(self) -> str:
        """The body as text: BOM, then the declared charset if it fits, else a sane guess."""
        return decode_text(self.body, self.charset)




# --- the client ------------------------------------------------------------------------


class SafeClient:
    """Fetches URLs one GET at a time, following redirects itself so each hop is checked."""

    def __init__(self, settings: Settings, *, transport: httpx.BaseTransport | None = None):
        self._settings = settings
        if transport is None:
            transport = httpx.HTTPTransport()
            # httpx.HTTPTransport cannot take a network backend; its pool can (httpx's
            # default limits are kept).
            transport._pool = httpcore.ConnectionPool(
                ssl_context=httpx.create_ssl_context(),
                max_connections=100,
                max_keepalive_connections=20,
                keepalive_expiry=5.0,
                network_backend=GuardedBackend(AddressPolicy(settings)),
            )
        self._client = httpx.Client(transport=transport, follow_redirects=False, trust_env=False)

    def __enter__(self) -> SafeClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str | None = None,
    ) -> Response:
        """GET `url` (redirects followed); raises a `FetchError` subclass on any failure."""
        deadline = time.monotonic() + float(self._settings.total_timeout)
        headers = _request_headers(etag, last_modified, accept)
        current = url
        for _hop in range(int(self._settings.max_redirects) + 1):
            check_url(current, self._settings)
            with self._open(current, headers, deadline) as resp:
                location = resp.headers.get("location")
                if resp.status_code in REDIRECT_STATUSES and location:
                    current = str(resp.url.join(location.strip()))
                    continue
                return self._finish(current, resp, deadline)
        raise TooManyRedirects(f"more than {self._settings.max_redirects} redirects", where=url)

    @contextmanager
    def _open(self, url: str, headers: dict[str, str], deadline: float) -> Iterator[httpx.Response]:
        """Stream one request, converting every httpx error at this boundary."""
        try:
            with self._client.stream(
                "GET", url, headers=headers, timeout=self._timeout(url, deadline)
            ) as resp:
                yield resp
        except BlockedAddress as exc:
            raise BlockedAddress(exc.message, where=url) from exc
        except httpx.TimeoutException as exc:
            raise FetchTimeout(_one_line(exc, "timed out"), where=url) from exc
        except httpx.UnsupportedProtocol as exc:
            raise BlockedScheme(_one_line(exc, "unsupported scheme"), where=url) from exc
        except (httpx.HTTPError, httpx.StreamError, httpx.InvalidURL) as exc:
            raise FetchError(_one_line(exc, type(exc).__name__), where=url) from exc

    def _timeout(self, url: str, deadline: float) -> httpx.Timeout:
        left = time_left(deadline, url)
        connect = min(float(self._settings.connect_timeout), left)
        read = min(float(self._settings.read_timeout), left)
        return httpx.Timeout(connect=connect, read=read, write=read, pool=connect)

    def _finish(self, url: str, resp: httpx.Response, deadline: float) -> Response:
        status = resp.status_code
        if not (200 <= status < 300 or status == 304):
            raise HTTPStatusError(
                f"HTTP {status} {resp.reason_phrase}".strip(),
                where=url,
                status=status,
                retry_after=parse_retry_after(resp.headers.get("retry-after")),
            )
        fetched_at = datetime.now(UTC)
        headers = {k.lower(): v for k, v in resp.headers.items()}
        if status == 304:
            return Response(url, 304, headers, b"", fetched_at)
        body = read_body(resp, url, int(self._settings.max_body_bytes), deadline)
        if headers.pop("content-encoding", None) is not None:
            headers.pop("content-length", None)
        return Response(url, status, headers, body, fetched_at)


def _request_headers(
    etag: str | None, last_modified: str | None, accept: str | None
) -> dict[str, str]:
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": _accept_encoding()}
    headers["Accept"] = accept or "*/*"
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def _accept_encoding() -> str:
    """gzip and deflate always; br only when a brotli module is there for httpx to use."""
    if any(importlib.util.find_spec(name) for name in ("brotli", "brotlicffi")):
        return "gzip, deflate, br"
    return "gzip, deflate"


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date), never < 0."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _one_line(exc: BaseException, fallback: str) -> str:
    text = " ".join(str(exc).split())
    return text or fallback


__all__ = ["USER_AGENT", "Response", "SafeClient", "check_url", "decode_text",
           "header_charset", "is_forbidden_ip", "parse_ip_literal", "parse_retry_after"]
