"""Headings over an empty widget (`embeds.labels_nothing`): dropped; real sections kept."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from newsdesk.extract.embeds import labels_nothing

PARA = "<p>The council met on Tuesday and talked for a long time about the budget.</p>"


@pytest.mark.parametrize(
    ("body", "empty"),
    [(f'<h2 id="x">Live: minute by minute</h2><div><live-ticker></live-ticker></div><h2>Next</h2>'
      f"{PARA}", True),
     (f'<h2 id="x">Watch the goal</h2><p><iframe src="/v"></iframe></p><h2>Next</h2>{PARA}', True),
     (f'<h3 id="x">Im Liveticker</h3><div><script>load()</script></div><h3>Weiter</h3>{PARA}',
      True),
     (f'<h2 id="x">A section</h2>{PARA}<h2>Next</h2>', False),  # it has prose
     (f'<h2 id="x">A section</h2><div></div><h3>A subsection</h3>{PARA}', False),  # lower rank
     (f'<h2 id="x">Title</h2><h2>Subtitle</h2>{PARA}', False),  # nothing between: a subtitle
     ('<div><h2 id="x">Heading at the end of its box</h2><div></div></div>' + PARA, False)],
)
def test_heading_over_an_empty_widget(body: str, empty: bool) -> None:
    tree = lxml_html.fromstring(f"<html><body><article>{body}</article></body></html>")
    assert labels_nothing(tree.get_element_by_id("x")) is empty
