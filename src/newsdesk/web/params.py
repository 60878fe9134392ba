"""Query parameters shared by pages and the API: filters and keyset cursors.

Bad values are the client's mistake: each raises HTTP 400 naming the parameter.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Path
from starlette.exceptions import HTTPException

from newsdesk.model import ArticleFilter, filter_bound

MAX_QUERY = 500
# a row id as a path parameter: positive and within SQLite's and PostgreSQL's BIGINT
Id = Annotated[int, Path(ge=1, le=2**63 - 1)]
FILTER_KEYS = ("lang", "source", "category", "feed", "unread", "starred", "since", "until",
               "view")


def parse_when(value: str | None, name: str, end_of_day: bool = False) -> datetime | None:
    if not value:
        return None
    try:
        return filter_bound(value, end_of_day)
    except ValueError:
        raise HTTPException(400, f"{name}: expected an ISO 8601 date") from None


def _flag(value: str | None, name: str) -> bool:
    if value in (None, "", "0", "false", "off"):
        return False
    if value in ("1", "true", "on"):
        return True
    raise HTTPException(400, f"{name}: expected 1 or 0")


def _short(value: str | None, name: str, limit: int = 200) -> str | None:
    if value is not None and len(value) > limit:
        raise HTTPException(400, f"{name}: longer than {limit} characters")
    return value or None


def parse_filter(params: Mapping[str, str]) -> ArticleFilter:
    feed = params.get("feed") or None
    if feed is not None and not (feed.isdigit() and len(feed) < 12):
        raise HTTPException(400, "feed: expected a feed id")
    return ArticleFilter(
        language=_short(params.get("lang"), "lang", 20),
        source=_short(params.get("source"), "source"),
        category=_short(params.get("category"), "category"),
        feed_id=int(feed) if feed else None,
        unread=_flag(params.get("unread"), "unread"),
        starred=_flag(params.get("starred"), "starred"),
        since=parse_when(params.get("since"), "since"),
        until=parse_when(params.get("until"), "until", end_of_day=True),
    )


def filter_query(params: Mapping[str, str], **override: Any) -> str:
    """The filter part of a URL query (for links that keep the current filters)."""
    values = {k: params[k] for k in FILTER_KEYS if params.get(k)}
    values.update({k: v for k, v in override.items() if v not in (None, "")})
    return urlencode(values)


CURSOR_PATTERN = r"^[0-9]{1,17}~[0-9]{1,18}$"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def encode_cursor(cursor: tuple[datetime, int]) -> str:
    """An opaque keyset cursor: microseconds since 1970 and the row id, `<micros>~<id>`."""
    micros = (cursor[0] - _EPOCH) // timedelta(microseconds=1)
    return f"{max(0, micros)}~{cursor[1]}"


def decode_cursor(value: str | None) -> tuple[datetime, int] | None:
    if not value:
        return None
    if not re.fullmatch(CURSOR_PATTERN, value):
        raise HTTPException(400, "before: invalid cursor")
    micros, _, ident = value.partition("~")
    return _EPOCH + timedelta(microseconds=int(micros)), int(ident)


def search_query(value: str | None) -> str:
    query = (value or "").strip()
    if len(query) > MAX_QUERY:
        raise HTTPException(400, f"q: longer than {MAX_QUERY} characters")
    return query
