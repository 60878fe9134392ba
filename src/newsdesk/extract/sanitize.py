"""Display HTML: an nh3 allowlist, so nothing from a page can run in the reader's browser.

Only structural and inline-emphasis tags survive; links and images keep http(s) URLs only,
made absolute against the page URL because the stored HTML is shown far from its origin.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import nh3

ALLOWED_TAGS = frozenset(
    {
        "p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "figure", "figcaption",
        "img", "a", "em", "strong", "b", "i", "br",
    }
)
ALLOWED_ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt"}}
LINK_REL = "noopener noreferrer nofollow"
_URL_ATTRIBUTES = frozenset({"href", "src"})
_EMPTY_IMG = re.compile(r"<img(?:\s+alt=\"[^\"]*\")?\s*/?>")
_EMPTY_LINK_OPEN = re.compile(r"<a rel=\"[^\"]*\">")


def absolute_http_url(value: str, base_url: str | None) -> str | None:
    """`value` resolved against `base_url`, or None unless the result is an http(s) URL."""
    value = value.strip()
    if not value:
        return None
    resolved = urljoin(base_url, value) if base_url else value
    parts = urlsplit(resolved)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return resolved


def sanitize_html(html: str, base_url: str | None = None) -> str:
    """Clean `html` to the display allowlist; relative URLs become absolute with `base_url`.

    A relative URL without a base cannot be shown correctly anywhere, so it is dropped.
    """

    def keep_url(tag: str, attr: str, value: str) -> str | None:
        if attr in _URL_ATTRIBUTES:
            return absolute_http_url(value, base_url)
        return value

    cleaned = nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
        url_schemes={"http", "https"},
        link_rel=LINK_REL,
        strip_comments=True,
        attribute_filter=keep_url,
    )
    cleaned = _EMPTY_IMG.sub("", cleaned)
    return _drop_hrefless_links(cleaned)


def _drop_hrefless_links(html: str) -> str:
    """Unwrap <a> tags whose URL was refused, keeping their text."""
    if "<a rel=" not in html:
        return html
    out: list[str] = []
    depth_stack: list[bool] = []
    for token in re.split(r"(<a\b[^>]*>|</a>)", html):
        if token.startswith("<a"):
            keep = not _EMPTY_LINK_OPEN.fullmatch(token)
            depth_stack.append(keep)
            if keep:
                out.append(token)
        elif token == "</a>":
            if depth_stack.pop() if depth_stack else True:
                out.append(token)
        else:
            out.append(token)
    return "".join(out)
