"""Lists announced by a lead-in sentence: "They basically need:" followed by a bullet list.

A sentence that ends with a colon promises what comes next, and in an article that is most
often a short bullet list. trafilatura sometimes keeps the sentence and drops the list (short
items read to it like navigation), and gap filling cannot put the list back when the lead-in
is too short to align on. The page itself says where the list is: the `<ul>`/`<ol>` that is
the lead-in paragraph's next sibling. That list is put back right after the sentence when the
article's next block is not already a list and none of the list's items is in the article.

A lead-in that is a furniture label or names related content ("Related articles:", "If you
liked this post you might also like:") heads a link list, not content, and is left alone; so
is a list of many items or of long items (a site map, a teaser list).
"""

from __future__ import annotations

import html as html_lib

from lxml.html import HtmlElement

from newsdesk.extract.body import Block, first_word, text_key
from newsdesk.extract.boilerplate import is_tail_label
from newsdesk.extract.gaps import DomBlock
from newsdesk.extract.listtext import list_lines
from newsdesk.extract.phrases import RELATED_MENTION

MIN_LEAD_WORDS = 3  # "Ingredients:" is a label; "They basically need:" is a sentence
MAX_LEAD_WORDS = 60
MAX_ITEMS = 15
MAX_ITEM_WORDS = 60
_LIST_TAGS = frozenset({"ul", "ol"})


def restore_lead_in_lists(blocks: list[Block], dom: list[DomBlock]) -> list[Block]:
    """`blocks` with the list under each lead-in sentence put back where it was dropped."""
    leads = [index for index, block in enumerate(blocks) if _is_lead_in(block)
             and (index + 1 == len(blocks) or blocks[index + 1].kind != "list")]
    if not leads:
        return blocks
    present = {key for block in blocks for key in block.line_keys}
    out = list(blocks)
    for index in reversed(leads):  # from the end, so earlier indexes stay valid
        element = _last_paragraph_with(blocks[index].key, dom)
        restored = _list_after(element, present) if element is not None else None
        if restored is not None:
            out.insert(index + 1, restored)
    return out


def _last_paragraph_with(key: str, dom: list[DomBlock]) -> HtmlElement | None:
    """The page's last <p> whose words are `key` (its first word rules out most blocks
    without reading their whole text)."""
    word = key.partition(" ")[0]
    return next((item.element for item in reversed(dom) if item.element.tag == "p"
                 and first_word(item.text) == word and item.key == key), None)


def _is_lead_in(block: Block) -> bool:
    text = block.text.strip()
    if block.kind != "p" or not text.endswith(":") or "\n" in text:
        return False
    if not MIN_LEAD_WORDS <= block.words <= MAX_LEAD_WORDS:
        return False
    return not is_tail_label(text) and not RELATED_MENTION.search(text)


def _list_after(element: HtmlElement, present: set[str]) -> Block | None:
    """The list right after the lead-in's paragraph, as a block, if it is a short list of
    items the article does not have yet."""
    following = element.getnext()
    if following is None or following.tag not in _LIST_TAGS:
        return None
    items = [" ".join(li.text_content().split()) for li in following.iterchildren("li")]
    items = [item for item in items if item]
    if not items or len(items) > MAX_ITEMS:
        return None
    if any(len(item.split()) > MAX_ITEM_WORDS or text_key(item) in present for item in items):
        return None
    ordered = following.tag == "ol"
    tag = "ol" if ordered else "ul"
    markup = f"<{tag}>{''.join(f'<li>{html_lib.escape(i)}</li>' for i in items)}</{tag}>"
    return Block("list", list_lines(items, ordered), lambda: markup)
