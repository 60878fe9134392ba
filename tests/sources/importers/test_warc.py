"""WARC import: archives written in the test with warcio, then read back (and broken)."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsdesk.errors import InputError
from newsdesk.model import Page
from newsdesk.sources.importers import iter_import

PAGE_ONE = b"<html><head><title>One</title></head><body><p>First page.</p></body></html>"
PAGE_TWO = b"<html><body><p>Second page, in XHTML clothing.</p></body></html>" * 20


def write_warc(path: Path, *, gzip: bool = True) -> Path:
    """warcinfo, 200 HTML, request, CSS, 404 HTML, 200 XHTML (gzip-encoded) — 6 records."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        _response(writer, "https://a.example/one", "200 OK", "text/html; charset=utf-8", PAGE_ONE)
        request = writer.create_warc_record(
            "https://a.example/one",
            "request",
            payload=io.BytesIO(b""),
            http_headers=StatusAndHeaders("GET /one HTTP/1.1", [], is_http_request=True),
        )
        writer.write_record(request)
        _response(writer, "https://a.example/style.css", "200 OK", "text/css", b"p { }")
        _response(writer, "https://a.example/gone", "404 Not Found", "text/html", b"<p>404</p>")
        _response(writer, "<https://a.example/two>", "200 OK", "application/xhtml+xml", PAGE_TWO)
    return path


def _response(writer: WARCWriter, url: str, status: str, kind: str, body: bytes) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": "2024-05-01T10:00:00Z"},
    )
    writer.write_record(record)


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_html_responses_become_pages(tmp_path: Path, gzip: bool) -> None:
    path = write_warc(tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc"), gzip=gzip)
    items = list(iter_import([path]))
    assert [location for location, _ in items] == [f"{path}#record 2", f"{path}#record 6"]
    pages = [item for _, item in items]
    assert all(isinstance(page, Page) for page in pages)
    one, two = pages
    assert isinstance(one, Page) and isinstance(two, Page)
    assert one.body == PAGE_ONE
    assert one.url == "https://a.example/one"
    assert one.content_type == "text/html; charset=utf-8"
    assert one.origin == "warc"
    assert one.location == f"{path}#record 2"
    assert one.fetched_at == datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    assert two.body == PAGE_TWO
    assert two.url == "https://a.example/two"  # the <uri> form of WARC 1.0 is unwrapped


def test_archive_size_is_not_limited_but_pages_are(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "crawl.warc.gz")
    assert path.stat().st_size > len(PAGE_ONE)
    errors: list[InputError] = []
    items = list(iter_import([path], max_bytes=len(PAGE_ONE), errors=errors))
    assert [location for location, _ in items] == [f"{path}#record 2"]
    assert [e.where for e in errors] == [f"{path}#record 6"]
    assert "import limit" in errors[0].message


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
@pytest.mark.parametrize("keep", [0.3, 0.6, 0.9, 0.99])
def test_truncated_archive_keeps_what_was_read_and_names_the_record(
    tmp_path: Path, gzip: bool, keep: float
) -> None:
    whole = write_warc(tmp_path / ("whole.warc.gz" if gzip else "whole.warc"), gzip=gzip)
    data = whole.read_bytes()
    cut = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    cut.write_bytes(data[: int(len(data) * keep)])
    yielded: list[str] = []
    with pytest.raises(InputError, match="corrupt or truncated archive") as info:
        for location, _ in iter_import([cut]):
            yielded.append(location)
    where = info.value.where or ""
    assert where.startswith(f"{cut}#record ")
    failed_at = int(where.rsplit(" ", 1)[1])
    assert all(int(loc.rsplit(" ", 1)[1]) < failed_at for loc in yielded)
    # with an error list the same happens, recorded instead of raised
    errors: list[InputError] = []
    assert [loc for loc, _ in iter_import([cut], errors=errors)] == yielded
    assert [e.where for e in errors] == [where]


def test_garbage_with_warc_extension(tmp_path: Path) -> None:
    path = tmp_path / "junk.warc"
    path.write_bytes(b"this is not an archive\r\n\r\n")
    with pytest.raises(InputError, match="corrupt or truncated") as info:
        list(iter_import([path]))
    assert info.value.where == f"{path}#record 1"


def test_empty_archive_has_no_pages(tmp_path: Path) -> None:
    path = tmp_path / "empty.warc.gz"
    path.write_bytes(b"")
    assert list(iter_import([path])) == []


def test_warc_without_extension_is_sniffed(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "crawl.warc.gz")
    renamed = path.rename(tmp_path / "download")
    assert len(list(iter_import([renamed]))) == 2
