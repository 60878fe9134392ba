"""iter_import over one file per case in tests/fixtures/imports/cases, expected result beside it.

Every case runs with an `errors` list, so a file shows both what it yielded and what
was reported; `<name>.expected.json` holds both, with locations relative to the folder.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsdesk.errors import InputError
from newsdesk.model import Article, Feed, Page, ParsedFeed
from newsdesk.sources.importers import iter_import

CASES_DIR = Path(__file__).parents[2] / "fixtures" / "imports" / "cases"
CASES = sorted(p for p in CASES_DIR.iterdir() if ".expected." not in p.name)
BASE_URL = "https://example.org/saved/"


def summarize(item: object) -> dict[str, Any]:
    """The fields of an imported item that identify it, as JSON."""
    if isinstance(item, Page):
        return {
            "type": "Page",
            "url": item.url,
            "content_type": item.content_type,
            "origin": item.origin,
            "body_start": item.body[:40].decode("utf-8", "replace"),
        }
    if isinstance(item, Article):
        return {"type": "Article", "title": item.title, "url": item.url, "origin": item.origin}
    if isinstance(item, Feed):
        return {"type": "Feed", "url": item.url, "title": item.title, "category": item.category}
    assert isinstance(item, ParsedFeed)
    return {
        "type": "ParsedFeed",
        "title": item.title,
        "links": [entry.link for entry in item.entries],
        "bozo": item.bozo,
    }


def relative(location: str) -> str:
    return location.replace(str(CASES_DIR) + "/", "")


def run_case(path: Path) -> dict[str, Any]:
    errors: list[InputError] = []
    items = [
        {"location": relative(location), **summarize(item)}
        for location, item in iter_import([path], base_url=BASE_URL, errors=errors)
    ]
    reported = [
        {"where": relative(e.where or ""), "type": type(e).__name__, "message": e.message}
        for e in errors
    ]
    return {"items": items, "errors": reported}


def expected_path(path: Path) -> Path:
    return path.with_name(path.name.split(".")[0] + ".expected.json")


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_import_case(path: Path) -> None:
    expected = json.loads(expected_path(path).read_text(encoding="utf-8"))
    actual = run_case(path)
    assert actual["items"] == expected["items"]
    assert len(actual["errors"]) == len(expected["errors"])
    for got, want in zip(actual["errors"], expected["errors"], strict=True):
        assert got["where"] == want["where"]
        assert got["type"] == want["type"]
        assert want["message"] in got["message"]


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_without_error_list_the_first_error_is_raised(path: Path) -> None:
    expected = json.loads(expected_path(path).read_text(encoding="utf-8"))
    if not expected["errors"]:
        assert len(list(iter_import([path], base_url=BASE_URL))) == len(expected["items"])
        return
    first = expected["errors"][0]
    with pytest.raises(InputError) as info:
        list(iter_import([path], base_url=BASE_URL))
    assert relative(info.value.where or "") == first["where"]
    assert type(info.value).__name__ == first["type"]


def test_case_names_are_unique_before_the_first_dot() -> None:
    """`<name>.expected.json` pairs by the part before the first dot; it must not collide."""
    stems = [p.name.split(".")[0] for p in CASES]
    assert len(stems) == len(set(stems))
