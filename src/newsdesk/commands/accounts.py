"""Reader accounts and API tokens: `user add`, `user list`, `token create`."""

from __future__ import annotations

import click

from newsdesk.commands.common import state
from newsdesk.errors import InputError


@click.group()
def user() -> None:
    """Manage reader accounts."""


@user.command(name="add")
@click.argument("name")
@click.option("--admin", is_flag=True, help="The account may manage this newsdesk.")
@click.password_option(prompt="Password", help="Password (prompted when not given).")
def user_add(name: str, admin: bool, password: str) -> None:
    """Create an account (the first one also receives every existing feed)."""
    from newsdesk.web import auth

    problem = auth.check_new_password(password)
    if problem:
        raise InputError(problem, where=f"user {name}")
    store = state().store
    first = store.count_users() == 0
    account = store.create_user(name, auth.hash_password(password), is_admin=admin)
    assert account.id is not None
    adopted = store.adopt_orphan_feeds(account.id) if first else 0
    click.echo(f"created user {account.name}" + (" (admin)" if admin else "")
               + (f", subscribed to {adopted} existing feeds" if adopted else ""))


@user.command(name="list")
def user_list() -> None:
    """List accounts."""
    for account in state().store.list_users():
        click.echo(f"{account.id}\t{account.name}" + ("\tadmin" if account.is_admin else ""))


@click.group()
def token() -> None:
    """Manage API tokens (Authorization: Bearer <token>)."""


@token.command(name="create")
@click.argument("user_name")
@click.option("--name", "label", default="cli", show_default=True, help="What the token is for.")
def token_create(user_name: str, label: str) -> None:
    """Create an API token for USER_NAME and print it (it is shown only once)."""
    from newsdesk.web import auth

    store = state().store
    found = store.user_by_name(user_name)
    if found is None or found[0].id is None:
        raise InputError("no such user", where=f"user {user_name}")
    secret = auth.new_token()
    store.create_api_token(found[0].id, label, auth.token_hash(secret))
    click.echo(secret)
