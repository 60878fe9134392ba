"""The page's lxml tree, parsed once and shared by every later step (trafilatura included).

Parsing is `trafilatura.utils.load_html` itself, so our steps and trafilatura's see the
same tree. (A copy of its parse steps with lxml's C element-class lookup was measured at
about 5 % faster; one parser to keep in step with trafilatura's was judged worth more.)
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from newsdesk.errors import ExtractError


def parse_page(source_html: str, where: str) -> HtmlElement:
    """The page's lxml tree, or ExtractError naming `where` when it is not HTML."""
    try:
        tree = load_html(source_html)
    except (etree.ParserError, ValueError, TypeError) as exc:
        raise ExtractError(f"unparseable HTML: {exc}", where) from exc
    if tree is None:
        raise ExtractError("unparseable HTML: no document tree", where)
    return tree


# camelCase, kebab-case and snake_case all split into their words: "pillar_hero__row",
# "articleHeroContent" and "article-hero" each name a hero; "footerSubstackCta" a CTA box.
_CLASS_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def class_words(element: HtmlElement) -> set[str]:
    """The lower-cased words of an element's class and id: how templates name a region."""
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return {word.lower() for word in _CLASS_WORD.findall(names)}
