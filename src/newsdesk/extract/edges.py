"""Article edges: the byline, dateline and author-bio blocks that sit just outside the prose.

Extractors keep the lines a template puts right above the first paragraph ("By Jane Doe",
"Updated on 19-Dec-2025", "9 min read") and right below the last one (the author's bio,
"Get the best of … delivered to your inbox", a sponsored-content note). References of
article benchmarks and readers leave them out: the byline and the dates are metadata,
stored apart. Each rule here looks only at the first or last few blocks and only at short
blocks, so a sentence in the middle of the story that happens to start with "By" stays.
The wording (en, de, fr, es, pl, it, pt and nl) lives in `edgewords`.
"""

from __future__ import annotations

import re

from newsdesk.extract.body import Block
from newsdesk.extract.edgewords import (
    AUTHOR_LABEL,
    BIO,
    BYLINE,
    DATE,
    DATE_LABEL,
    DATED_ITEM,
    INITIALS,
    LABEL,
    NAME,
    NOTE,
    PHOTO_POSITION,
    PITCH,
    PROFILE,
    READ_TIME,
)

HEAD_BLOCKS = 4  # the byline and dates sit among the first few blocks
TAIL_BLOCKS = 4  # the author's bio and the last calls to action among the last few
MAX_META_WORDS = 14  # a byline or dateline is a short line, never a paragraph
MAX_NAME_WORDS = 4  # an author's name on its own line above the bio
MAX_BIO_WORDS = 90
MAX_NOTE_WORDS = 60
MAX_AUTHOR_WORDS = 6
MAX_CAPTION_WORDS = 50
MIN_CODE, MAX_CODE = 2, 6  # letters in a newsroom's signature code


def trim_edges(blocks: list[Block]) -> list[Block]:
    """`blocks` without the bylines and datelines on top and the bio and notes at the end."""
    blocks = [b for b in blocks if not is_widget_label(b) and not is_photo_caption(b)]
    head = [b for b in blocks[:HEAD_BLOCKS] if not is_meta_line(b) and not _is_closing_note(b)]
    rest = blocks[HEAD_BLOCKS:]
    trimmed = head + rest if len(head) < min(len(blocks), HEAD_BLOCKS) else blocks
    return _trim_tail(trimmed)


def is_widget_label(block: Block) -> bool:
    """"Share", "Advertisement", "Table of contents": a widget's label, wherever it stands."""
    return block.kind != "list" and bool(LABEL.match(block.text.strip()))


def is_photo_caption(block: Block) -> bool:
    """"Jane Doe (left) and John Roe at the opening": a caption, not the story's prose."""
    text = block.text
    return (block.kind == "p" and block.words <= MAX_CAPTION_WORDS
            and bool(PHOTO_POSITION.search(text)))


def is_meta_line(block: Block) -> bool:
    """A byline, dateline or reading time: a short line about the article, not of it."""
    if block.kind in ("table", "quote") or (block.is_heading and block.source_level == "h2"):
        return False
    text = block.text.strip()
    if block.kind == "list" or "\n" in text or block.words > MAX_META_WORDS:
        return False
    if READ_TIME.match(text) or BYLINE.match(text) or INITIALS.match(text):
        return True
    if block.words <= MAX_AUTHOR_WORDS and AUTHOR_LABEL.match(text):
        return True
    if not DATE.search(text):
        return False
    return bool(DATE_LABEL.search(text)) or _only_date(text)


def _only_date(text: str) -> bool:
    """The line is a date and little else ("19/12/2025", "Dec 19, 2025 · 10:30 AM")."""
    rest = DATE.sub(" ", text)
    rest = re.sub(r"\b\d{1,2}[:.h]\d{2}\b|\b(?:am|pm|uhr|cet|cest|utc|gmt|et|est|edt)\b", " ",
                  rest, flags=re.IGNORECASE)
    return len(re.findall(r"\w+", rest)) <= 1


def _trim_tail(blocks: list[Block]) -> list[Block]:
    """Drop bio, closing notes and dated post lists among the last blocks (never the first)."""
    start = max(1, len(blocks) - TAIL_BLOCKS)
    out = blocks[:start]
    tail = blocks[start:]
    for index, block in enumerate(tail):
        if _is_pitch(block):
            break
        if _is_bio(block):
            if out and _is_name_line(out[-1]):
                out.pop()
            continue
        if _is_closing_note(block) or _is_dated_list(block):
            continue
        if index >= len(tail) - 2 and is_meta_line(block):  # "Last updated: …" under the story
            continue
        if index == len(tail) - 1 and _is_signature(block):
            continue
        if _is_name_line(block) and index + 1 < len(tail) and _is_bio(tail[index + 1]):
            continue
        out.append(block)
    return out


def _is_signature(block: Block) -> bool:
    """"RIRM", "KAI", "DPA." under the story: a newsroom's or agency's code in capitals."""
    text = block.text.strip().rstrip(".")
    short_code = MIN_CODE <= len(text) <= MAX_CODE and text.isalpha()
    return block.kind == "p" and short_code and text.isupper()


def _is_pitch(block: Block) -> bool:
    """A sales or subscription pitch opens this block (after any rule of dashes)."""
    lines = [line for line in block.text.split("\n") if re.search(r"\w", line)]
    if not lines or block.kind not in ("p", "h2", "h3", "h4"):
        return False
    return block.words <= MAX_BIO_WORDS and bool(PITCH.search(lines[0]))


def _is_bio(block: Block) -> bool:
    text = block.text.strip()
    if block.kind != "p" or block.words > MAX_BIO_WORDS:
        return False
    return bool(BIO.search(text)) or bool(PROFILE.search(text))


def _is_name_line(block: Block) -> bool:
    text = block.text.strip()
    return block.words <= MAX_NAME_WORDS and bool(NAME.match(text))


def _is_closing_note(block: Block) -> bool:
    text = block.text.strip()
    return block.kind in ("p", "h2", "h3", "h4") and block.words <= MAX_NOTE_WORDS and bool(
        NOTE.search(text)
    )


def _is_dated_list(block: Block) -> bool:
    """"- Older post title - December 16, 2019" lines: the author's other posts."""
    if block.kind != "list":
        return False
    lines = [line for line in block.text.split("\n") if line.strip()]
    return len(lines) >= 2 and all(DATED_ITEM.search(line) for line in lines)
