"""Site templates: paragraphs that repeat across the stored texts of one host.

A single page cannot tell its template from its story, but a host's pages can: what most of
them share ("Our journalism is funded by readers", the footer's address) is the template.
`learn_boilerplate` finds those paragraphs and `remove_site_boilerplate` drops them from a
new page of the same host.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from newsdesk.extract.body import Block

MIN_PAGES_FOR_TEMPLATE = 3
TEMPLATE_SHARE = 0.5


def normalize_paragraph(text: str) -> str:
    """The key a paragraph is compared by across pages: case- and space-insensitive."""
    return " ".join(text.split()).casefold()


def learn_boilerplate(texts: list[str]) -> set[str]:
    """Paragraphs (normalized) that repeat across the stored texts of one host.

    A paragraph counts once per text; it is template when it appears in at least
    `MIN_PAGES_FOR_TEMPLATE` texts and in at least `TEMPLATE_SHARE` of them, so a quote
    two stories share is not mistaken for furniture.
    """
    if len(texts) < MIN_PAGES_FOR_TEMPLATE:
        return set()
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update({normalize_paragraph(p) for p in _paragraphs(text)})
    needed = max(MIN_PAGES_FOR_TEMPLATE, int(len(texts) * TEMPLATE_SHARE + 0.999))
    return {para for para, seen in counts.items() if seen >= needed and para}


def remove_site_boilerplate(blocks: list[Block], boilerplate: Iterable[str]) -> list[Block]:
    """Blocks whose normalized text is not one of the host's template paragraphs."""
    template = set(boilerplate)
    if not template:
        return blocks
    return [b for b in blocks if normalize_paragraph(b.text) not in template]


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]
