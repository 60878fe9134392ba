"""Saved searches: a user's named query with its filters, kept as JSON text.

Saving under an existing name replaces that search (one name, one search per user).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, delete, insert, select, update

from newsdesk.errors import InputError
from newsdesk.model import SavedSearch
from newsdesk.store.rows import inserted_id
from newsdesk.store.schema import saved_searches, users
from newsdesk.store.search import MAX_QUERY_CHARS

MAX_NAME_CHARS = 100
MAX_FILTERS_CHARS = 4000


def _filters_json(filters: dict[str, Any]) -> str:
    try:
        encoded = json.dumps(filters, ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError) as exc:
        raise InputError(f"search filters are not JSON: {exc}", where="filters") from exc
    if len(encoded) > MAX_FILTERS_CHARS:
        raise InputError("search filters too long", where="filters")
    return encoded


def _checked(name: str, query: str) -> str:
    clean = name.strip()
    if not clean or len(clean) > MAX_NAME_CHARS:
        raise InputError(f"a saved search name is 1 to {MAX_NAME_CHARS} characters",
                         where=name[:80])
    if not query.strip() or len(query) > MAX_QUERY_CHARS:
        raise InputError("invalid saved search query", where=query[:80])
    return clean


def _from_row(row: Row[Any]) -> SavedSearch:
    return SavedSearch(id=row.id, name=row.name, query=row.query,
                       filters=dict(json.loads(row.filters)))


def save_search(conn: Connection, user_id: int, name: str, query: str,
                filters: dict[str, Any], now: datetime) -> SavedSearch:
    clean = _checked(name, query)
    encoded = _filters_json(filters)
    ss = saved_searches
    if conn.execute(select(users.c.id).where(users.c.id == user_id)).first() is None:
        raise InputError("no such user", where=f"user {user_id}")
    existing = conn.execute(select(ss.c.id).where(ss.c.user_id == user_id,
                                                  ss.c.name == clean)).scalar()
    if existing is not None:
        conn.execute(update(ss).where(ss.c.id == existing).values(query=query, filters=encoded))
        search_id = int(existing)
    else:
        search_id = inserted_id(conn.execute(insert(ss).values(
            user_id=user_id, name=clean, query=query, filters=encoded, created_at=now)))
    return SavedSearch(id=search_id, name=clean, query=query, filters=json.loads(encoded))


def list_saved_searches(conn: Connection, user_id: int) -> list[SavedSearch]:
    ss = saved_searches
    rows = conn.execute(select(ss).where(ss.c.user_id == user_id).order_by(ss.c.name, ss.c.id))
    return [_from_row(row) for row in rows]


def delete_saved_search(conn: Connection, user_id: int, search_id: int) -> bool:
    ss = saved_searches
    result = conn.execute(delete(ss).where(ss.c.id == search_id, ss.c.user_id == user_id))
    return bool(result.rowcount)
