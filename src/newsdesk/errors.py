"""The exception tree of newsdesk.

Every error newsdesk raises on purpose is a subclass of `NewsdeskError` and carries
`where` — the input it is about (a URL, a path, `file.jsonl:12`) — so the CLI can print
one line: ``newsdesk: <where>: <message>``. Errors of third-party libraries are
converted at the boundary with ``raise ... from exc``.

    NewsdeskError
    ├── ConfigError              a setting or config file is invalid
    ├── InputError               a file, record or argument the user gave is unusable
    │   └── UnsupportedInput     we do not know how to read this kind of input
    ├── FetchError               a network fetch failed (has `retryable`)
    │   ├── BlockedAddress       SSRF guard: private/loopback/... address refused
    │   ├── BlockedScheme        only http and https are fetched
    │   ├── TooLarge             body (or its decompressed form) exceeds the limit
    │   ├── TooManyRedirects     redirect limit reached
    │   ├── FetchTimeout         connect/read/total timeout
    │   ├── HTTPStatusError      non-success status (has `status`, `retry_after`)
    │   └── RobotsDisallowed     robots.txt forbids fetching a page
    ├── FeedError                a document is not a feed or could not be parsed
    ├── ExtractError             no article could be extracted from a page
    └── StoreError               the database refused an operation
"""

from __future__ import annotations


class NewsdeskError(Exception):
    """Base of all newsdesk errors; `where` names the offending input."""

    def __init__(self, message: str, where: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.where = where

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class ConfigError(NewsdeskError):
    """A setting has an invalid value or the config file cannot be read."""


class InputError(NewsdeskError):
    """User-supplied input (file, record, argument) is malformed."""


class UnsupportedInput(InputError):
    """The input's kind is not one newsdesk can read."""


class FetchError(NewsdeskError):
    """A network fetch failed. `retryable` tells the scheduler whether to back off."""

    retryable = True


class BlockedAddress(FetchError):
    """The URL resolves to an address the SSRF guard refuses."""

    retryable = False


class BlockedScheme(FetchError):
    """The URL scheme is not http or https."""

    retryable = False


class TooLarge(FetchError):
    """The body exceeded the size limit (raw or decompressed)."""

    retryable = False


class TooManyRedirects(FetchError):
    """More redirects than the limit allows."""

    retryable = False


class FetchTimeout(FetchError):
    """Connect, read or total time limit reached."""


class HTTPStatusError(FetchError):
    """The server answered with a non-success status."""

    def __init__(
        self,
        message: str,
        where: str | None = None,
        *,
        status: int,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, where)
        self.status = status
        self.retry_after = retry_after
        self.retryable = status in (408, 425, 429) or status >= 500


class RobotsDisallowed(FetchError):
    """robots.txt of the host forbids fetching this page."""

    retryable = False


class FeedError(NewsdeskError):
    """The document is not a feed, or nothing in it could be parsed."""


class ExtractError(NewsdeskError):
    """No article text could be extracted."""


class StoreError(NewsdeskError):
    """The database refused an operation or is not usable."""
