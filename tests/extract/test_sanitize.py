"""sanitize_html: the display allowlist keeps structure and removes anything executable."""

from __future__ import annotations

import pytest

from newsdesk.extract import sanitize_html

PAYLOADS = [
    '<p>hi<script>alert(1)</script></p>',
    '<img src="x" onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<iframe src="https://evil.example"></iframe>',
    '<p style="background:url(javascript:alert(1))" onclick="alert(1)">x</p>',
    '<svg onload="alert(1)"><circle/></svg>',
    '<style>p{color:red}</style><p>x</p>',
    '<img src="data:image/svg+xml;base64,PHN2Zz4=">',
    '<form action="https://evil.example"><input name="q"></form>',
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_are_neutralised(payload: str) -> None:
    cleaned = sanitize_html(payload, base_url="https://site.example/a/")
    lowered = cleaned.lower()
    for forbidden in ("<script", "onerror", "onclick", "onload", "javascript:", "<iframe",
                      "<style", "style=", "<svg", "<form", "<input", "data:", "alert("):
        assert forbidden not in lowered


def test_allowed_structure_is_kept_and_urls_made_absolute() -> None:
    html = (
        '<h2>Title</h2><p>Text <em>e</em> <strong>s</strong> <a href="../b">link</a></p>'
        '<ul><li>one</li></ul><blockquote>q</blockquote>'
        '<figure><img src="/i.jpg" alt="alt"><figcaption>cap</figcaption></figure>'
    )
    cleaned = sanitize_html(html, base_url="https://site.example/a/page")
    assert '<a href="https://site.example/b" rel="noopener noreferrer nofollow">link</a>' in cleaned
    assert '<img src="https://site.example/i.jpg" alt="alt">' in cleaned
    for tag in ("<h2>", "<em>", "<strong>", "<ul>", "<li>", "<blockquote>", "<figcaption>"):
        assert tag in cleaned


def test_relative_urls_without_base_are_dropped_but_text_kept() -> None:
    cleaned = sanitize_html('<p><a href="/x">kept text</a><img src="/i.jpg"></p>')
    assert cleaned == "<p>kept text</p>"
