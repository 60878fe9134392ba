"""`newsdesk cluster INPUT.jsonl`: story ids for a stream of articles, in file order.

Each line `{"id", "lang", "title", "text", "published", "source"}` goes through the same
`StoryEngine.ingest` as live ingestion. A line's answer `{"id", "story"}` is given once
its story can no longer change (its article left the window, or the input ended), and
always in input order; memory is bounded by the window, not by the file. The command passes
an engine made for the `story_embeddings` setting (`engine_for`); the default is sparse.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any, Literal

from newsdesk.errors import InputError
from newsdesk.model import parse_iso_time
from newsdesk.stories.engine import StoryEngine
from newsdesk.stories.features import ArticleInput

__all__ = ["cluster_stream", "parse_line"]

ErrorMode = Literal["skip", "strict"]


def cluster_stream(lines: Iterable[str], *, errors: ErrorMode = "skip",
                   progress: Callable[[int], None] | None = None,
                   engine: StoryEngine | None = None,
                   where: str = "line") -> Iterator[dict[str, Any]]:
    """Yield `{"id", "story"}` for every non-blank line, in input order.

    A malformed line raises `InputError` (where=`<where>:N`, e.g. `in.jsonl:12`) when
    `errors="strict"`; with `errors="skip"` it yields
    `{"id": <id or None>, "story": None, "error": message}` in its place and goes on.
    `progress(n)` is called after each line with the count.
    """
    engine = engine or StoryEngine(keep_settled=True)
    engine.keep_settled = True
    pending: deque[dict[str, Any]] = deque()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            art = parse_line(line, f"{where}:{number}")
        except InputError as exc:
            if errors == "strict":
                raise
            pending.append({"id": _id_of(line), "story": None, "error": str(exc)})
        else:
            engine.ingest(art)
            pending.append({"id": art.id, "story": None})
        yield from _ready(pending, engine)
        if progress is not None:
            progress(number)
    if engine.repair_every:
        engine.repair()  # the stream's tail gets the second look the rest got
    while pending:
        out = pending.popleft()
        if "error" not in out:
            sid = engine.settled.pop(out["id"], None) or engine.story(out["id"])
            out["story"] = f"s{sid}"
        yield out


def parse_line(line: str, where: str) -> ArticleInput:
    """One JSONL record as an `ArticleInput`; InputError naming `where` when unusable."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON: {exc.msg}", where=where) from exc
    if not isinstance(data, dict):
        raise InputError("not a JSON object", where=where)
    art_id = data.get("id")
    if not isinstance(art_id, str | int) or isinstance(art_id, bool) or art_id == "":
        raise InputError('missing "id"', where=where)
    title, text = data.get("title"), data.get("text")
    if not isinstance(text, str | None) or not isinstance(title, str | None) or not (
            text or title):
        raise InputError('"title" and "text" must be strings, one of them non-empty',
                         where=where)
    return ArticleInput(id=str(art_id), text=text or "", title=title,
                        lang=_str_or_none(data.get("lang"), "lang", where),
                        published=_time(data.get("published"), where),
                        source=_str_or_none(data.get("source"), "source", where),
                        url=_str_or_none(data.get("url"), "url", where))


def _ready(pending: deque[dict[str, Any]], engine: StoryEngine) -> Iterator[dict[str, Any]]:
    """Answers at the head of the queue whose story is settled (or that are errors)."""
    while pending and ("error" in pending[0] or pending[0]["id"] in engine.settled):
        out = pending.popleft()
        if "error" not in out:
            out["story"] = f"s{engine.settled.pop(out['id'])}"
        yield out


def _str_or_none(value: object, name: str, where: str) -> str | None:
    if value is None or isinstance(value, str):
        return value or None
    raise InputError(f'"{name}" must be a string', where=where)


def _time(value: object, where: str) -> datetime | None:
    """ISO 8601; a datetime without offset is taken as UTC, a bare date as its midnight."""
    try:
        return parse_iso_time(value, "published", naive_utc=True)
    except ValueError as exc:
        raise InputError(str(exc), where=where) from exc


def _id_of(line: str) -> str | None:
    try:
        data = json.loads(line)
    except json.JSONDecodeError:
        return None
    value = data.get("id") if isinstance(data, dict) else None
    return str(value) if isinstance(value, str | int) else None
