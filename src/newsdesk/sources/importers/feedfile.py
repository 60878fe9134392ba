"""Feed and OPML files on disk: the same parsers as for fetched documents.

Parse failures are turned into InputError, because for an import the file is the
user's input; the parser's own error stays attached as the cause.
"""

from __future__ import annotations

from pathlib import Path

from newsdesk.errors import FeedError, InputError
from newsdesk.model import Feed, ParsedFeed
from newsdesk.sources.feeds import parse_feed
from newsdesk.sources.importers.files import read_limited
from newsdesk.sources.opml import parse_opml


def read_feed_file(path: Path, location: str, base_url: str | None, max_bytes: int) -> ParsedFeed:
    """One ParsedFeed; `base_url` (the feed's URL, when known) resolves relative links."""
    body = read_limited(path, location, max_bytes)
    try:
        return parse_feed(body, base_url, location)
    except FeedError as exc:
        raise InputError(exc.message, where=location) from exc


def read_opml_file(path: Path, location: str, max_bytes: int) -> list[Feed]:
    return parse_opml(read_limited(path, location, max_bytes), location)
