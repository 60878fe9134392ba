"""trafilatura's XML body → text blocks and display HTML.

trafilatura keeps the structure we need (``head`` with its ``rend`` level, ``p``, ``list``,
``quote``, ``table``) in the XML tree of `bare_extraction`; converting that tree ourselves
gives one source for both the stored text and the display HTML, so the two never disagree.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from lxml.etree import _Element

from newsdesk.extract.cached import cached
from newsdesk.extract.listtext import list_lines, without_list_mark

HEADING_LEVELS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4"}
SECTION_LEVELS = ("h2", "h3")
# Soft hyphens and zero-width spaces are invisible on the page but split words for search.
_INVISIBLE = ("\u00ad", "\u200b", "\u2060", "\ufeff")
MAX_CRUMB_WORDS = 5  # "News » World »" before a title
TITLE_SEARCH_BLOCKS = 3  # the title's copies sit above the article's first paragraph
_SUFFIX_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")
_INLINE_TAGS = {"#b": "strong", "#i": "em", "#u": "em", "#t": "em"}
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Block:
    """One paragraph-level unit: `kind` is p, h2/h3/h4, list, quote or table."""

    kind: str
    text: str
    render: Callable[[], str] = field(compare=False, repr=False)  # display HTML, on demand
    source_level: str | None = None  # the page's heading level (h1..h6) for headings
    # Share of the text inside links: a block that is mostly link text is a teaser or a
    # navigation entry, not the article's prose.
    link_share: float = 0.0

    @property
    def html(self) -> str:
        """Display HTML; built only when asked, since `extract_text` never needs it."""
        return self.render()

    @property
    def is_heading(self) -> bool:
        return self.kind in ("h2", "h3", "h4")

    @cached
    def words(self) -> int:
        """How many words the text has: the length test of most furniture rules."""
        return len(self.text.split())

    # The keys are asked for by several clean-up steps (gap filling, the dek, pull quotes);
    # a block's text never changes (`replace` makes a new block), so each is computed once.
    @cached
    def key(self) -> str:
        """`text_key` of the whole text: its lines' keys joined (no word spans a line break)."""
        return " ".join(self.line_keys)

    @cached
    def line_keys(self) -> list[str]:
        """`text_key` of each line that has words, without a list's "- " or "1. " mark."""
        lines = self.text.split("\n")
        if self.kind == "list":
            lines = [without_list_mark(line) for line in lines]
        return [key for line in lines if (key := text_key(line))]


def text_key(text: str) -> str:
    """Words only, case-folded: how page blocks and article blocks are compared."""
    return " ".join(_WORD.findall(text)).casefold()


def first_word(text: str) -> str:
    """The first word of `text_key(text)` without reading the rest: rules most blocks out."""
    word = _WORD.search(text)
    return word.group().casefold() if word else ""


def body_blocks(body: _Element) -> list[Block]:
    """Blocks of a trafilatura body, empty ones dropped."""
    blocks = [block for child in body for block in _blocks_of(child)]
    return [b for b in blocks if b.text]


def drop_title_heading(blocks: list[Block], titles: str | Iterable[str] | None) -> list[Block]:
    """Remove a leading h1 (or any leading heading equal to a title): it is the title."""
    if not blocks or not blocks[0].is_heading:
        return blocks
    first = blocks[0]
    names = [titles] if isinstance(titles, str) else list(titles or [])
    same = _squash(first.text) in {_squash(name) for name in names}
    return blocks[1:] if same or first.source_level == "h1" else blocks


def drop_title_lines(blocks: list[Block], titles: Iterable[str]) -> list[Block]:
    """Remove copies of the page title among the first blocks (kicker, title, site suffix).

    Templates often repeat the <title> ("Headline | Section | Site") or the og:title as a
    plain line above the article; the title is stored apart, so the copy is noise.
    """
    names = {_squash(name) for name in titles if name.strip()}
    if not names:
        return blocks
    head = blocks[:TITLE_SEARCH_BLOCKS]
    kept = [b for b in head if not _is_title_copy(b, names)]
    return kept + blocks[TITLE_SEARCH_BLOCKS:] if len(kept) < len(head) else blocks


def _is_title_copy(block: Block, names: set[str]) -> bool:
    if "\n" in block.text or block.kind in ("list", "table"):
        return False
    text = _squash(block.text)
    if text in names:
        return True
    if any(text.startswith(name + sep) for name in names for sep in _SUFFIX_SEPARATORS):
        return True
    return any(_crumb_then(text, name) for name in names)


