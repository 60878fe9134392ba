"""Labelled teasers between paragraphs: "Lire aussi :" and the linked headline under it.

News templates in every language set a link to another story into the article as two blocks:
a label of its own ("Lire aussi", "Lee también", "Czytaj też", "LIRE AUSSI SUR EXAMPLE.FR >>")
and the other story's headline, a short paragraph that is (almost) all link. The line rules
drop the label, but the headline alone looks like a short paragraph of the story. A label
vouches for the linked lines right after it: they go with it, and prose after them stays.
"""

from __future__ import annotations

import re

from newsdesk.extract.body import Block
from newsdesk.extract.labels import is_list_label
from newsdesk.extract.phrases import ELSEWHERE_LINE, TAIL_LABEL

MAX_LABEL_WORDS = 8
MAX_HEADLINE_WORDS = 25  # a headline, maybe with its kicker; not a paragraph of prose
MIN_HEADLINE_LINK_SHARE = 0.5
_ARROWS = " >»→:"


def drop_labelled_teasers(blocks: list[Block]) -> list[Block]:
    """`blocks` without related-story labels and the linked headlines right after them.

    The label goes wherever it stands (a label line is never the story), but unlike a tail
    label it does not end the article: the prose after its headlines stays.
    """
    kept: list[Block] = []
    index = 0
    while index < len(blocks):
        if not is_teaser_label(blocks[index]):
            kept.append(blocks[index])
            index += 1
            continue
        index += 1
        while index < len(blocks) and _is_linked_headline(blocks[index]):
            index += 1
    return kept


def is_teaser_label(block: Block) -> bool:
    """A short related-content label, arrows and colon aside ("LIRE AUSSI SUR X.FR >>")."""
    if (block.kind != "p" and not block.is_heading) or block.words > MAX_LABEL_WORDS:
        return False
    text = block.text.strip().rstrip(_ARROWS).strip()
    return bool(TAIL_LABEL.match(text) or ELSEWHERE_LINE.match(text)) or is_list_label(text)


def _is_linked_headline(block: Block) -> bool:
    """A paragraph or list of headlines: every line short, most of the text in links."""
    if block.kind not in ("p", "list") or block.link_share < MIN_HEADLINE_LINK_SHARE:
        return False
    return all(len(line.split()) <= MAX_HEADLINE_WORDS for line in block.text.split("\n"))


MAX_INLINE_TEASER_WORDS = 15
MIN_INLINE_LINK_SHARE = 0.3
_ITALIC_LINE = re.compile(r"^<p>\s*<em>(?:(?!</?em>).)*<a\s(?:(?!</?em>).)*</em>\s*</p>$", re.S)
# Italic lines that cite rather than tease: "Source: …", "Quelle: …", "Via …", "Foto: …".
_CITATION = re.compile(
    r"^(?:sources?|quellen?|fuentes?|źródło|sources? ?:|via|foto|photo|bild|credit|cr[ée]dit)\b",
    re.IGNORECASE,
)


def is_inline_teaser(block: Block) -> bool:
    """Another story's headline set in italics between paragraphs, without a label.

    ("Former commander of US forces: Russia is dangerous", the second half linked.) A line of
    the story ends as a sentence does; a citation line starts with its label.
    """
    if block.kind != "p" or block.words > MAX_INLINE_TEASER_WORDS or "\n" in block.text:
        return False
    text = block.text.strip()
    if block.link_share < MIN_INLINE_LINK_SHARE or text[-1:] in ".!…\"”»)" or _CITATION.match(text):
        return False
    if "://" in text or "www." in text:
        return False  # a linked address is a reference, not a headline
    return bool(_ITALIC_LINE.match(block.html))
