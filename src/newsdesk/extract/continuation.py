"""Article bodies split across sibling containers: the parts after the one trafilatura took.

News templates often cut the body into several sibling boxes of the same kind
(`<div class="article-body">` … ad slot, related teaser, paywall prompt … `<div
class="article-body">` again) so that ads and prompts can sit between them. trafilatura's main
pass takes the first box that matches its body patterns and stops there, so everything after
the first break is lost. A later sibling with the same tag and the same class as a container of
the last kept paragraph, holding prose of its own, is another part of the same body.
"""

from __future__ import annotations

from lxml.html import HtmlElement

MAX_LEVELS = 3  # the part is the paragraph's parent, or a wrapper or two above it
PROSE_CHARS = 100  # a part carries at least one paragraph of this length: not a teaser box
_STOP = frozenset({"article", "main", "body", "html"})


def later_parts(leaf: HtmlElement) -> list[HtmlElement]:
    """Later siblings of the same kind as one of the few containers around `leaf`.

    The nearest container level that has such siblings wins; siblings without a prose
    paragraph (ad slots and teaser cards that share a class with nothing else) are skipped.
    """
    container = leaf.getparent()
    for _ in range(MAX_LEVELS):
        if container is None or container.tag in _STOP:
            return []
        name = container.get("class")
        if name:
            parts = [
                sibling for sibling in container.itersiblings(container.tag)
                if sibling.get("class") == name and _has_prose(sibling)
            ]
            if parts:
                return parts
        container = container.getparent()
    return []


def inside_any(el: HtmlElement, parts: list[HtmlElement]) -> bool:
    """Whether `el` lies within one of `parts`."""
    return any(ancestor in parts for ancestor in el.iterancestors())


def _has_prose(el: HtmlElement) -> bool:
    return any(
        len(" ".join(p.text_content().split())) >= PROSE_CHARS for p in el.iter("p")
    )
