"""The content hash: one value per article text, for exact dedup and edit history.

Normalization (NFC, casefold, collapsed whitespace) keeps the hash stable across the
cosmetic differences between a page, its feed copy and an app copy of the same text.
"""

from __future__ import annotations

import hashlib
import unicodedata

from newsdesk.model import Article


def normalize_for_hash(value: str) -> str:
    return " ".join(unicodedata.normalize("NFC", value).casefold().split())


def hash_title_text(title: str | None, text: str) -> str:
    """sha256 hex digest of the normalized title and text (the store's identity of a text)."""
    payload = normalize_for_hash(title or "") + "\n" + normalize_for_hash(text)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def content_hash(article: Article) -> str:
    """sha256 hex digest of the article's normalized title and text."""
    return hash_title_text(article.title, article.text)
