"""Decide how to read an imported file: by its extension, checked against its first bytes.

Extensions are what users see, but they lie (a `.xml` may be OPML, a `.html` saved
from a browser may be a feed), so for the ambiguous ones the content decides.
"""

from __future__ import annotations

import gzip
import re
import zlib
from pathlib import Path
from typing import Literal

from newsdesk.errors import InputError, UnsupportedInput
from newsdesk.sources.feeds import looks_like_feed, root_element_name

Kind = Literal["opml", "feed", "html", "jsonl", "warc", "text"]

HEAD_BYTES = 4096
_WARC = (".warc", ".warc.gz", ".arc", ".arc.gz")
_JSONL = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
_TEXT = (".txt", ".text")
_HTML = (".html", ".htm", ".xhtml")
_FEED = (".rss", ".atom", ".rdf", ".feed")
_XML_OR_JSON = (".xml", ".json")
_HTML_HEAD = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)[\s>]", re.S | re.I)


def read_head(path: Path) -> bytes:
    """The first bytes of `path`, decompressed when it is gzip (for sniffing only)."""
    with path.open("rb") as raw:
        head = raw.read(HEAD_BYTES)
    if not head.startswith(b"\x1f\x8b"):
        return head
    try:
        with gzip.open(path, "rb") as unzipped:
            return unzipped.read(HEAD_BYTES)
    except (OSError, EOFError, zlib.error):
        return head  # a broken gzip is reported by the reader that opens it in full


def sniff(head: bytes) -> Kind | None:
    """The kind the content itself announces, or None."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"WARC/"):
        return "warc"
    text = stripped.decode("utf-8", "replace")
    if (root_element_name(text) or "").lower() == "opml":
        return "opml"
    if looks_like_feed(head):
        return "feed"
    if _HTML_HEAD.match(stripped):
        return "html"
    return None


def detect_kind(path: Path, head: bytes) -> Kind:
    """How to read `path`; raises UnsupportedInput when neither name nor content tells."""
    name = path.name.lower()
    if name.endswith(_WARC):
        return "warc"
    if name.endswith(_JSONL):
        return "jsonl"
    if not head.strip():
        raise InputError("empty file", where=str(path))
    if name.endswith(".opml"):
        return "opml"
    if name.endswith(_TEXT):
        return "text"
    sniffed = sniff(head)
    if name.endswith(_HTML):
        return sniffed if sniffed in ("feed", "opml") else "html"
    if name.endswith(_FEED):
        return "opml" if sniffed == "opml" else "feed"  # parse_feed explains a non-feed
    if name.endswith(_XML_OR_JSON):
        if sniffed in ("feed", "opml"):
            return sniffed
        message = f"{path.suffix} file that is neither a feed nor OPML"
        raise UnsupportedInput(message, where=str(path))
    if sniffed is not None:
        return sniffed
    raise UnsupportedInput("unknown kind of file", where=str(path))
