"""newsdesk's own JSONL export (one `Article.to_json` object per line), plain or gzipped.

Read line by line, so a large export is never held whole in memory; a bad line is
reported with its line number and, when the caller collects errors, skipped.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from newsdesk.errors import InputError
from newsdesk.model import Article
from newsdesk.sources.importers.files import Report, check_size


def iter_jsonl(
    path: Path, location: str, max_bytes: int, report: Report
) -> Iterator[tuple[str, Article]]:
    """(location "path:LINE", Article) per record; bad records go to `report`."""
    if not path.name.lower().endswith(".gz"):
        check_size(path, location, max_bytes)  # gzip: the decompressed total is counted below
    line_number = 0
    total = 0
    try:
        with _open(path) as stream:
            for line_number, raw in enumerate(stream, start=1):
                total += len(raw)
                if total > max_bytes:
                    raise InputError(
                        f"decompressed data over the {max_bytes}-byte import limit",
                        where=f"{location}:{line_number}",
                    )
                article = _record(raw, f"{location}:{line_number}", report)
                if article is not None:
                    yield f"{location}:{line_number}", article
    except (OSError, EOFError, zlib.error) as exc:
        where = f"{location}:{line_number + 1}"
        raise InputError(f"cannot read compressed data: {exc}", where=where) from exc


def _record(raw: bytes, where: str, report: Report) -> Article | None:
    text = _decode(raw, where, report)
    if text is None or not text.strip():
        return None
    try:
        return Article.from_json(json.loads(text))
    except (ValueError, TypeError) as exc:  # JSONDecodeError is a ValueError
        report(InputError(f"bad article record: {_one_line(exc)}", where=where))
        return None


def _decode(raw: bytes, where: str, report: Report) -> str | None:
    try:
        return raw.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        report(InputError(f"line is not UTF-8: {exc.reason}", where=where))
        return None


def _open(path: Path) -> BinaryIO:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _one_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
