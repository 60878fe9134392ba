"""Duplicates: the same article reached twice, or a wire story copied by many sites.

Exact duplicates share a canonical URL, a normalised title from the same source, or the
hash of the normalised text. Near duplicates (a syndicated copy with another byline,
an updated version) are found with MinHash LSH (datasketch) over word shingles of the
normalised text. Duplicates are *grouped* under the first copy seen, never deleted;
the index forgets the oldest entries beyond `capacity`, so memory stays bounded.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import deque
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from datasketch import MinHash, MinHashLSH

__all__ = ["DuplicateFinder", "DuplicateMatch", "canonical_url", "normalize_text"]

_TRACKING = re.compile(r"^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$|ref$|ocid$|cmpid$)")
_SHINGLE = 5
_NUM_PERM = 64
_MIN_WORDS = 25  # shorter texts say too little to call a copy


@dataclass(frozen=True)
class DuplicateMatch:
    """`article` duplicates `original` (the first copy seen); `kind` says how we know."""

    article: str
    original: str
    kind: str  # url | title | hash | near


def canonical_url(url: str) -> str:
    """Lowercase scheme and host, no fragment, no tracking parameters, no trailing slash."""
    parts = urlsplit(url.strip())
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not _TRACKING.match(k.lower())))
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https" if parts.scheme in ("http", "https") else parts.scheme,
                       host, path, query, ""))


def normalize_text(text: str) -> str:
    """Casefolded, accents kept, punctuation and runs of space folded to one space."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.findall(r"[^\W_]+", text))


class DuplicateFinder:
    """Remembers recent articles and tells whether a new one duplicates one of them."""

    def __init__(self, *, threshold: float = 0.8, capacity: int = 100_000) -> None:
        self.lsh = MinHashLSH(threshold=threshold, num_perm=_NUM_PERM)
        self.exact: dict[str, str] = {}
        self.order: deque[tuple[str, list[str]]] = deque()
        self.seq: dict[str, int] = {}  # article -> arrival number, for "the first copy"
        self.original: dict[str, str] = {}  # a duplicate -> the first copy of its group
        self.in_lsh: set[str] = set()
        self.capacity = capacity
        self.count = 0

    def add(self, article_id: str, text: str, *, title: str | None = None,
            source: str | None = None, url: str | None = None) -> DuplicateMatch | None:
        """Record the article; the match when it duplicates an earlier one, else None."""
        norm = normalize_text(text)
        keys = [f"hash:{hashlib.sha1(norm.encode()).hexdigest()}"] if norm else []
        if url:
            keys.insert(0, f"url:{canonical_url(url)}")
        if title and source:
            keys.append(f"title:{source.lower()}:{normalize_text(title)}")
        match = next((DuplicateMatch(article_id, self.exact[key], key.split(":", 1)[0])
                      for key in keys if key in self.exact), None)
        if match is None:
            match = self._near(article_id, norm)
        for key in keys:
            self.exact.setdefault(key, article_id)
        self.count += 1
        self.seq[article_id] = self.count
        self.order.append((article_id, keys))
        if match is not None:
            first = self.original.get(match.original, match.original)
            self.original[article_id] = first
            match = DuplicateMatch(article_id, first, match.kind)
        while len(self.order) > self.capacity:
            self._forget()
        return match

    def _near(self, article_id: str, norm: str) -> DuplicateMatch | None:
        tokens = norm.split()
        if len(tokens) < _MIN_WORDS:
            return None
        mh = MinHash(num_perm=_NUM_PERM)
        mh.update_batch([" ".join(tokens[i:i + _SHINGLE]).encode()
                         for i in range(len(tokens) - _SHINGLE + 1)])
        found = sorted(self.lsh.query(mh), key=lambda k: self.seq.get(k, 0))
        if article_id not in self.in_lsh:
            self.lsh.insert(article_id, mh)
            self.in_lsh.add(article_id)
        return DuplicateMatch(article_id, found[0], "near") if found else None

    def _forget(self) -> None:
        article_id, keys = self.order.popleft()
        for key in keys:
            if self.exact.get(key) == article_id:
                del self.exact[key]
        self.original.pop(article_id, None)
        self.seq.pop(article_id, None)
        if article_id in self.in_lsh:
            self.in_lsh.discard(article_id)
            self.lsh.remove(article_id)
