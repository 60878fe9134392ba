"""The page's titles are read from its source, the same way on both extraction paths."""

from __future__ import annotations

import pytest

from newsdesk.extract import extract_html, extract_text
from newsdesk.extract.mainbody import page_titles

_PARAGRAPH = (
    "<p>The council voted on Tuesday to extend the tram line to the northern districts, "
    "a project debated for more than a decade and now funded by the regional budget.</p>"
)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta property="og:title" content="Tram line extended">', ["Tram line extended"]),
        ("<meta name='twitter:title' content='Tram &amp; bus'>", ["Tram & bus"]),
        ("<title>Tram line extended | City News</title>",
         ["Tram line extended | City News", "Tram line extended"]),
        ('<meta name="description" content="Not a title">', []),
        ('<META PROPERTY="OG:TITLE" CONTENT="Upper-case tag">', ["Upper-case tag"]),
        ('<meta content="Content first" property="og:Title">', ["Content first"]),
    ],
)
def test_titles_from_source(head: str, expected: list[str]) -> None:
    assert page_titles(f"<html><head>{head}</head><body></body></html>") == expected


def test_both_paths_drop_the_same_title_line() -> None:
    source = (
        "<html><head><title>Tram line extended | City News</title></head><body><article>"
        "<p>Tram line extended</p>" + _PARAGRAPH * 3 + "</article></body></html>"
    )
    text = extract_html(source, "https://example.org/tram").text
    assert text == extract_text(source, "https://example.org/tram")
    assert not text.startswith("Tram line extended")
