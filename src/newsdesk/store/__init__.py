"""Storage: the only package that opens the database.

    store = open_store("sqlite:////var/lib/newsdesk/newsdesk.db")
    results = store.save_articles(batch)      # one transaction per batch
    hits = store.search('"climate deal" elect*', language="en")

`open_store` picks the backend from the URL, creates what is needed (the parent
directory of an SQLite file), applies the Alembic migrations up to the newest one, and
returns an object satisfying `Store` (see base.py for the contract).
"""

from __future__ import annotations

from newsdesk.errors import StoreError
from newsdesk.store.base import EntitySummary, SaveResult, SaveStatus, Store
from newsdesk.store.engine import create_store_engine, migrate
from newsdesk.store.rows import MARK_END, MARK_START, content_hash
from newsdesk.store.sqlstore import SqlStore

__all__ = [
    "MARK_END",
    "MARK_START",
    "EntitySummary",
    "SaveResult",
    "SaveStatus",
    "SqlStore",
    "Store",
    "StoreError",
    "content_hash",
    "open_store",
]


def open_store(url: str) -> Store:
    """Open (creating and migrating as needed) the database at `url`.

    Accepts `sqlite:///relative.db`, `sqlite:////absolute/path.db` and `sqlite://`
    (in memory). Raises StoreError(where=url) for a malformed URL, an unsupported backend
    (PostgreSQL: not yet), or a file that cannot be opened or migrated.
    """
    engine = create_store_engine(url)
    try:
        migrate(engine, url)
        return SqlStore(engine, url)
    except BaseException:
        engine.dispose()
        raise
