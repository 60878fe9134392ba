"""The page's lxml tree: trafilatura's parse, with a lookup that costs no Python call.

lxml builds a Python proxy each time code touches an element, and ``lxml.html`` picks the
proxy's class with a Python method (`HtmlElementClassLookup.lookup`): over a page's several
thousand touches — our passes, and trafilatura's on its copies of the tree, which keep the
tree's parser — that call alone is about a twentieth of the extraction time. The C lookup
below gives every element the plain `HtmlElement` class; the special classes it skips
(forms, inputs, selects, labels) add only form-handling helpers, which neither trafilatura
nor newsdesk calls. Parsing otherwise repeats `trafilatura.utils.load_html` step for step
(same parser options, same repairs, same fallback to bytes), so the tree is the same.
"""

from __future__ import annotations

import logging

from lxml import etree
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlEntity,
    HTMLParser,
    HtmlProcessingInstruction,
    fromstring,
)
from trafilatura.utils import is_dubious_html, repair_faulty_html

from newsdesk.errors import ExtractError

log = logging.getLogger(__name__)
_LOOKUP = etree.ElementDefaultClassLookup(
    element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
)
# trafilatura.utils.HTML_PARSER's options, with the C lookup.
_PARSER = HTMLParser(
    collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
    remove_pis=True,
)
_PARSER.set_element_class_lookup(_LOOKUP)


def parse_page(source_html: str, where: str) -> HtmlElement:
    """The page's lxml tree, parsed once for every later step (trafilatura included)."""
    try:
        tree = _load_html(source_html)
    except (etree.ParserError, ValueError, TypeError) as exc:
        raise ExtractError(f"unparseable HTML: {exc}", where) from exc
    if tree is None:
        raise ExtractError("unparseable HTML: no document tree", where)
    return tree


def _load_html(html: str) -> HtmlElement | None:
    """`trafilatura.utils.load_html` for a decoded string, on `_PARSER`."""
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
