"""The standfirst (dek): the summary paragraph between the headline and the article.

News templates set the dek apart from the body — in the article's <header>, as a subtitle
<h2> or a `<p class="abstract">` above the lead image — and trafilatura, which looks for the
body's container, leaves it out. News references keep it. The page says which block it is:
its meta description (og:description, description, twitter:description) repeats the dek,
whole or cut short. A page block between the headline and the article's first prose block
whose text starts with the description goes back in there; nothing is added when the
description's text is already in the article (then it is the lead paragraph, not a dek).
"""

from __future__ import annotations

from lxml.html import HtmlElement

from newsdesk.extract.body import Block, first_word, paragraph_block
from newsdesk.extract.gaps import DomBlock, text_key
from newsdesk.extract.listtext import without_list_mark

_DESCRIPTION_KEYS = frozenset({"og:description", "description", "twitter:description"})
# A shorter description is a slogan or a category blurb, not a summary of this article.
MIN_DESCRIPTION_WORDS = 8
# Descriptions are often cut to ~150 characters: compare on a prefix of that size.
PREFIX_CHARS = 100
# A block much longer than the description is the lead paragraph the description quotes.
MAX_LENGTH_RATIO = 3.0
HEAD_BLOCKS = 3  # a kicker or section heading may precede the dek
MIN_PROSE_CHARS = 100  # shorter first blocks are kickers and headlines
HEAD_WINDOW = 5  # leaf blocks searched after the headline when the prose is not one
_DEK_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6"})
_FURNITURE = frozenset({"nav", "aside", "footer", "form", "figure", "figcaption", "button",
                        "noscript", "template", "dialog", "label", "a"})


def restore_dek(blocks: list[Block], dom: list[DomBlock], tree: HtmlElement) -> list[Block]:
    """`blocks` with the page's dek above the first prose block, when the blocks lack it."""
    if not blocks:
        return blocks
    prefixes = _description_prefixes(tree)
    if not prefixes:
        return blocks
    present = " ".join(b.key for b in blocks)
    prefixes = {p: n for p, n in prefixes.items() if p not in present}
    if not prefixes:
        return blocks
    at = _first_paragraph(blocks)
    window = _head_window(blocks, at, dom)
    if window is None:
        return blocks
    for item in dom[window[0] : window[1]]:
        if _is_dek(item, prefixes):
            return [*blocks[:at], paragraph_block(item.text), *blocks[at:]]
    return blocks


def _head_window(blocks: list[Block], at: int, dom: list[DomBlock]) -> tuple[int, int] | None:
    """The page's leaf blocks between the headline (and kicker) and the first prose block.

    Prose set as bare text in a <div> is no leaf block, so the next few blocks place the
    article's start; failing that, a few leaf blocks after the headline are searched.
    """
    heads = (_first_position(block, dom) for block in reversed(blocks[:at]))
    start = next((p + 1 for p in heads if p is not None), None)
    positions = (_first_position(block, dom) for block in blocks[at : at + HEAD_BLOCKS])
    end = next((p for p in positions if p is not None), None)
    if end is None:
        return None if start is None else (start, start + HEAD_WINDOW)
    return (start or 0, end)


def _first_paragraph(blocks: list[Block]) -> int:
    """The first block that is prose: a kicker or the headline above the dek stay above it."""
    head = blocks[:HEAD_BLOCKS]
    return next((i for i, b in enumerate(head) if len(b.text) >= MIN_PROSE_CHARS), 0)


def _description_prefixes(tree: HtmlElement) -> dict[str, int]:
    """Each description's first words (→ its full length): what a dek block starts with."""
    found: dict[str, int] = {}
    head = tree.find("head")
    metas = head.iterfind("meta") if head is not None else ()
    for tag in metas:
        name = (tag.get("property") or tag.get("name") or "").strip().lower()
        if name not in _DESCRIPTION_KEYS:
            continue
        key = text_key(tag.get("content") or "")
        if len(key.split()) >= MIN_DESCRIPTION_WORDS:
            # Drop the last word: a cut description may end mid-word.
            prefix = " ".join(key[:PREFIX_CHARS].split()[:-1])
            found[prefix] = max(found.get(prefix, 0), len(key))
    return found


def _first_position(block: Block, dom: list[DomBlock]) -> int | None:
    """Where the article's first block sits among the page's leaf blocks."""
    key = text_key(without_list_mark(block.text.split("\n")[0]))
    if not key:
        return None
    # A paragraph with line breaks is one leaf block in the page but several lines here.
    head = key[:PREFIX_CHARS]
    return next((i for i, item in enumerate(dom) if _may_start_with(item, head)
                 and item.key.startswith(head)), None)


def _may_start_with(item: DomBlock, head: str) -> bool:
    """Whether the item's first word allows its key to start with `head` (a test that needs
    no key of the page's many blocks above the article). A cut head may end inside its
    first word."""
    word, space, _ = head.partition(" ")
    first = first_word(item.text)
    return first == word if space else first.startswith(word)


def _is_dek(item: DomBlock, prefixes: dict[str, int]) -> bool:
    if item.element.tag not in _DEK_TAGS:
        return False
    length = next((n for p, n in prefixes.items() if item.key.startswith(p)), 0)
    if not length or len(item.key) > MAX_LENGTH_RATIO * length:
        return False
    return not any(parent.tag in _FURNITURE for parent in item.element.iterancestors())
