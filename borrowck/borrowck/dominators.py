"""Block dominators (iterative data-flow on reverse postorder), for two-phase activation."""
from __future__ import annotations

from ..mir import ir
from ..mir.visit import predecessors, reverse_postorder


class Dominators:
    def __init__(self, body: ir.Body):
        order = reverse_postorder(body)
        preds = predecessors(body)
        n = len(body.blocks)
        everything = (1 << n) - 1
        reachable = 0
        for b in order:
            reachable |= 1 << b
        dom = [everything] * n
        dom[ir.START_BLOCK] = 1 << ir.START_BLOCK
        changed = True
        while changed:
            changed = False
            for b in order:
                if b == ir.START_BLOCK:
                    continue
                acc = everything
                for p in preds[b]:
                    if (reachable >> p) & 1:
                        acc &= dom[p]
                new = acc | (1 << b)
                if new != dom[b]:
                    dom[b] = new
                    changed = True
        self.dom = dom  # dom[b] = bitset of blocks dominating b

    def dominates(self, a: int, b: int) -> bool:
        return (self.dom[b] >> a) & 1 == 1

    def location_dominates(self, a: ir.Location, b: ir.Location) -> bool:
        if a.block == b.block:
            return a.index <= b.index
        return self.dominates(a.block, b.block)
