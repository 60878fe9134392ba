"""Reading whole files with a size limit, and finding the files under the given paths."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from newsdesk.errors import InputError

Report = Callable[[InputError], None]


def check_size(path: Path, location: str, max_bytes: int) -> None:
    """Refuse a file over `max_bytes` before anything of it is read."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", where=location) from exc
    if size > max_bytes:
        raise InputError(
            f"file is {size} bytes, over the {max_bytes}-byte import limit", where=location
        )


def read_limited(path: Path, location: str, max_bytes: int) -> bytes:
    """The bytes of `path`, refusing files over `max_bytes`."""
    check_size(path, location, max_bytes)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", where=location) from exc


def expand_paths(paths: Iterable[str | Path], report: Report) -> Iterator[Path]:
    """Files named by `paths`; directories recurse in sorted order, hidden names skipped.

    Symlinked directories are not followed, so a link loop cannot trap the walk.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, report)
        else:
            yield from _regular_file(path, report)


def _walk(directory: Path, report: Report) -> Iterator[Path]:
    for child in sorted(directory.iterdir(), key=lambda p: p.name):
        if child.name.startswith("."):
            continue
        if child.is_dir():
            if not child.is_symlink():
                yield from _walk(child, report)
        else:
            yield from _regular_file(child, report)


def _regular_file(path: Path, report: Report) -> Iterator[Path]:
    """`path` when it is a readable regular file (a FIFO would block the import)."""
    if path.is_file():
        yield path
    elif path.exists():
        report(InputError("not a regular file", where=str(path)))
    else:
        report(InputError("no such file", where=str(path)))
