"""Saved HTML pages: handed on as they are, for the extractor to find the article."""

from __future__ import annotations

from pathlib import Path

from newsdesk.errors import InputError
from newsdesk.model import Page
from newsdesk.sources.importers.files import read_limited


def read_html_file(path: Path, location: str, base_url: str | None, max_bytes: int) -> Page:
    """A Page whose URL is `base_url` when given; else the extractor's canonical link decides."""
    body = read_limited(path, location, max_bytes)
    if not body.strip():
        raise InputError("empty file", where=location)
    return Page(
        body=body,
        url=base_url or None,
        location=location,
        content_type="text/html",
        origin="html-file",
    )
