"""`parse_page` is trafilatura's parse, with our error for what is not HTML."""

from __future__ import annotations

import pytest
from lxml import etree
from trafilatura.utils import load_html

from newsdesk.errors import ExtractError
from newsdesk.extract.htmltree import parse_page

PAGES = [
    "<html><head><title>T</title></head><body><p>One <b>two</b></p></body></html>",
    '<?xml version="1.0" encoding="utf-8"?><html><body><p>Declared</p></body></html>',
    "<html/>\n<body><p>Self-closed html</p></body>",
    "<html><body><form><input type=radio><label>A</label></form>"
    "<!-- a comment --><p>Te\x01xt</p></body></html>",
]


@pytest.mark.parametrize("html", PAGES)
def test_same_tree_as_trafilatura(html: str) -> None:
    ours, theirs = parse_page(html, "here"), load_html(html)
    assert theirs is not None
    assert etree.tostring(ours) == etree.tostring(theirs)


def test_not_html_is_refused_naming_the_page() -> None:
    with pytest.raises(ExtractError, match="unparseable HTML") as caught:
        parse_page("just text", "page.html")
    assert "page.html" in str(caught.value)
