"""Find a site's feeds: advertised `<link rel="alternate">` tags, then common paths.

Only parsing lives here; the orchestrator fetches the page and the candidates (and
checks each with `feeds.looks_like_feed`), so this module needs no network.
"""

from __future__ import annotations

from urllib.parse import urldefrag, urljoin, urlsplit, urlunsplit

import lxml.html
from lxml import etree

FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/feed+json",
        "application/json",
        "application/xml",
        "text/xml",
        "application/x.atom+xml",
        "application/x-atom+xml",
    }
)
# Generic XML/JSON types are feeds only when the rel says "alternate" *and* the link is
# not obviously something else (oEmbed, sitemaps); see `_is_feed_link`.
_GENERIC_TYPES = frozenset({"application/json", "application/xml", "text/xml"})

COMMON_FEED_PATHS: tuple[str, ...] = (
    "/feed",
    "/rss",
    "/rss.xml",
    "/atom.xml",
    "/feed.xml",
    "/index.xml",
    "/feed.json",
    "/feeds/posts/default",
    "/index.rss",
    "/rss/index.xml",
    "/feed/atom",
    "/?feed=rss2",
)


def discover_feed_links(html: bytes | str, base_url: str) -> list[str]:
    """Absolute URLs of the feeds a page advertises, in document order, without repeats.

    `<base href>` is honoured; links in `<body>` count too, as some sites put them there.
    """
    if not html.strip():
        return []
    try:
        document = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return []  # an empty or unparseable page advertises nothing
    base = _document_base(document, base_url)
    found: list[str] = []
    for link in document.iter("link"):
        href = (link.get("href") or "").strip()
        if not href or not _is_feed_link(link):
            continue
        absolute = urldefrag(urljoin(base, href))[0]
        if urlsplit(absolute).scheme in ("http", "https") and absolute not in found:
            found.append(absolute)
    return found


def candidate_urls(base_url: str) -> list[str]:
    """The common feed locations on the root of `base_url`'s site, in likelihood order."""
    parts = urlsplit(base_url)
    root = urlunsplit((parts.scheme, parts.netloc, "/", "", ""))
    return [urljoin(root, path) for path in COMMON_FEED_PATHS]


def _is_feed_link(link: lxml.html.HtmlElement) -> bool:
    rels = (link.get("rel") or "").lower().split()
    kind = (link.get("type") or "").split(";")[0].strip().lower()
    if "alternate" not in rels or kind not in FEED_TYPES:
        return False
    if kind in _GENERIC_TYPES:
        href = (link.get("href") or "").lower()
        return "oembed" not in href and "sitemap" not in href and "wp-json" not in href
    return True


def _document_base(document: lxml.html.HtmlElement, base_url: str) -> str:
    for base in document.iter("base"):
        href = (base.get("href") or "").strip()
        if href:
            return urljoin(base_url, href)
    return base_url
