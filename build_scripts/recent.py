"""What the previous build in this process made, reused when it would be made from equal inputs.

For `mkdocs serve`, which rebuilds in one long-running process: an edit to one source should
cost the pages that source appears on, not the whole site. Inputs are compared with ==, so a
reuse is never stale; the comparison is fast for what did not change, because a source unchanged
since the last build gives back the very same Statement object, and Python compares an object
with itself without looking inside.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

T = TypeVar("T")


class Recent:
    def __init__(self) -> None:
        self._last: dict[Hashable, tuple[object, object]] = {}
        self._now: dict[Hashable, tuple[object, object]] = {}

    def begin(self) -> None:
        """A new build: what the builds before made is offered for reuse (the newest under each key;
        kept even where the last build did not need it, as a later edit may)."""
        self._last.update(self._now)
        self._now = {}

    def known(self, key: Hashable, inputs: object) -> object | None:
        """What this build or the last made under this key from inputs equal to these; None if nothing."""
        for made in (self._now, self._last):
            old = made.get(key)
            if old is not None and old[0] == inputs:
                self._now[key] = old
                return old[1]
        return None

    def keep(self, key: Hashable, inputs: object, value: object) -> None:
        self._now[key] = (inputs, value)

    def made(self, key: Hashable, inputs: object, make: Callable[[], T]) -> T:
        """make(), or what this build or the last made under this key from inputs equal to these."""
        value = self.known(key, inputs)
        if value is None:
            value = make()
            self.keep(key, inputs, value)
        return value  # type: ignore[return-value]


def made(recent: Recent | None, key: Hashable, inputs: object, make: Callable[[], T]) -> T:
    """recent.made(...), or simply make() where nothing is kept between builds."""
    return make() if recent is None else recent.made(key, inputs, make)
