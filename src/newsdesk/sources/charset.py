"""Turning fetched bytes into text when servers lie about their charset.

Declared charsets are often wrong (latin-1 declared for UTF-8 pages, none at all), so the
order of trust is: a byte-order mark, valid non-ASCII UTF-8, the declared charset if it
decodes cleanly, charset_normalizer's guess, and UTF-8 with replacements as a last resort.
"""

from __future__ import annotations

import codecs

import charset_normalizer

# Browsers read these labels as windows-1252, and so do servers that send them.
_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                    "us-ascii": "cp1252", "ascii": "cp1252"}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def header_charset(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type value, lower-case, quotes removed."""
    for param in (content_type or "").split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip("'\"").lower() or None
    return None


def decode_text(body: bytes, declared: str | None) -> str:
    """Decode `body`: a BOM wins; then valid non-ASCII UTF-8 (servers often declare latin-1
    for UTF-8 pages, and UTF-8 by chance is very rare); then the declared charset if it
    decodes cleanly; then charset_normalizer's guess; finally UTF-8 with replacements."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body.decode(codec, errors="replace")
    if not body.isascii():
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            pass
    if declared:
        try:
            return body.decode(_CHARSET_ALIASES.get(declared, declared))
        except (LookupError, UnicodeDecodeError):
            pass
    best = charset_normalizer.from_bytes(body).best()
    if best is not None:
        return str(best)
    return body.decode("utf-8", errors="replace")
