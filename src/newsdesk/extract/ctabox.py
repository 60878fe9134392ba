"""Call-to-action boxes: a site's pitch for its own product, set inside or after the article.

Marketing blogs and product guides put boxes between and after the sections — "Ready to plan
your renovation? Use our free calculator", "Need a trusted partner? Contact us" — and the
web-design name of such a box is *CTA* (call to action): `class="cta"`, `cta-block`,
`footerSubstackCta`. trafilatura reads the box's heading and sentence as article text, and no
reference article body keeps them.

The boxes are not cut from the tree before extraction: removing a box changes trafilatura's
choice of the article's container (a sidebar box gone can make a smaller container win).
Instead their texts are read from the page (in `prune`'s walk over the page's boxes, so no
second walk), and the extracted blocks that stand inside one are dropped. Only short boxes
count: a box of more than `MAX_BOX_WORDS` words is a template wrapping real content in a
"cta" container, not a pitch.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml.html import HtmlElement

from newsdesk.extract.body import Block, text_key
from newsdesk.extract.htmltree import class_words

MAX_BOX_WORDS = 80
MIN_BLOCK_CHARS = 12  # shorter keys ("read more", "contact us") also occur in the prose
_BOX_TAGS = frozenset({"div", "section", "aside"})


def cta_box_keys(candidates: Iterable[HtmlElement]) -> list[str]:
    """`text_key`s of the call-to-action boxes among `candidates` (boxes whose class or id
    contains "cta", in document order): the outermost ones, `MAX_BOX_WORDS` at most."""
    keys: list[str] = []
    boxes: set[HtmlElement] = set()
    for element in candidates:
        if element.tag not in _BOX_TAGS:
            continue
        if "cta" not in class_words(element) or any(
                parent in boxes for parent in element.iterancestors()):
            continue
        boxes.add(element)
        key = text_key(element.text_content())
        if key and len(key.split()) <= MAX_BOX_WORDS:
            keys.append(key)
    return keys


def drop_cta_blocks(blocks: list[Block], box_keys: list[str]) -> list[Block]:
    """`blocks` without those whose text stands inside a call-to-action box."""
    if not box_keys:
        return blocks
    return [block for block in blocks if not _inside_box(block, box_keys)]


def _inside_box(block: Block, box_keys: list[str]) -> bool:
    key = block.key
    return len(key) >= MIN_BLOCK_CHARS and any(key in box for box in box_keys)
