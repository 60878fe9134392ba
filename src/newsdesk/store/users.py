"""Accounts, login sessions and API tokens (plain, portable SQLAlchemy Core).

Secrets never reach the database: the web layer hashes passwords (argon2) and hashes
session cookies and API tokens (sha256 hex) before calling the store, so a copy of the
database file cannot be used to log in. Names are unique regardless of case: the
casefolded name is kept in `name_key` under a unique constraint.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, RowMapping, delete, func, insert, select, update

from newsdesk.errors import InputError
from newsdesk.model import User
from newsdesk.store.rows import inserted_id
from newsdesk.store.schema import api_tokens, sessions, users

MAX_NAME_CHARS = 64
THEMES = ("light", "dark", "auto")
PAGE_SIZE_RANGE = (5, 200)

_USER_COLUMNS = (users.c.id, users.c.name, users.c.is_admin, users.c.created_at,
                 users.c.locale, users.c.timezone, users.c.theme, users.c.page_size)


def name_key(name: str) -> str:
    return name.strip().casefold()


def _checked_name(name: str) -> str:
    clean = name.strip()
    if not clean or len(clean) > MAX_NAME_CHARS or not clean.isprintable():
        raise InputError(f"a user name is 1 to {MAX_NAME_CHARS} printable characters",
                         where=name[:80])
    return clean


def user_from_row(m: RowMapping) -> User:
    return User(name=m["name"], id=m["id"], is_admin=bool(m["is_admin"]),
                created_at=m["created_at"], locale=m["locale"], timezone=m["timezone"],
                theme=m["theme"], page_size=m["page_size"])


def create_user(conn: Connection, name: str, password_hash: str, is_admin: bool,
                now: datetime) -> User:
    """Insert; the look-up runs in the same write transaction, so it cannot race."""
    clean = _checked_name(name)
    if conn.execute(select(users.c.id).where(users.c.name_key == name_key(clean))).first():
        raise InputError("user already exists", where=name)
    new_id = inserted_id(conn.execute(insert(users).values(
        name=clean, name_key=name_key(clean), password_hash=password_hash,
        is_admin=is_admin, theme="auto", page_size=30, created_at=now)))
    created = get_user(conn, new_id)
    assert created is not None  # inserted in this transaction
    return created


def get_user(conn: Connection, user_id: int) -> User | None:
    row = conn.execute(select(*_USER_COLUMNS).where(users.c.id == user_id)).first()
    return user_from_row(row._mapping) if row else None


def user_by_name(conn: Connection, name: str) -> tuple[User, str] | None:
    query = select(*_USER_COLUMNS, users.c.password_hash).where(
        users.c.name_key == name_key(name))
    row = conn.execute(query).first()
    return (user_from_row(row._mapping), row.password_hash) if row else None


def list_users(conn: Connection) -> list[User]:
    rows = conn.execute(select(*_USER_COLUMNS).order_by(users.c.id))
    return [user_from_row(row._mapping) for row in rows]


def count_users(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(users)).scalar_one())


def set_password(conn: Connection, user_id: int, password_hash: str) -> None:
    result = conn.execute(update(users).where(users.c.id == user_id)
                          .values(password_hash=password_hash))
    if result.rowcount == 0:
        raise InputError("no such user", where=f"user {user_id}")


def update_settings(conn: Connection, user_id: int, locale: str | None, timezone: str | None,
                    theme: str, page_size: int) -> User:
    if theme not in THEMES:
        raise InputError(f"theme must be one of {', '.join(THEMES)}", where=theme)
    low, high = PAGE_SIZE_RANGE
    if not low <= page_size <= high:
        raise InputError(f"page size must be between {low} and {high}", where=str(page_size))
    conn.execute(update(users).where(users.c.id == user_id).values(
        locale=locale or None, timezone=timezone or None, theme=theme, page_size=page_size))
    user = get_user(conn, user_id)
    if user is None:
        raise InputError("no such user", where=f"user {user_id}")
    return user


# --- sessions --------------------------------------------------------------------------

def create_session(conn: Connection, user_id: int, token_hash: str, csrf_token: str,
                   expires_at: datetime, now: datetime) -> None:
    conn.execute(insert(sessions).values(token_hash=token_hash, user_id=user_id,
                                         csrf_token=csrf_token, created_at=now,
                                         expires_at=expires_at))


def session_user(conn: Connection, token_hash: str, now: datetime) -> tuple[User, str] | None:
    query = (
        select(*_USER_COLUMNS, sessions.c.csrf_token)
        .join(users, users.c.id == sessions.c.user_id)
        .where(sessions.c.token_hash == token_hash, sessions.c.expires_at > now)
    )
    row = conn.execute(query).first()
    return (user_from_row(row._mapping), row.csrf_token) if row else None


def delete_session(conn: Connection, token_hash: str) -> None:
    conn.execute(delete(sessions).where(sessions.c.token_hash == token_hash))


def delete_expired_sessions(conn: Connection, now: datetime) -> int:
    return int(conn.execute(delete(sessions).where(sessions.c.expires_at <= now)).rowcount)


# --- API tokens ------------------------------------------------------------------------

def create_api_token(conn: Connection, user_id: int, name: str, token_hash: str,
                     now: datetime) -> int:
    if get_user(conn, user_id) is None:
        raise InputError("no such user", where=f"user {user_id}")
    return inserted_id(conn.execute(insert(api_tokens).values(
        user_id=user_id, name=name, token_hash=token_hash, created_at=now)))


def token_user(conn: Connection, token_hash: str, now: datetime) -> User | None:
    t = api_tokens
    row = conn.execute(select(t.c.id, t.c.user_id).where(t.c.token_hash == token_hash)).first()
    if row is None:
        return None
    conn.execute(update(t).where(t.c.id == row.id).values(last_used=now))
    return get_user(conn, row.user_id)


def list_api_tokens(conn: Connection,
                    user_id: int) -> list[tuple[int, str, datetime, datetime | None]]:
    t = api_tokens
    query = (select(t.c.id, t.c.name, t.c.created_at, t.c.last_used)
             .where(t.c.user_id == user_id).order_by(t.c.id))
    return [(r.id, r.name, r.created_at, r.last_used) for r in conn.execute(query)]


def delete_api_token(conn: Connection, user_id: int, token_id: int) -> bool:
    t = api_tokens
    result = conn.execute(delete(t).where(t.c.id == token_id, t.c.user_id == user_id))
    return bool(result.rowcount)
