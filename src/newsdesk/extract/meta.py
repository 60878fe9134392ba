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


# Meta names sites use to flag machine-written articles (no standard exists yet).
AI_META_NAMES = ("ai-generated", "ai_generated", "article:ai_generated", "ai-content",
                 "generated-by-ai", "ai-disclosure", "ai_disclosure")
_TRUE_VALUES = ("true", "yes", "1", "ai-generated", "ai_generated")
# IPTC digital source types that schema.org's `digitalSourceType` borrows for AI output.
AI_SOURCE_TYPES = ("trainedalgorithmicmedia", "compositewithtrainedalgorithmicmedia")
_ARTICLE_TYPES = ("article", "newsarticle", "blogposting", "report", "reportagenewsarticle",
                  "analysisnewsarticle", "opinionnewsarticle", "webpage")


def declared_ai(tree: HtmlElement) -> tuple[bool, str | None]:
    """(declared AI-made, the declared sentence) from meta tags or schema.org JSON-LD.

    A meta value that is a sentence is the disclosure itself; a boolean only sets the flag.
    Only the article's own node counts in JSON-LD: an AI-made *image* on a page written
    by people does not make the article AI-generated.
    """
    for element in tree.iter("meta"):
        key = (element.get("name") or element.get("property") or "").strip().lower()
        value = " ".join((element.get("content") or "").split())
        if key in AI_META_NAMES and value:
            if value.lower() in _TRUE_VALUES:
                return True, None
            if len(value.split()) >= 3:
                return True, value
    for node in json_ld_objects(tree):
        if _is_article_node(node) and _ai_source(node.get("digitalSourceType")):
            return True, None
    return False, None


def _is_article_node(node: dict[str, Any]) -> bool:
    kinds = node.get("@type")
    names = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(n, str) and n.lower() in _ARTICLE_TYPES for n in names)


def _ai_source(value: Any) -> bool:
    values = value if isinstance(value, list) else [value]
    return any(isinstance(v, str) and v.rstrip("/").rsplit("/", 1)[-1].lower() in AI_SOURCE_TYPES
               for v in values)
