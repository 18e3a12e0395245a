"""A set of CFG points as sorted runs (rustc's IntervalSet), for region values and liveness.

`bounds = (lo0, hi0, lo1, hi1, ...)`: disjoint, non-touching half-open runs in increasing
order, so a point p is in the set when `bisect_right(bounds, p)` is odd. Every operation
costs in the number of runs, not of points: a region live over a whole long function is
one run. Points are numbered in reverse postorder (location_table.py), so the live range
of a variable is usually one run.
"""
from __future__ import annotations

import re
from bisect import bisect_right

_ONES = re.compile("1+")


class PointSet:
    __slots__ = ("bounds",)

    def __init__(self, bounds: tuple = ()):
        self.bounds = bounds  # see the module doc; never mutated

    @staticmethod
    def run(lo: int, hi: int) -> "PointSet":
        """The points lo..hi-1."""
        return PointSet((lo, hi)) if lo < hi else PointSet()

    @staticmethod
    def from_runs(runs) -> "PointSet":
        """From (lo, hi) pairs in any order, overlapping or touching."""
        runs = sorted(runs)
        out: list = []
        for lo, hi in runs:
            if lo >= hi:
                continue
            if out and lo <= out[-1]:
                if hi > out[-1]:
                    out[-1] = hi
            else:
                out.append(lo)
                out.append(hi)
        return PointSet(tuple(out))

    @staticmethod
    def union(sets) -> "PointSet":
        nonempty = [s for s in sets if s.bounds]
        if not nonempty:
            return PointSet()
        if len(nonempty) == 1:
            return nonempty[0]
        runs = []
        for s in nonempty:
            b = s.bounds
            runs.extend(zip(b[::2], b[1::2]))
        return PointSet.from_runs(runs)

    @staticmethod
    def from_bits(bits: int) -> "PointSet":
        """From a bitset (bit p = point p)."""
        text = bin(bits)[:1:-1] if bits > 0 else ""
        out: list = []
        for m in _ONES.finditer(text):
            out.append(m.start())
            out.append(m.end())
        return PointSet(tuple(out))

    def to_bits(self) -> int:
        """The set as a bitset (costs in points: for reports, not for the solver)."""
        b = self.bounds
        bits = 0
        for i in range(0, len(b), 2):
            bits |= ((1 << (b[i + 1] - b[i])) - 1) << b[i]
        return bits

    def __contains__(self, point: int) -> bool:
        return bisect_right(self.bounds, point) & 1 == 1

    def __bool__(self) -> bool:
        return bool(self.bounds)

    def __eq__(self, other) -> bool:
        return isinstance(other, PointSet) and self.bounds == other.bounds

    def __hash__(self) -> int:
        return hash(self.bounds)

    def __repr__(self) -> str:
        b = self.bounds
        return "PointSet(" + ", ".join(f"{b[i]}..{b[i + 1]}" for i in range(0, len(b), 2)) + ")"

    @property
    def num_runs(self) -> int:
        return len(self.bounds) // 2

    def first_missing(self, lo: int, hi: int) -> int:
        """The first point of lo..hi-1 not in the set, or -1."""
        if lo >= hi:
            return -1
        i = bisect_right(self.bounds, lo)
        if not i & 1:
            return lo
        end = self.bounds[i]
        return end if end < hi else -1

    def gaps(self, lo: int, hi: int) -> list:
        """The runs (a, b) of lo..hi-1 that are not in the set, in order."""
        b = self.bounds
        out = []
        at = lo
        i = bisect_right(b, lo)
        if i & 1:  # lo is inside a run: the first gap starts where it ends
            at = b[i]
            i += 1
        while at < hi:
            end = b[i] if i < len(b) else hi
            end = min(end, hi)
            if at < end:
                out.append((at, end))
            if i + 1 >= len(b):
                break
            at = b[i + 1]
            i += 2
        return out
