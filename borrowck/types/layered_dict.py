"""`LayeredDict`: a crate's view of a shared std table without copying it.

Each crate's ItemTable starts as std's; copying std's big side tables (item scopes and
node DefIds, ~14k entries) cost more than checking a small program, and the copies made
every garbage collection traverse them again. Own entries live in the dict itself, misses
fall through to the read-only base. Only lookups and writes are layered (`[]`, `get`,
`in`, `update`): iterating or sizing one sees the crate's own entries only.
"""
from __future__ import annotations

_ABSENT = object()


class LayeredDict(dict):
    """A dict of own entries over a base dict it never writes."""

    __slots__ = ("base",)

    def __init__(self, base: dict):
        super().__init__()
        self.base = base

    def __missing__(self, key):
        return self.base[key]

    def get(self, key, default=None):
        value = dict.get(self, key, _ABSENT)
        return self.base.get(key, default) if value is _ABSENT else value

    def __contains__(self, key) -> bool:
        return dict.__contains__(self, key) or key in self.base
