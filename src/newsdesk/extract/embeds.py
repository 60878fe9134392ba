"""Headings over an embed: the label of a widget that has no text in the page's HTML.

Live tickers, score boards, video players and social posts are set into the article under a
heading of their own ("Minute by minute", "Watch the goal", "En vivo: minuto a minuto"); the
widget itself is an empty element (an iframe, a `<video>`, a custom element such as
`<live-ticker>`, a lazy-load placeholder) filled in by scripts. Without the widget the heading
labels nothing: when everything between it and the next heading of its rank is without text,
it is no section of the story.
"""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement

_VISIBLE_TEXT = etree.XPath(
    ".//text()[not(ancestor::script or ancestor::style or ancestor::noscript "
    "or ancestor::template)]"
)
_RANKS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


def labels_nothing(heading: HtmlElement) -> bool:
    """Whether the page's heading is followed, up to the next heading of its rank or higher,
    only by elements without text (at least one: two headings in a row are a title and its
    subtitle, not an emptied section)."""
    rank = _RANKS.get(heading.tag)
    if rank is None:
        return False
    between = 0
    for sibling in heading.itersiblings():
        if not isinstance(sibling.tag, str):
            continue  # comments and processing instructions
        if not _has_text(sibling):
            between += 1  # an empty widget, placeholder or spacer (an empty heading too)
            continue
        sibling_rank = _RANKS.get(sibling.tag)
        return sibling_rank is not None and sibling_rank <= rank and between > 0
    return False  # the container ends: the section may go on in the next one


def _has_text(el: HtmlElement) -> bool:
    """Whether the element shows any text (a widget's loader script shows none)."""
    return any(text.strip() for text in _VISIBLE_TEXT(el))