def _crumb_then(text: str, name: str) -> bool:
    """"Section » Title": the last breadcrumb item is the page's title."""
    if not text.endswith(name):
        return False
    prefix = text[: -len(name)].rstrip()
    return bool(prefix) and prefix[-1] in "»›>|/" and len(prefix.split()) <= MAX_CRUMB_WORDS


def blocks_text(blocks: list[Block]) -> str:
    return "\n\n".join(b.text for b in blocks)


def blocks_html(blocks: list[Block]) -> str:
    return "\n".join(b.html for b in blocks)


def section_titles(blocks: list[Block]) -> list[str]:
    return [b.text for b in blocks if b.is_heading and b.source_level in SECTION_LEVELS]


def paragraph_block(text: str) -> Block:
    markup = f"<p>{html_lib.escape(text)}</p>"
    return Block("p", text, lambda: markup)


def _blocks_of(el: _Element) -> list[Block]:
    tag = el.tag
    if tag in ("list", "table", "graphic"):
        return [_list_block(el)] if tag == "list" else [_table_block(el)] if tag == "table" else []
    raw = _raw_text(el)  # read once: both the text and the link share come from it
    text, share = _clean(raw), _share_of(el, raw)
    if tag == "head":
        level = (el.get("rend") or "h2").lower()
        kind = HEADING_LEVELS.get(level, "h2")
        return [Block(kind, text, lambda: f"<{kind}>{_inline(el)}</{kind}>", level, share)]
    if tag == "quote":
        return [Block("quote", text, lambda: f"<blockquote>{_inline(el)}</blockquote>",
                      link_share=share)]
    return [Block("p", text, lambda: f"<p>{_inline(el)}</p>", link_share=share)]


def link_share(el: _Element) -> float:
    """Share of `el`'s non-space characters that sit inside <ref> (link) elements."""
    return _share_of(el, _raw_text(el))


def _share_of(el: _Element, raw: str) -> float:
    if next(el.iter("ref"), None) is None:
        return 0.0  # no link inside: no need to count the characters
    total = len("".join(raw.split()))
    if not total:
        return 0.0
    linked = sum(len("".join(_raw_text(ref).split())) for ref in el.iter("ref"))
    return min(1.0, linked / total)


def _list_block(el: _Element) -> Block:
    texts = [(item, text) for item in el if item.tag == "item" and (text := _text(item))]
    tag = "ol" if (el.get("rend") or "") == "ol" else "ul"
    joined = list_lines((text for _, text in texts), ordered=tag == "ol")

    def render() -> str:
        inner = "".join(f"<li>{_inline(item)}</li>" for item, _ in texts)
        return f"<{tag}>{inner}</{tag}>"

    return Block("list", joined, render, link_share=link_share(el))


def _table_block(el: _Element) -> Block:
    rows = []
    for row in el.iter("row"):
        cells = [_text(cell) for cell in row if cell.tag == "cell"]
        if any(cells):
            rows.append(" | ".join(c for c in cells if c))
    html = "".join(f"<p>{html_lib.escape(r)}</p>" for r in rows)
    return Block("table", "\n".join(rows), lambda: html)


def _text(el: _Element) -> str:
    """Plain text of `el`; <lb/> becomes a line break, other whitespace is collapsed."""
    return _clean(_raw_text(el))


def _clean(raw: str) -> str:
    for char in _INVISIBLE:  # str.replace returns the string itself when the char is absent
        raw = raw.replace(char, "")
    if "\n" not in raw:
        return " ".join(raw.split())
    return "\n".join(" ".join(line.split()) for line in raw.split("\n") if line.strip())


def _raw_text(el: _Element) -> str:
    parts = ["\n" if el.tag == "lb" else el.text or ""]
    for child in el:
        parts.append(_raw_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _inline(el: _Element) -> str:
    """Escaped inner HTML of `el` with emphasis, links and line breaks kept."""
    out = [html_lib.escape(el.text or "")]
    for child in el:
        out.append(_inline_child(child))
        out.append(html_lib.escape(child.tail or ""))
    return "".join(out).strip()


def _inline_child(child: _Element) -> str:
    if child.tag == "lb":
        return "<br>"
    inner = _inline(child)
    if child.tag == "hi":
        tag = _INLINE_TAGS.get(child.get("rend") or "", "em")
        return f"<{tag}>{inner}</{tag}>"
    if child.tag == "ref" and child.get("target"):
        return f'<a href="{html_lib.escape(child.get("target") or "")}">{inner}</a>'
    if child.tag == "item":
        return f"<li>{inner}</li>"
    return inner


def _squash(value: str) -> str:
    return " ".join(value.split()).casefold()
