"""Write docs/cli.md from the `newsdesk` commands' own --help (tests/test_cli_docs.py checks it).

    .venv/bin/python scripts/cli_docs.py
"""

from __future__ import annotations

from pathlib import Path

import click

from newsdesk.cli import cli

HEADER = ("# The `newsdesk` command\n\nGenerated from each command's `--help` by "
          "`scripts/cli_docs.py`; do not edit by hand.\n")


def _walk(command: click.Command, path: list[str], parent: click.Context | None) -> list[str]:
    settings = {**command.context_settings, "max_content_width": 100, "terminal_width": 100}
    ctx = click.Context(command, info_name=" ".join(path), parent=parent, **settings)
    parts = [f"\n## `{' '.join(path)}`\n\n```\n{command.get_help(ctx)}\n```\n"]
    if isinstance(command, click.Group):
        for name in sorted(command.list_commands(ctx)):
            sub = command.get_command(ctx, name)
            if sub is not None and not sub.hidden:
                parts += _walk(sub, [*path, name], ctx)
    return parts


def cli_markdown() -> str:
    return HEADER + "".join(_walk(cli, ["newsdesk"], None))


if __name__ == "__main__":
    target = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
    target.write_text(cli_markdown(), encoding="utf-8")
    print(f"wrote {target}")
