"""A pass-through reader that notices a cut or corrupt gzip stream.

warcio stops quietly when a `.warc.gz` ends inside a gzip member (it just sees no
more records), so a truncated download would import as a shorter archive. Feeding
the same bytes through zlib on the side tells whether every member was complete.
"""

from __future__ import annotations

import zlib
from typing import BinaryIO

GZIP_MAGIC = b"\x1f\x8b"
_GZIP_WBITS = 31  # zlib: expect a gzip header and trailer
_MAX_OUTPUT = 1 << 20  # decompressed bytes held at once while checking


class GzipCheckingReader:
    """Wraps a binary file; `problem` says what was wrong once the stream has been read."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._decompressor = zlib.decompressobj(_GZIP_WBITS)
        self._inside_member = False
        self._error: str | None = None

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read(size)
        if data and self._error is None:
            self._check(data)
        return data

    def tell(self) -> int:
        return self._raw.tell()

    @property
    def problem(self) -> str | None:
        """None when every gzip member seen so far was complete and valid."""
        if self._error:
            return self._error
        if self._inside_member:
            return "gzip stream cut short (the last member is incomplete)"
        return None

    def _check(self, data: bytes) -> None:
        try:
            while data:
                self._inside_member = True
                self._decompressor.decompress(data, _MAX_OUTPUT)
                while self._decompressor.unconsumed_tail:
                    self._decompressor.decompress(self._decompressor.unconsumed_tail, _MAX_OUTPUT)
                if not self._decompressor.eof:
                    return
                self._inside_member = False
                data = self._decompressor.unused_data
                self._decompressor = zlib.decompressobj(_GZIP_WBITS)
        except zlib.error as exc:
            self._error = f"corrupt gzip data: {exc}"
