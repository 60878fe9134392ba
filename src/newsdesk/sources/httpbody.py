"""Reading a response body within bounds: size (raw and decoded) and the wall-clock budget.

A body is read as a stream and gzip/deflate are decoded here in bounded steps, so neither
a huge body nor a gzip bomb is ever held in memory past the limit; `http.SafeClient` is
the only caller."""

from __future__ import annotations

import time
import zlib

import httpx

from newsdesk.errors import FetchError, FetchTimeout, TooLarge


class _Inflater:
    """zlib decoding in bounded steps: never produces more than `budget + 1` bytes at once."""

    def __init__(self, encoding: str) -> None:
        self._raw_deflate_retry = encoding == "deflate"
        wbits = zlib.MAX_WBITS | 16 if encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS
        self._obj = zlib.decompressobj(wbits)
        self._started = False

    def decode(self, data: bytes, budget: int) -> bytes:
        try:
            out = self._obj.decompress(data, budget + 1)
        except zlib.error:
            if not (self._raw_deflate_retry and not self._started):
                raise
            # Some servers send raw deflate without the zlib wrapper.
            self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
            out = self._obj.decompress(data, budget + 1)
        self._started = True
        return out

    def flush(self) -> bytes:
        return self._obj.flush()


def read_body(resp: httpx.Response, url: str, limit: int, deadline: float) -> bytes:
    """Read the body, raising TooLarge as soon as raw or decoded bytes pass `limit`."""
    declared = resp.headers.get("content-length", "").strip()
    if declared.isdigit() and int(declared) > limit:
        raise TooLarge(f"Content-Length {declared} exceeds {limit} bytes", where=url)
    encodings = [e.strip().lower() for e in resp.headers.get("content-encoding", "").split(",")]
    encodings = [e for e in encodings if e and e != "identity"]
    inflater = _Inflater(encodings[0]) if encodings in (["gzip"], ["x-gzip"], ["deflate"]) else None
    # Other encodings (br, zstd, chains) are left to httpx's decoders, counted per chunk.
    stream = resp.iter_raw() if inflater or not encodings else resp.iter_bytes()
    chunks: list[bytes] = []
    raw_size = size = 0
    try:
        for chunk in stream:
            time_left(deadline, url)
            raw_size += len(chunk)
            data = inflater.decode(chunk, limit - size) if inflater else chunk
            size += len(data)
            if raw_size > limit or size > limit:
                raise TooLarge(f"body exceeds {limit} bytes", where=url)
            chunks.append(data)
        tail = inflater.flush() if inflater else b""
    except zlib.error as exc:
        raise FetchError(f"cannot decode {encodings[0]} body: {exc}", where=url) from exc
    if size + len(tail) > limit:
        raise TooLarge(f"body exceeds {limit} bytes", where=url)
    return b"".join([*chunks, tail])


def time_left(deadline: float, url: str) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchTimeout("total time limit reached", where=url)
    return left
