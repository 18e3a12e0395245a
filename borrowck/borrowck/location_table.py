"""Point indices: every MIR location numbered once, so region values are bitsets.

Point `start[b] + i` is statement i of block b (i == len(statements): the terminator).
"""
from __future__ import annotations

from ..mir import ir


class LocationTable:
    def __init__(self, body: ir.Body):
        self.body = body
        self.block_start: list = []
        n = 0
        for bb in body.blocks:
            self.block_start.append(n)
            n += len(bb.statements) + 1
        self.num_points = n
        self.all_points = (1 << n) - 1

    def point(self, loc: ir.Location) -> int:
        return self.block_start[loc.block] + loc.index

    def block_points(self, block: int) -> int:
        """The bitset of every point of a block."""
        start = self.block_start[block]
        return ((1 << (len(self.body.blocks[block].statements) + 1)) - 1) << start

    def location(self, point: int) -> ir.Location:
        lo, hi = 0, len(self.block_start) - 1
        while lo < hi:  # the last block whose start <= point
            mid = (lo + hi + 1) // 2
            if self.block_start[mid] <= point:
                lo = mid
            else:
                hi = mid - 1
        return ir.Location(lo, point - self.block_start[lo])
