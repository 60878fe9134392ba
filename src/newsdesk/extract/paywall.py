"""The paywall flag and the other extras an Article carries beside its text.

A page is paywalled when it says so in schema.org data (``isAccessibleForFree: false``, on
the article or on one of its ``hasPart`` sections, as Google asks publishers to mark it), in
its meta tags (``article:content_tier`` locked/metered), or when the extracted text ended
in a subscription prompt: then what newsdesk holds is a teaser, and the reader should know.
"""

from __future__ import annotations

from typing import Any

from lxml.html import HtmlElement

from newsdesk.extract.dates import json_ld_objects
from newsdesk.extract.images import inline_figures
from newsdesk.extract.mainbody import MainBody

_LOCKED_TIERS = ("locked", "metered", "premium", "subscriber", "subscription")


def page_extras(tree: HtmlElement, url: str | None, body: MainBody) -> dict[str, Any]:
    """`Article.extras` of a page: ``paywalled`` and the inline ``figures`` in text order."""
    figures = [image.to_json() for image in inline_figures(tree, url)]
    extras: dict[str, Any] = {"paywalled": is_paywalled(tree, body)}
    if figures:
        extras["figures"] = figures
    return extras


def is_paywalled(tree: HtmlElement, body: MainBody) -> bool:
    """True when the page declares restricted access or its text ended in a paywall prompt."""
    return body.paywall_prompt or _declared_not_free(tree) or _locked_tier(tree)


def _declared_not_free(tree: HtmlElement) -> bool:
    for node in json_ld_objects(tree):
        if _not_free(node.get("isAccessibleForFree")):
            return True
        parts = node.get("hasPart")
        for part in parts if isinstance(parts, list) else [parts]:
            if isinstance(part, dict) and _not_free(part.get("isAccessibleForFree")):
                return True
    for meta in tree.iter("meta"):
        itemprop = (meta.get("itemprop") or "").lower()
        if itemprop == "isaccessibleforfree" and _not_free(meta.get("content")):
            return True
    return False


def _not_free(value: Any) -> bool:
    if isinstance(value, bool):
        return value is False
    return isinstance(value, str) and value.strip().lower() in ("false", "no", "0")


def _locked_tier(tree: HtmlElement) -> bool:
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        if key == "article:content_tier":
            return (meta.get("content") or "").strip().lower() in _LOCKED_TIERS
    return False
