"""Stores whose database stops at an older migration: what upgrade tests start from."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import text

from newsdesk.store import SqlStore, Store
from newsdesk.store.engine import MIGRATIONS, create_store_engine, write_transaction


def store_at(url: str, revision: str) -> SqlStore:
    """A store at `revision` (as shipped then), migrated the way `migrate` does it:
    inside one write transaction."""
    engine = create_store_engine(url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with write_transaction(engine, url) as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    return SqlStore(engine, url)


def revisions(store: Store) -> list[str]:
    """The revisions the database says it is at (one, unless migrations branched)."""
    assert isinstance(store, SqlStore)
    with store.engine.connect() as conn:
        return [row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))]
