"""Web archives (WARC, and ARC through warcio's conversion): the HTML pages inside.

The archive is streamed record by record, never read whole, so its size is not
limited; each page body is. Records are numbered from 1 in archive order (all kinds
count), which is what `location` ("file.warc.gz#record N") refers to.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsdesk.errors import InputError
from newsdesk.model import Page
from newsdesk.sources.importers.detect import read_head
from newsdesk.sources.importers.files import Report
from newsdesk.sources.importers.gzipcheck import GZIP_MAGIC, GzipCheckingReader

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_CHUNK = 1 << 16
_ARCHIVE_STARTS = (b"WARC/", b"filedesc://")
_CORRUPT = (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError)
# warcio fails on some cut or mangled headers with these instead of ArchiveLoadFailed
_MANGLED_HEADERS = (AttributeError, TypeError, IndexError, KeyError)


def iter_warc(
    path: Path, location: str, max_bytes: int, report: Report
) -> Iterator[tuple[str, Page]]:
    """(location, Page) for each 200 HTML response; a corrupt record ends the archive.

    Pages already yielded stay yielded; the corruption raises InputError naming the
    record where reading failed.
    """
    try:
        head = read_head(path).lstrip()
        stream = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", where=location) from exc
    if head and not head.startswith(_ARCHIVE_STARTS):
        stream.close()
        message = "corrupt or truncated archive: it does not start with a WARC or ARC record"
        raise InputError(message, where=f"{location}#record 1")
    with stream:
        source: BinaryIO | GzipCheckingReader = stream
        if stream.read(2) == GZIP_MAGIC:
            source = GzipCheckingReader(stream)
        stream.seek(0)
        archive = ArchiveIterator(source, arc2warc=True)
        number = 0
        while True:
            number += 1
            where = f"{location}#record {number}"
            try:
                record = next(archive, None)
                if record is None:
                    _check_complete(source, stream, archive.offset)
                    return
                page = _html_page(record, where, max_bytes, report)
                _drain(record)
            except (*_CORRUPT, *_MANGLED_HEADERS) as exc:
                message = f"corrupt or truncated archive: {_one_line(exc)}"
                raise InputError(message, where=where) from exc
            if page is not None:
                yield where, page


def _html_page(record: Any, where: str, max_bytes: int, report: Report) -> Page | None:
    """The record as a Page when it is a successful HTML response, else None."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if content_type.split(";")[0].strip().lower() not in HTML_TYPES:
        return None
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        report(InputError(f"page over the {max_bytes}-byte import limit, skipped", where=where))
        return None
    return Page(
        body=body,
        url=_target_uri(record.rec_headers.get_header("WARC-Target-URI")),
        location=where,
        content_type=content_type.strip(),
        fetched_at=_warc_date(record.rec_headers.get_header("WARC-Date")),
        origin="warc",
    )


def _check_complete(
    source: BinaryIO | GzipCheckingReader, stream: BinaryIO, end_of_last_record: int
) -> None:
    """warcio ends quietly on a cut; make sure nothing but blank lines was left over."""
    if isinstance(source, GzipCheckingReader):
        if source.problem:
            raise EOFError(source.problem)
        return
    stream.seek(end_of_last_record)
    if stream.read(_CHUNK).strip():
        raise EOFError("archive ends inside a record header")


def _drain(record: Any) -> None:
    """Read the record to its end and check it was all there.

    warcio stops quietly at a truncated record (a cut .warc.gz just ends); the record's
    Content-Length tells how many bytes are missing.
    """
    if record.format == "warc" and record.rec_headers.get_header("Content-Length") is None:
        raise EOFError("record without Content-Length (cut inside its header?)")
    raw = record.raw_stream
    while raw.read(_CHUNK):
        pass
    missing = getattr(raw, "limit", 0)
    if missing:
        raise EOFError(f"record cut short, {missing} bytes missing")


def _target_uri(value: str | None) -> str | None:
    """Some writers follow the WARC 1.0 grammar's `<uri>` form; the brackets are not the URL."""
    uri = (value or "").strip().removeprefix("<").removesuffix(">").strip()
    return uri or None


def _warc_date(value: str | None) -> datetime | None:
    """WARC-Date is ISO 8601 in UTC (`2024-05-01T10:00:00Z`); a bad one is left out."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _one_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
