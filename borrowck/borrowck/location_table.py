"""Point indices: every MIR location numbered once, so region values are point sets.

Blocks are numbered in reverse postorder (then the unreachable ones, by index): a
variable's live range is then one or a few runs of consecutive points, whatever order
the MIR builder created its blocks in. Point `block_start[b] + i` is statement i of block
b (i == len(statements): the terminator).
"""
from __future__ import annotations

from bisect import bisect_right

from ..mir import ir
from ..mir.visit import reverse_postorder


class LocationTable:
    def __init__(self, body: ir.Body, rpo: list = None):
        """rpo: the body's reverse postorder, when the caller has it already."""
        self.body = body
        reachable = rpo if rpo is not None else reverse_postorder(body)
        self.rpo = reachable  # the reachable blocks in reverse postorder
        seen = set(reachable)
        # blocks in point order
        self.order: list = reachable + [b for b in range(len(body.blocks)) if b not in seen]
        self.block_start: list = [0] * len(body.blocks)
        self._starts: list = []  # block_start of order[i], increasing
        n = 0
        for b in self.order:
            self.block_start[b] = n
            self._starts.append(n)
            n += len(body.blocks[b].statements) + 1
        self.num_points = n
        self.all_points = (1 << n) - 1

    def point(self, loc: ir.Location) -> int:
        return self.block_start[loc.block] + loc.index

    def block_end(self, block: int) -> int:
        """One past the block's last point (its terminator)."""
        return self.block_start[block] + len(self.body.blocks[block].statements) + 1

    def block_points(self, block: int) -> int:
        """The bitset of every point of a block."""
        start = self.block_start[block]
        return ((1 << (len(self.body.blocks[block].statements) + 1)) - 1) << start

    def position(self, point: int) -> int:
        """The index in `order` of the block holding point."""
        return bisect_right(self._starts, point) - 1

    def location(self, point: int) -> ir.Location:
        block = self.order[self.position(point)]
        return ir.Location(block, point - self.block_start[block])
