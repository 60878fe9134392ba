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


FORM_PAGE = (
    "<html><body><form><input name=q><label>Q</label><select><option>1</option></select>"
    "<textarea>t</textarea></form><div><p>Text <a href='/x'>link</a></p></div></body></html>"
)


def test_elements_get_the_classes_lxml_html_gives_them() -> None:
    ours, theirs = parse_page(FORM_PAGE, "here"), load_html(FORM_PAGE)
    assert theirs is not None
    assert [type(el) for el in ours.iter()] == [type(el) for el in theirs.iter()]
    assert {type(el).__name__ for el in ours.iter()} >= {"FormElement", "InputElement",
                                                         "HtmlElement"}
