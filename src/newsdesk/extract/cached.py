"""A value computed on first read and kept on the instance, without a lock.

Python 3.11's `functools.cached_property` takes a lock on every first read (3.12 dropped it).
Blocks are built and read by one thread, and their derived values (word count, word keys) are
first read for hundreds of blocks per page, so that lock was a measurable share of the
clean-up's time. Two threads reading at once would at worst compute the same value twice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class cached(Generic[T]):
    """Like `functools.cached_property`: stored in the instance's __dict__ (frozen
    dataclasses included), so later reads never reach this descriptor."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached[T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> T | cached[T]:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value
