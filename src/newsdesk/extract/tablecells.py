"""Table cells trafilatura blanked: read back from the page's own table row.

trafilatura's text filter drops any text element whose whole text is a share-button label
("Facebook", "LinkedIn", "Twitter", "Instagram", "Google", "Email", "Print", "PDF" …). In
running text that removes share bars; in a table it blanks the cell, so a comparison of
social networks or of file formats loses its first column ("$2.50 – $7.00" with no
"LinkedIn" before it). trafilatura keeps blank cells in place (column positions stay
aligned), so an extracted row can be matched with the page's row cell by cell: when every
cell it kept has the page cell's words at the same position, its blank cells take the page
cell's text. Only short page texts are restored — a label, a name, a figure — never a cell
whose content trafilatura left out as a block (a nested list, a form).
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml.etree import _Element
from lxml.html import HtmlElement

from newsdesk.extract.body import text_key

MAX_RESTORED_WORDS = 4  # a share-button label is one or two words
_PAGE_CELLS = frozenset({"td", "th"})
_SPANS = ("colspan", "rowspan")

PageRow = list[str]  # the whitespace-collapsed text of each cell of a page's <tr>


def refill_blank_cells(body: _Element, page: HtmlElement) -> None:
    """Fill, in place, the blank cells of `body`'s tables from the page's matching rows."""
    rows = [_cells(row) for row in body.iter("row") if _has_blank_and_kept(row)]
    if not rows:
        return
    keyed = [(cells, [text_key(_cell_text(cell)) for cell in cells]) for cells in rows]
    index = _page_row_index(page, {(len(keys), _first_kept(keys)) for _, keys in keyed})
    for cells, keys in keyed:
        page_row = _matching_page_row(keys, index)
        if page_row is not None:
            _restore(cells, page_row)


def _cells(row: _Element) -> list[_Element]:
    return [cell for cell in row if cell.tag == "cell"]


def _cell_text(cell: _Element) -> str:
    return " ".join("".join(cell.itertext()).split())


def _has_blank_and_kept(row: _Element) -> bool:
    texts = [_cell_text(cell) for cell in _cells(row)]
    return len(texts) > 1 and any(texts) and not all(texts)


def _page_rows(page: HtmlElement) -> Iterator[PageRow]:
    """Rows of the page's tables without spanning cells (their positions are unambiguous)."""
    for tr in page.iter("tr"):
        cells = [cell for cell in tr if cell.tag in _PAGE_CELLS]
        if len(cells) > 1 and not any(cell.get(span) for cell in cells for span in _SPANS):
            yield [" ".join(cell.text_content().split()) for cell in cells]


def _page_row_index(
    page: HtmlElement, wanted: set[tuple[int, int | None]]
) -> dict[tuple[int, int, str], list[PageRow]]:
    """Page rows by (cell count, position, key) of their cells: one lookup per row. Only the
    (cell count, position) pairs `wanted` are keyed — the first kept cell of each extracted
    row is all a lookup asks for, and most cells of a large table are never looked up."""
    index: dict[tuple[int, int, str], list[PageRow]] = {}
    for page_row in _page_rows(page):
        for position, text in enumerate(page_row):
            if (len(page_row), position) in wanted and (key := text_key(text)):
                index.setdefault((len(page_row), position, key), []).append(page_row)
    return index


def _first_kept(keys: list[str]) -> int | None:
    """The position of the first cell trafilatura kept words in (None: all are blank)."""
    return next((position for position, key in enumerate(keys) if key), None)


def _matching_page_row(
    keys: list[str], index: dict[tuple[int, int, str], list[PageRow]]
) -> PageRow | None:
    """The one page row whose cells have the words of every kept cell (`keys`, one per cell
    of the extracted row) at its position."""
    first = _first_kept(keys)
    if first is None:
        return None
    candidates = index.get((len(keys), first, keys[first]), [])
    matches = [
        page_row for page_row in candidates
        if all(not key or text_key(text) == key for key, text in zip(keys, page_row, strict=True))
    ]
    # Several identical rows restore the same text; differing ones leave the row as it is.
    return matches[0] if matches and all(m == matches[0] for m in matches) else None


def _restore(cells: list[_Element], page_row: PageRow) -> None:
    for cell, text in zip(cells, page_row, strict=True):
        if not _cell_text(cell) and text and len(text.split()) <= MAX_RESTORED_WORDS:
            for child in list(cell):
                cell.remove(child)
            cell.text = text
