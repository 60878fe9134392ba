"""`parse_page` builds the same tree as trafilatura's `load_html`, with the C class lookup."""

from __future__ import annotations

import pytest
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from newsdesk.errors import ExtractError
from newsdesk.extract.htmltree import parse_page

PAGES = [
    "<html><head><title>T</title></head><body><p>One <b>two</b></p></body></html>",
    '<?xml version="1.0" encoding="utf-8"?><html><body><p>Declared</p></body></html>',
    "<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0//EN' '/x.dtd'>\n"
    "<html><body><p>x</p></body></html>",
    "<html/>\n<body><p>Self-closed html</p></body>",
    "<html><body><form><input type=radio><label>A</label><select><option>o</select></form>"
    "<!-- a comment --><p>Te\x01xt</p></body></html>",
]


@pytest.mark.parametrize("html", PAGES)
def test_same_tree_as_trafilatura(html: str) -> None:
    ours, theirs = parse_page(html, "here"), load_html(html)
    assert theirs is not None
    assert etree.tostring(ours) == etree.tostring(theirs)


def test_every_element_is_a_plain_html_element() -> None:
    tree = parse_page(PAGES[-1], "here")
    assert {type(el) for el in tree.iter(etree.Element)} == {HtmlElement}


def test_not_html_is_refused_like_trafilatura() -> None:
    assert load_html("just text") is None
    with pytest.raises(ExtractError):
        parse_page("just text", "here")
