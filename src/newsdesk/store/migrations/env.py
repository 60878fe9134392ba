"""Alembic environment for newsdesk: online only, on a connection handed in by the store.

`newsdesk.store.engine.migrate` builds the Alembic `Config` in code and passes an
open connection (already inside a write transaction) as
``config.attributes["connection"]``, so no alembic.ini and no second engine are needed
and the migration runs under the same pragmas and locks as the store.
"""

from __future__ import annotations

from alembic import context

from newsdesk.store.schema import metadata


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("newsdesk migrations run through open_store(), with a connection")
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("newsdesk migrations do not support offline (SQL script) mode")
run_migrations_online()
