"""`newsdesk cluster`: story ids for a JSONL stream of articles (the batch interface)."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from newsdesk.commands.common import progress, state
from newsdesk.stories.batch import cluster_stream
from newsdesk.stories.engine import engine_for


@click.command()
@click.argument("source", metavar="INPUT.jsonl", type=click.File("r", encoding="utf-8"))
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Where to write {id, story} lines (default: stdout).")
@click.option("--strict", is_flag=True, help="Stop at the first malformed line.")
def cluster(source: Any, output: Any, strict: bool) -> None:
    """Group articles into stories, in file order, as live ingestion would.

    Input lines are {"id", "lang", "title", "text", "published", "source"}; each gives one
    output line {"id", "story", "cluster"} in the same order (`cluster` repeats `story`, the
    key clustering scorers read). A malformed line is reported as `newsdesk: FILE:LINE: ...`
    and gets {"id", "story": null, "cluster": null}; the exit status is then 1.
    With --story-embeddings the headlines are embedded too (~30 ms per article).
    """
    path = getattr(source, "name", "<stdin>")
    settings = state().settings
    engine = engine_for(settings.story_embeddings, settings.story_xling_days, keep_settled=True)
    failed = 0
    done = 0
    with progress("clustering", unit="lines") as advance:

        def step(line_number: int) -> None:
            nonlocal done
            advance(line_number - done)
            done = line_number

        for out in cluster_stream(source, errors="strict" if strict else "skip",
                                  progress=step, engine=engine, where=path):
            error = out.pop("error", None)
            if error:
                failed += 1
                click.echo(f"newsdesk: {error}", err=True)
            out["cluster"] = out["story"]
            output.write(json.dumps(out, ensure_ascii=False) + "\n")
    if not state().quiet:
        click.echo(f"{done} lines, {failed} failed", err=True)
    if failed:
        sys.exit(1)
