"""The kinds of feed fetch failure stored in `feeds.last_error_kind`.

The English message of a failure (`feeds.last_error`) is for operators and logs; a reader
needs the reason in their own language. So each failure is also recorded as one word of
this small fixed vocabulary, which the web layer maps to translated text. The vocabulary
lives with the store because it is a stored value that both the pipeline (which writes it)
and the web layer (which reads it) must agree on. New kinds may be added; old rows and
unknown kinds fall back to the stored message.
"""

from __future__ import annotations

from newsdesk.errors import (
    BlockedAddress,
    BlockedScheme,
    ExtractError,
    FeedError,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    NewsdeskError,
    RobotsDisallowed,
    TooLarge,
    TooManyRedirects,
)

TIMEOUT = "timeout"
TOO_LARGE = "too_large"
REDIRECTS = "redirects"
BLOCKED = "blocked"
ROBOTS = "robots"
NOT_FOUND = "not_found"
GONE = "gone"
FORBIDDEN = "forbidden"
RATE_LIMITED = "rate_limited"
HTTP_4XX = "http_4xx"
HTTP_5XX = "http_5xx"
HTTP_OTHER = "http_other"
NETWORK = "network"
NOT_A_FEED = "not_a_feed"
MALFORMED = "malformed"
NO_ARTICLE = "no_article"
OTHER = "other"

ERROR_KINDS = frozenset({
    TIMEOUT, TOO_LARGE, REDIRECTS, BLOCKED, ROBOTS, NOT_FOUND, GONE, FORBIDDEN, RATE_LIMITED,
    HTTP_4XX, HTTP_5XX, HTTP_OTHER, NETWORK, NOT_A_FEED, MALFORMED, NO_ARTICLE, OTHER,
})

# Subclasses first: the first matching class names the kind.
_BY_CLASS: tuple[tuple[type[NewsdeskError], str], ...] = (
    (FetchTimeout, TIMEOUT),
    (TooLarge, TOO_LARGE),
    (TooManyRedirects, REDIRECTS),
    (BlockedAddress, BLOCKED),
    (BlockedScheme, BLOCKED),
    (RobotsDisallowed, ROBOTS),
    (FetchError, NETWORK),
    (FeedError, NOT_A_FEED),
    (ExtractError, NO_ARTICLE),
)

_BY_STATUS = {404: NOT_FOUND, 410: GONE, 401: FORBIDDEN, 403: FORBIDDEN, 429: RATE_LIMITED}


def status_kind(status: int) -> str:
    """The kind of an HTTP status: the few a reader can act on by name, else its class."""
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    if 400 <= status < 500:
        return HTTP_4XX
    if status >= 500:
        return HTTP_5XX
    return HTTP_OTHER


def error_kind(error: BaseException) -> str:
    """The one word that classifies a fetch failure for `feeds.last_error_kind`."""
    if isinstance(error, HTTPStatusError):
        return status_kind(error.status)
    for cls, kind in _BY_CLASS:
        if isinstance(error, cls):
            return kind
    return OTHER
