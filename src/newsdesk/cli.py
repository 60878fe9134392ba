"""`newsdesk`: one command for everything, thin over the pipeline and the store.

Every setting of `newsdesk.settings` is also a global flag (``--max-body-bytes 5000000``),
so flags, environment and config file are documented from one declaration. Errors become
one line on stderr, ``newsdesk: <where>: <what>``, and a non-zero exit status.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from newsdesk import __version__
from newsdesk.commands import accounts, enrichment, reading, stories, subscriptions
from newsdesk.commands.common import Context, Failure
from newsdesk.errors import NewsdeskError
from newsdesk.settings import SETTINGS, load_settings


class NewsdeskGroup(click.Group):
    """Turns newsdesk and OS errors raised by any command into a `Failure`."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NewsdeskError as exc:
            raise Failure(str(exc)) from exc
        except OSError as exc:
            where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
            raise Failure(f"{where}{exc.strerror or exc}") from exc


def _setting_options(func: Callable[..., Any]) -> Callable[..., Any]:
    for setting in reversed(SETTINGS):
        flag = "--" + setting.name.replace("_", "-")
        func = click.option(flag, setting.name, default=None, help=setting.help,
                            metavar=setting.type.__name__.upper().lstrip("_"))(func)
    return func


@click.group(cls=NewsdeskGroup,
             context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="newsdesk")
@click.option("--config", "config_file", default=None, help="Path of a TOML config file.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bars or summaries.")
@_setting_options
@click.pass_context
def cli(ctx: click.Context, config_file: str | None, quiet: bool, **values: Any) -> None:
    """newsdesk: a self-hosted, multilingual news desk."""
    state = Context(load_settings(cli=values, config=config_file), quiet)
    ctx.obj = state
    ctx.call_on_close(state.close)


for _command in (
    subscriptions.add, subscriptions.import_, subscriptions.poll, subscriptions.feeds,
    subscriptions.remove, subscriptions.export, reading.search, reading.show, reading.extract,
    reading.serve, reading.settings_, enrichment.annotate, enrichment.enrich,
    enrichment.entities, enrichment.quotes, stories.cluster, accounts.user, accounts.token,
):
    cli.add_command(_command)


def main() -> None:
    """Entry point of the `newsdesk` command."""
    cli()
