"""How a list reads as text: "- item" lines, "1. item" lines for an ordered list.

Both trafilatura's lists (`body`) and lists put back from the page (`gaps`) are written the
same way, and every comparison of texts (alignment, the dek) reads them without the marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# An item that numbers itself ("1. ", "2) ", "Step 3:") keeps its own number, not a second one.
_OWN_NUMBER = re.compile(r"^(?:\d{1,3}[.)]\s|step \d)", re.IGNORECASE)
_LIST_MARK = re.compile(r"^(?:- |\d{1,3}\. )")


def without_list_mark(line: str) -> str:
    """A list line without the "- " or "1. " that `list_lines` put before it."""
    return _LIST_MARK.sub("", line, count=1)


def list_lines(items: Iterable[str], ordered: bool) -> str:
    """List items as text lines: "- item", or "1. item" for an ordered list.

    An ordered list's numbers are part of what the reader sees ("step 3", "the 2nd reason"),
    and references of main-text benchmarks keep them; an item that writes its own number
    is left as it is.
    """
    lines = []
    for number, item in enumerate(items, start=1):
        mark = "" if ordered and _OWN_NUMBER.match(item) else f"{number}. " if ordered else "- "
        lines.append(mark + item)
    return "\n".join(lines)
