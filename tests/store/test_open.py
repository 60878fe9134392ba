"""open_store: URLs, directories, bad inputs, pragmas and Alembic migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from newsdesk.errors import StoreError
from newsdesk.model import Article, Feed
from newsdesk.store import SqlStore, Store, open_store
from newsdesk.store.engine import head_revision
from newsdesk.store.schema import metadata


def _engine(store: Store) -> SqlStore:
    assert isinstance(store, SqlStore)
    return store


def test_absolute_url_creates_parent_dirs(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "nd.db"
    store = open_store(f"sqlite:///{path}")  # sqlite:////abs/path.db
    try:
        assert path.exists()
        assert store.url == f"sqlite:///{path}"
        assert store.count_articles() == 0
    finally:
        store.close()


def test_relative_url_is_relative_to_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    store = open_store("sqlite:///rel/dir/relative.db")
    store.close()
    assert (tmp_path / "rel" / "dir" / "relative.db").exists()


def test_in_memory_url_works() -> None:
    store = open_store("sqlite://")
    try:
        assert store.list_feeds() == []
        assert store.integrity_ok()
    finally:
        store.close()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "not a database URL"),
        ("postgresql://user:secret@db.example/newsdesk", "not supported yet"),
        ("mysql://user@db.example/newsdesk", "unsupported database backend"),
    ],
)
def test_bad_urls_raise_store_error(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message) as info:
        open_store(url)
    assert info.value.where
    assert "secret" not in str(info.value)


def test_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not an SQLite database, just some bytes" * 100)
    with pytest.raises(StoreError) as info:
        open_store(f"sqlite:///{path}")
    assert info.value.where == f"sqlite:///{path}"


def test_parent_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    with pytest.raises(StoreError, match="directory"):
        open_store(f"sqlite:///{tmp_path / 'afile' / 'nd.db'}")


def test_fresh_and_migrated_databases_both_open(store_url: str) -> None:
    first = open_store(store_url)
    feed, _ = first.add_feed(Feed("https://x.example/f"))
    first.close()
    second = open_store(store_url)  # already at head: the upgrade is a no-op
    try:
        assert second.get_feed(feed.id or 0) == feed
        with _engine(second).engine.connect() as conn:
            versions = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        assert [v[0] for v in versions] == [head_revision()]
    finally:
        second.close()


def test_schema_module_matches_migrations(store: Store) -> None:
    """schema.py (what the queries use) and the migrations (what creates tables) agree."""
    with _engine(store).engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    ignorable = {"articles_fts", "articles_trigram"}  # virtual tables, not in metadata
    real = [d for d in diffs if not (d[0] == "remove_table" and _fts_shadow(d[1].name, ignorable))]
    assert real == []


def _fts_shadow(name: str, prefixes: set[str]) -> bool:
    return any(name == p or name.startswith(p + "_") for p in prefixes)


def test_sqlite_pragmas_and_full_text_tables(tmp_path: Path) -> None:
    path = tmp_path / "nd.db"
    open_store(f"sqlite:///{path}").close()
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        names = {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
    finally:
        raw.close()
    assert {"feeds", "articles", "article_history", "articles_fts"} <= names
    if sqlite3.sqlite_version_info >= (3, 34):
        assert "articles_trigram" in names


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), _engine(store).engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO article_history (article_id, content_hash, replaced_at) "
            "VALUES (999, 'x', '2026-01-01T00:00:00.000000Z')"
        ))


def test_two_stores_on_one_file_see_each_other(
    store_url: str, make_article: Callable[..., Article]
) -> None:
    writer, reader = open_store(store_url), open_store(store_url)
    try:
        writer.save_articles([make_article(1)])
        assert reader.count_articles() == 1
    finally:
        writer.close()
        reader.close()
