"""Import files and folders: OPML lists, feed files, saved pages, JSONL exports, WARCs, app copies.

`iter_import` yields `(location, item)` pairs lazily, so a large archive is streamed.
Each file's kind comes from `detect`; each kind has one small reader module. Errors
are InputError (or its subclass UnsupportedInput) with `where` naming the file, line
or record. Pass a list as `errors` to have them collected while the import goes on
(bad files and bad JSONL lines are skipped; a corrupt WARC stops at the bad record);
leave it None to have the first one raised.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from newsdesk.errors import InputError
from newsdesk.model import Article, Feed, Page, ParsedFeed
from newsdesk.sources.importers.appcopy import read_appcopy_file
from newsdesk.sources.importers.detect import Kind, detect_kind, read_head
from newsdesk.sources.importers.feedfile import read_feed_file, read_opml_file
from newsdesk.sources.importers.files import Report, expand_paths
from newsdesk.sources.importers.htmlfile import read_html_file
from newsdesk.sources.importers.jsonl import iter_jsonl
from newsdesk.sources.importers.warc import iter_warc

ImportItem = Page | Article | Feed | ParsedFeed

DEFAULT_MAX_BYTES = 200_000_000

__all__ = ["DEFAULT_MAX_BYTES", "ImportItem", "iter_import"]


def iter_import(
    paths: Iterable[str | Path],
    *,
    base_url: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    errors: list[InputError] | None = None,
) -> Iterator[tuple[str, ImportItem]]:
    """Yield (location, item) for every importable thing under `paths`, in a stable order.

    `base_url` is the URL given to saved HTML pages and used to resolve relative links
    of feed files. `max_bytes` limits each file read whole (a WARC is streamed and
    only its pages are limited).
    """
    report = _reporter(errors)
    for path in expand_paths(paths, report):
        try:
            yield from _import_file(path, base_url, max_bytes, report)
        except InputError as exc:
            report(exc)


def _reporter(errors: list[InputError] | None) -> Report:
    def report(error: InputError) -> None:
        if errors is None:
            raise error
        errors.append(error)

    return report


def _import_file(
    path: Path, base_url: str | None, max_bytes: int, report: Report
) -> Iterator[tuple[str, ImportItem]]:
    location = str(path)
    try:
        kind: Kind = detect_kind(path, read_head(path))
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", where=location) from exc
    if kind == "warc":
        yield from iter_warc(path, location, max_bytes, report)
    elif kind == "jsonl":
        yield from iter_jsonl(path, location, max_bytes, report)
    elif kind == "opml":
        for feed in read_opml_file(path, location, max_bytes):
            yield location, feed
    elif kind == "feed":
        yield location, read_feed_file(path, location, base_url, max_bytes)
    elif kind == "html":
        yield location, read_html_file(path, location, base_url, max_bytes)
    else:
        yield location, read_appcopy_file(path, location, max_bytes)
