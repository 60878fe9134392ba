"""Blanked table cells: read back from the page row whose kept cells match, only when short."""

from __future__ import annotations

import pytest
from lxml.etree import _Element
from lxml.etree import fromstring as xml_fromstring
from lxml.html import fromstring

from newsdesk.extract import extract_text
from newsdesk.extract.tablecells import refill_blank_cells

PROSE = (
    "<p>Advertising budgets are moving between platforms faster than ever, and the price of "
    "a single click now depends on the audience a network can reach and on how precise its "
    "targeting tools are. We compared the figures agencies reported this autumn.</p>"
    "<p>The differences are large: a click from a professional audience costs several times "
    "more than one from a video platform, but it is also more likely to turn into a lead "
    "worth following up, which is what most small firms care about.</p>"
)


def page(rows: str) -> str:
    return (
        "<html><head><title>What a click costs</title></head><body><article>"
        f"<h1>What a click costs</h1>{PROSE}<table>{rows}</table>{PROSE}"
        "</article></body></html>"
    )


# (table rows on the page, a line the text must have) — one case per share-button label
# that trafilatura's filter blanks when it is a cell's whole text.
CASES = [
    ("<tr><th>Network</th><th>Cost per click</th></tr>"
     "<tr><td>LinkedIn</td><td>$2.50 to $7.00</td></tr>"
     "<tr><td>Facebook</td><td>$0.50 to $3.00</td></tr>",
     ["LinkedIn | $2.50 to $7.00", "Facebook | $0.50 to $3.00"]),
    ("<tr><th>Format</th><th>Best for</th></tr>"
     "<tr><td>PDF</td><td>Documents that must look the same everywhere</td></tr>"
     "<tr><td>Print</td><td>Flyers handed out at the weekly market</td></tr>",
     ["PDF | Documents that must look the same everywhere",
      "Print | Flyers handed out at the weekly market"]),
]


@pytest.mark.parametrize(("rows", "lines"), CASES, ids=["social-networks", "formats"])
def test_a_cell_named_like_a_share_button_keeps_its_text(rows: str, lines: list[str]) -> None:
    text = extract_text(page(rows), "https://example.org/ads/click-costs")
    for line in lines:
        assert line in text.split("\n"), line


def body_with_row(*cells: str) -> _Element:
    inner = "".join(f"<cell>{cell}</cell>" for cell in cells)
    return xml_fromstring(f"<body><table><row>{inner}</row></table></body>")


def cell_texts(body: _Element) -> list[str]:
    return [cell.text or "" for cell in body.iter("cell")]


def test_a_blank_cell_takes_the_text_of_the_matching_page_row() -> None:
    body = body_with_row("", "$0.20 to $1.50")
    html = "<table><tr><td>Twitter</td><td>$0.20 to $1.50</td></tr></table>"
    refill_blank_cells(body, fromstring(html))
    assert cell_texts(body) == ["Twitter", "$0.20 to $1.50"]


def test_a_long_page_cell_is_not_restored() -> None:
    body = body_with_row("", "Sign up")
    long_cell = "Fill in the form below with your name and address to join the list"
    html = f"<table><tr><td>{long_cell}</td><td>Sign up</td></tr></table>"
    refill_blank_cells(body, fromstring(html))
    assert cell_texts(body) == ["", "Sign up"]


def test_rows_that_differ_in_a_kept_cell_do_not_match() -> None:
    body = body_with_row("", "$0.20 to $1.50", "High")
    html = "<table><tr><td>Instagram</td><td>$0.20 to $1.50</td><td>Low</td></tr></table>"
    refill_blank_cells(body, fromstring(html))
    assert cell_texts(body) == ["", "$0.20 to $1.50", "High"]


def test_two_page_rows_that_would_give_different_texts_leave_the_cell_blank() -> None:
    body = body_with_row("", "Free")
    html = ("<table><tr><td>Email</td><td>Free</td></tr>"
            "<tr><td>Print</td><td>Free</td></tr></table>")
    refill_blank_cells(body, fromstring(html))
    assert cell_texts(body) == ["", "Free"]


def test_rows_of_several_shapes_each_find_their_page_row() -> None:
    body = xml_fromstring(
        "<body><table><row><cell/><cell>$0.20</cell></row></table>"
        "<table><row><cell>Q3</cell><cell/><cell>12%</cell></row></table></body>"
    )
    html = ("<div><table><tr><td>Twitter</td><td>$0.20</td></tr></table>"
            "<table><tr><td>Q3</td><td>Email</td><td>12%</td></tr>"
            "<tr><td>Q4</td><td>Print</td><td>12%</td></tr></table></div>")
    refill_blank_cells(body, fromstring(html))
    assert cell_texts(body) == ["Twitter", "$0.20", "Q3", "Email", "12%"]
