"""Database URL → SQLAlchemy engine, SQLite connection setup, migrations, transactions.

Everything SQLite-specific about *connections* lives here (the FTS5 SQL lives in
search.py), so a PostgreSQL backend only needs another `_configure_*` function.

SQLite setup, per connection:
* WAL journal, so readers (the web UI) never block the writer (the poller);
* `synchronous=FULL`, so a committed batch survives a crash or power loss;
* `foreign_keys=ON` (off by default in SQLite) and a busy timeout for lock waits;
* Python's sqlite3 "legacy" transaction handling is switched off and SQLAlchemy
  emits BEGIN itself, so reads are repeatable and writers take the write lock up
  front (`BEGIN IMMEDIATE`) instead of failing to upgrade a read lock later.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from newsdesk.errors import StoreError
from newsdesk.model import Article

BUSY_TIMEOUT_MS = 10_000
MIGRATIONS = Path(__file__).parent / "migrations"
_WRITE_OPTION = "newsdesk_write"


def safe_url(url: str) -> str:
    """The URL for messages: any password replaced by ***."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def create_store_engine(url: str) -> Engine:
    """Parse `url`, prepare the backend (parent dir, pragmas) and return an engine."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"not a database URL: {exc}", where=url) from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(parsed, url)
    if backend in ("postgresql", "postgres"):
        raise StoreError("PostgreSQL is not supported yet; use a sqlite:/// URL",
                         where=safe_url(url))
    raise StoreError(f"unsupported database backend {backend!r}", where=safe_url(url))


def _is_memory(parsed: URL) -> bool:
    return parsed.database in (None, "", ":memory:")


def _sqlite_engine(parsed: URL, url: str) -> Engine:
    kwargs: dict[str, Any] = {}
    if _is_memory(parsed):
        # one shared connection, or every pooled connection would see its own empty DB
        kwargs = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
    else:
        _create_parent_dir(Path(str(parsed.database)), url)
    try:
        engine = create_engine(parsed, **kwargs)
    except (ArgumentError, SQLAlchemyError) as exc:
        raise StoreError(f"cannot open database: {exc}", where=url) from exc
    event.listen(engine, "connect", _configure_sqlite_connection)
    event.listen(engine, "begin", _begin_sqlite)
    return engine


def _create_parent_dir(path: Path, url: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the database directory: {exc}", where=url) from exc


def _configure_sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN, see _begin_sqlite
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _begin_sqlite(conn: Connection) -> None:
    immediate = conn.get_execution_options().get(_WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@contextmanager
def write_transaction(engine: Engine, where: str) -> Iterator[Connection]:
    """One write transaction: committed on success, rolled back on any error."""
    with translate_errors(where), engine.connect() as conn:
        conn.execution_options(**{_WRITE_OPTION: True})
        with conn.begin():
            yield conn


@contextmanager
def read_connection(engine: Engine, where: str) -> Iterator[Connection]:
    """A read-only snapshot (one deferred transaction, rolled back at the end)."""
    with translate_errors(where), engine.connect() as conn:
        yield conn


@contextmanager
def translate_errors(where: str) -> Iterator[None]:
    """Turn SQLAlchemy/driver errors into StoreError at the store's boundary."""
    try:
        yield
    except SQLAlchemyError as exc:
        detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise StoreError(f"database error: {detail}", where=where) from exc


def head_revision() -> str:
    """The newest migration this newsdesk ships (what `migrate` brings a database to)."""
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def migrate(engine: Engine, where: str) -> None:
    """Bring the schema to the newest Alembic revision (a no-op when it is there).

    Runs inside one `BEGIN IMMEDIATE` transaction, so two processes opening a new
    database at once migrate it once: the second waits, then finds it at head.
    """
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with write_transaction(engine, where) as conn:
        config.attributes["connection"] = conn
        try:
            command.upgrade(config, "head")
        except CommandError as exc:  # e.g. a database written by a newer newsdesk
            raise StoreError(f"cannot migrate the database: {exc}", where=where) from exc


def sqlite_version(conn: Connection) -> tuple[int, ...]:
    raw = conn.exec_driver_sql("SELECT sqlite_version()").scalar_one()
    return tuple(int(part) for part in str(raw).split("."))


def table_exists(conn: Connection, name: str) -> bool:
    """Whether an optional (dialect-specific) table such as the trigram index exists."""
    if conn.dialect.name != "sqlite":
        return False
    found = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).first()
    return found is not None


def batches_by_id(read: Callable[[], AbstractContextManager[Connection]],
                  fetch: Callable[[Connection, int, int], list[Article]],
                  size: int) -> Iterator[Article]:
    """Stream rows by id, `fetch(conn, after_id, size)` per batch, each batch its own short
    read: a slow consumer never pins a snapshot, and rows are never handed out twice."""
    last_id = 0
    while True:
        with read() as conn:
            page = fetch(conn, last_id, size)
        yield from page
        if len(page) < size:
            return
        last_id = page[-1].id or last_id
