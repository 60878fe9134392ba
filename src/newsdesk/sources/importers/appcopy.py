"""Plain-text copies of an article out of a news app (a `.txt` file per article).

The text is passed on untouched; `extract.appcopy` knows the layouts of the apps.
"""

from __future__ import annotations

from pathlib import Path

from newsdesk.errors import InputError
from newsdesk.model import Page
from newsdesk.sources.importers.files import read_limited


def read_appcopy_file(path: Path, location: str, max_bytes: int) -> Page:
    body = read_limited(path, location, max_bytes)
    if not body.strip():
        raise InputError("empty file", where=location)
    return Page(
        body=body,
        url=None,
        location=location,
        content_type="text/plain",
        origin="appcopy",
    )
