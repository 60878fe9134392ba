"""The batch interface: one answer per line, in input order, errors named by line."""

from __future__ import annotations

import json

import pytest

from newsdesk.errors import InputError
from newsdesk.stories import cluster_stream


def _line(i: int, text: str, **extra: object) -> str:
    return json.dumps({"id": f"a{i}", "lang": "en", "title": f"Title {i}", "text": text,
                       "published": "2026-02-01", "source": "s.example", **extra})


LINES = [
    _line(1, "Parliament passed the budget for 2026 after a long night of debate in Vilnius."),
    "{not json",
    _line(2, "A ferry ran aground near Tallinn; all 80 passengers were rescued."),
    json.dumps({"id": "a3", "lang": "en", "title": 5, "text": "x"}),
    "",
    _line(4, "Parliament passed the budget for 2026 after a long night of debate in Vilnius."),
]


def test_answers_come_in_input_order_with_errors_in_place() -> None:
    progress: list[int] = []
    out = list(cluster_stream(LINES, progress=progress.append))
    assert [o["id"] for o in out] == ["a1", None, "a2", "a3", "a4"]
    assert out[1]["story"] is None and out[1]["error"].startswith("line:2: not JSON")
    assert out[3]["error"].startswith("line:4:")
    assert out[0]["story"] == out[4]["story"] != out[2]["story"]
    assert progress[-1] == 6


def test_strict_mode_raises_naming_the_line() -> None:
    with pytest.raises(InputError) as info:
        list(cluster_stream(LINES, errors="strict"))
    assert info.value.where == "line:2"
