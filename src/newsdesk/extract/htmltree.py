"""The page's lxml tree, parsed once and shared by every later step (trafilatura included).

The tree is `trafilatura.utils.load_html`'s, with one difference that changes no element:
who picks each element's Python class. lxml builds a proxy object each time code touches an
element, and ``lxml.html``'s parser picks the proxy's class with a Python method
(`HtmlElementClassLookup.lookup`) — a Python call per touch, several thousand per page in our
passes and in trafilatura's, whose copies of the tree keep its parser. Our parser is a copy of
trafilatura's (same options) with a lookup lxml runs in C and that maps the same tag names to
the same classes (`FormElement` for <form>, `HtmlElement` for the rest …): about a twentieth
of the extraction time, the same tree.

The parse steps around the parser (repairs, the retry with bytes, the not-HTML test) are
trafilatura's own helpers; `tests/extract/test_htmltree.py` holds our tree to `load_html`'s.
"""

from __future__ import annotations

import logging

from lxml import etree
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlElementClassLookup,
    HtmlEntity,
    HtmlProcessingInstruction,
    fromstring,
)
from trafilatura.utils import HTML_PARSER, is_dubious_html, repair_faulty_html

from newsdesk.errors import ExtractError

log = logging.getLogger(__name__)


def _c_class_lookup() -> etree.ElementNamespaceClassLookup:
    """`HtmlElementClassLookup`'s choices (by tag name, `HtmlElement` by default), in C."""
    lookup = etree.ElementNamespaceClassLookup(etree.ElementDefaultClassLookup(
        element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
    ))
    classes = lookup.get_namespace(None)
    classes[None] = HtmlElement
    classes.update(HtmlElementClassLookup._default_element_classes)
    return lookup


_PARSER = HTML_PARSER.copy()  # trafilatura's parser options
_PARSER.set_element_class_lookup(_c_class_lookup())


def parse_page(source_html: str, where: str) -> HtmlElement:
    """The page's lxml tree, or ExtractError naming `where` when it is not HTML."""
    tree = _load_html(source_html)
    if tree is None:
        raise ExtractError("unparseable HTML: no document tree", where)
    return tree


def _load_html(html: str) -> HtmlElement | None:
    """`trafilatura.utils.load_html`'s tree of a decoded page, on `_PARSER`."""
    beginning = html[:50].lower()
    dubious = is_dubious_html(beginning)
    html = repair_faulty_html(html, beginning)
    tree: HtmlElement | None = None
    from_bytes = False
    try:
        tree = fromstring(html, parser=_PARSER)
    except ValueError:  # a str with an XML encoding declaration: lxml wants bytes
        tree, from_bytes = _from_bytes(html), True
    except etree.LxmlError as exc:
        log.debug("lxml could not parse the string: %s", exc)
    if (tree is None or len(tree) < 1) and not from_bytes:
        tree = _from_bytes(html)
    if tree is not None and dubious and len(tree) < 2:
        return None  # not HTML at all, as trafilatura judges it
    return tree


def _from_bytes(html: str) -> HtmlElement | None:
    try:
        tree: HtmlElement = fromstring(html.encode("utf8", "surrogatepass"), parser=_PARSER)
    except (etree.LxmlError, ValueError) as exc:
        log.debug("lxml could not parse the bytes: %s", exc)
        return None
    return tree
