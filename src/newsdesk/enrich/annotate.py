"""`newsdesk annotate`: enrich a JSONL corpus line by line, in bounded memory.

Input lines are `{"id", "text", "lang" (or null), "published" (ISO 8601 or null),
"title" (optional)}`; each good line gives one output line, in input order:
`{"id", "lang", "entities": [...], "quotes": [...], "times": [...]}` (see
`Enrichment.to_json`). Offsets are Python string indices into `text`.

Memory stays bounded: lines are read one at a time and at most `window` parsed records
wait in a look-ahead queue. Each record is `observe`d by the shared entity recogniser
when it enters the queue, so the corpus statistics (a capitalised word that other
documents write lowercase is no name) include the next `window` documents, not the
whole file; ids are the same across the whole run since one `Enricher` serves it.

A malformed line (not JSON, not an object, a missing or mistyped field, bad UTF-8, an
enrichment failure) gives no output line: `on_error` receives an InputError naming
`path:LINE`, and the run goes on; with `strict` the lines before it are written and the
error is raised. Blank lines are skipped silently.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import IO, Any

from newsdesk.enrich.enricher import Enricher
from newsdesk.errors import InputError
from newsdesk.model import parse_iso_time

DEFAULT_WINDOW = 32


@dataclass
class Record:
    """One parsed input line."""

    where: str
    id: Any
    text: str
    lang: str | None
    published: datetime | None
    title: str | None


def parse_line(raw: bytes, where: str) -> Record:
    """The record of one input line, or InputError(where=path:LINE)."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8: {exc.reason}", where=where) from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON: {exc.msg} at column {exc.colno}", where=where) from exc
    if not isinstance(data, dict):
        raise InputError("a line must be a JSON object", where=where)
    if "id" not in data or isinstance(data["id"], dict | list):
        raise InputError("missing 'id' (a string or number)", where=where)
    text = data.get("text")
    if not isinstance(text, str):
        raise InputError("missing or non-string 'text'", where=where)
    return Record(where, data["id"], text, _opt_str(data, "lang", where),
                  _published(data.get("published"), where), _opt_str(data, "title", where))


def _opt_str(data: dict[str, Any], key: str, where: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise InputError(f"'{key}' must be a string or null", where=where)
    return value or None


def _published(value: object, where: str) -> datetime | None:
    """ISO 8601; a datetime without offset is taken as UTC, a bare date as its midnight."""
    try:
        return parse_iso_time(value, "published", naive_utc=True)
    except ValueError as exc:
        raise InputError(str(exc), where=where) from exc


def annotate_lines(lines: Iterable[bytes], path: str, enricher: Enricher, out: IO[str], *,
                   strict: bool = False, window: int = DEFAULT_WINDOW,
                   on_error: Callable[[InputError], None] | None = None,
                   progress: Callable[[int], None] | None = None) -> tuple[int, int]:
    """Annotate every line of `lines` into `out`; returns (lines written, lines failed)."""
    queue: deque[Record] = deque()
    counts = [0, 0]

    def fail(error: InputError) -> None:
        if strict:
            flush(0)  # the lines before the bad one are still written
            raise error
        counts[1] += 1
        if on_error:
            on_error(error)

    def flush(keep: int) -> None:
        while len(queue) > keep:
            record = queue.popleft()
            try:
                out.write(annotation(record, enricher) + "\n")
                counts[0] += 1
            except InputError as error:
                fail(error)

    for number, raw in enumerate(lines, start=1):
        if progress:
            progress(len(raw))
        if not raw.strip():
            continue
        try:
            record = parse_line(raw, f"{path}:{number}")
        except InputError as error:
            fail(error)
            continue
        enricher.observe(record.text, record.lang)
        queue.append(record)
        flush(max(0, window))
    flush(0)
    return counts[0], counts[1]


def annotation(record: Record, enricher: Enricher) -> str:
    """The output line (without newline) of one record."""
    try:
        found = enricher.enrich(record.text, record.lang, record.published, record.title)
    except Exception as exc:  # a rule's bug: report this line, keep the run going
        raise InputError(f"enrichment failed: {exc!r}", where=record.where) from exc
    return json.dumps({"id": record.id, "lang": found.language, **found.to_json()},
                      ensure_ascii=False)
