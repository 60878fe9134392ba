"""Accounts, sessions and API tokens: uniqueness regardless of case, expiry, token use."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from newsdesk.errors import InputError
from newsdesk.store import Store

NOW = datetime(2026, 1, 10, 12, 0, tzinfo=UTC)


def test_create_and_look_up_users(store: Store) -> None:
    assert store.count_users() == 0
    alice = store.create_user("Alice", "hash-a", is_admin=True)
    bob = store.create_user("bob", "hash-b")
    assert alice.id is not None and alice.is_admin and not bob.is_admin
    assert alice.created_at is not None and alice.theme == "auto" and alice.page_size == 30
    assert store.get_user(alice.id) == alice
    assert store.get_user(9999) is None
    assert store.list_users() == [alice, bob]
    assert store.count_users() == 2


@pytest.mark.parametrize("name", ["alice", "ALICE", " Alice ", "aLiCe"])
def test_user_names_are_case_insensitive(store: Store, name: str) -> None:
    alice = store.create_user("Alice", "hash-a")
    assert store.user_by_name(name) == (alice, "hash-a")
    with pytest.raises(InputError, match="user already exists") as info:
        store.create_user(name, "other")
    assert info.value.where == name
    assert store.count_users() == 1


@pytest.mark.parametrize("name", ["", "   ", "x" * 65, "tab\there"])
def test_bad_user_names(store: Store, name: str) -> None:
    with pytest.raises(InputError):
        store.create_user(name, "h")


def test_unknown_name(store: Store) -> None:
    assert store.user_by_name("nobody") is None


def test_set_password_and_settings(store: Store) -> None:
    user = store.create_user("carol", "old")
    assert user.id is not None
    store.set_password(user.id, "new")
    assert store.user_by_name("carol") == (user, "new")
    changed = store.update_user_settings(user.id, locale="pl", timezone="Europe/Warsaw",
                                         theme="dark", page_size=50)
    assert (changed.locale, changed.timezone, changed.theme, changed.page_size) == (
        "pl", "Europe/Warsaw", "dark", 50)
    assert store.get_user(user.id) == changed
    back = store.update_user_settings(user.id, locale=None, timezone=None, theme="auto",
                                      page_size=30)
    assert back.locale is None and back.timezone is None


@pytest.mark.parametrize(("theme", "page_size"), [("neon", 30), ("dark", 0), ("dark", 10_000)])
def test_invalid_settings(store: Store, theme: str, page_size: int) -> None:
    user = store.create_user("dave", "h")
    with pytest.raises(InputError):
        store.update_user_settings(user.id or 0, locale=None, timezone=None, theme=theme,
                                   page_size=page_size)


def test_unknown_user_settings_and_password(store: Store) -> None:
    with pytest.raises(InputError):
        store.set_password(404, "h")
    with pytest.raises(InputError):
        store.update_user_settings(404, locale=None, timezone=None, theme="auto", page_size=30)


def test_sessions_expire(store: Store) -> None:
    user = store.create_user("erin", "h")
    uid = user.id or 0
    store.create_session(uid, "a" * 64, "csrf-1", NOW + timedelta(hours=1))
    store.create_session(uid, "b" * 64, "csrf-2", NOW - timedelta(seconds=1))
    assert store.session_user("a" * 64, NOW) == (user, "csrf-1")
    assert store.session_user("b" * 64, NOW) is None  # expired
    assert store.session_user("a" * 64, NOW + timedelta(hours=1)) is None  # expiry is exclusive
    assert store.session_user("c" * 64, NOW) is None
    assert store.delete_expired_sessions(NOW) == 1
    store.delete_session("a" * 64)
    assert store.session_user("a" * 64, NOW) is None
    assert store.delete_expired_sessions(NOW + timedelta(days=1)) == 0


def test_api_tokens(store: Store) -> None:
    user = store.create_user("frank", "h")
    uid = user.id or 0
    token_id = store.create_api_token(uid, "laptop", "t" * 64)
    [(tid, name, created, last_used)] = store.list_api_tokens(uid)
    assert (tid, name, last_used) == (token_id, "laptop", None)
    assert created.tzinfo is not None
    assert store.token_user("t" * 64) == user
    [(_, _, _, used)] = store.list_api_tokens(uid)
    assert used is not None and used >= created
    assert store.token_user("u" * 64) is None
    assert store.delete_api_token(uid, token_id)
    assert not store.delete_api_token(uid, token_id)
    assert store.token_user("t" * 64) is None

