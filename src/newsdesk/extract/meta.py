"""Page metadata that trafilatura does not give in the shape newsdesk stores.

Canonical and original-publication links, og: values and JSON-LD authors are read from the
lxml tree of the page; trafilatura's metadata fills the gaps.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from newsdesk.extract.dates import json_ld_objects
from newsdesk.extract.sanitize import absolute_http_url

ORIGINAL_RELS = ("original-source", "syndication-source")


def meta_content(tree: HtmlElement, *names: str) -> str | None:
    """First non-empty content of <meta property|name=...> among `names` (in that order)."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if key and content and key not in found:
            found[key] = content
    for name in names:
        if name in found:
            return found[name]
    return None


def link_href(tree: HtmlElement, rel: str, base_url: str | None) -> str | None:
    for link in tree.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        if rel in rels and link.get("href"):
            return absolute_http_url(link.get("href") or "", base_url)
    return None


def canonical_url(tree: HtmlElement, base_url: str | None) -> str | None:
    """<link rel=canonical>, else og:url, made absolute."""
    found = link_href(tree, "canonical", base_url)
    og_url = meta_content(tree, "og:url")
    return found or (absolute_http_url(og_url, base_url) if og_url else None)


def original_url(tree: HtmlElement, base_url: str | None) -> str | None:
    """The original publication a syndicated page points to, if it declares one."""
    for rel in ORIGINAL_RELS:
        found = link_href(tree, rel, base_url)
        if found:
            return found
    declared = meta_content(tree, *ORIGINAL_RELS)
    return absolute_http_url(declared, base_url) if declared else None


def html_language(tree: HtmlElement) -> str | None:
    root = tree.getroottree().getroot()
    return root.get("lang") or root.get("xml:lang") or meta_content(
        tree, "og:locale", "content-language", "language"
    )


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None


def page_authors(tree: HtmlElement, trafilatura_author: str | None) -> list[str]:
    """Authors from trafilatura ('A; B'), else JSON-LD, else <meta name=author>."""
    if trafilatura_author:
        return _unique(a.strip() for a in trafilatura_author.split(";"))
    for node in json_ld_objects(tree):
        names = _json_ld_names(node.get("author"))
        if names:
            return names
    declared = meta_content(tree, "author", "article:author")
    return _unique([declared]) if declared and "://" not in declared else []


def _json_ld_names(value: Any) -> list[str]:
    if isinstance(value, str):
        return _unique([value])
    if isinstance(value, dict):
        name = value.get("name")
        return _unique([name]) if isinstance(name, str) else []
    if isinstance(value, list):
        return _unique(n for item in value for n in _json_ld_names(item))
    return []


def _unique(values: Any) -> list[str]:
    return list(dict.fromkeys(" ".join(v.split()) for v in values if v and v.strip()))
