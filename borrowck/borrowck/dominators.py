"""Block dominators, for two-phase activation.

Immediate dominators by Cooper, Harvey and Kennedy's iteration over reverse postorder
("A Simple, Fast Dominance Algorithm"), then the dominator tree numbered in DFS pre- and
postorder: `a` dominates `b` when b's interval nests in a's. Linear memory (a bitset
of dominators per block would cost blocks x blocks). A block no path reaches is
dominated by every block (the fixed point of the dataflow definition).
"""
from __future__ import annotations

from ..mir import ir
from ..mir.visit import predecessors, reverse_postorder


class Dominators:
    def __init__(self, body: ir.Body, order: list = None):
        """order: the body's reverse postorder, when the caller has it already."""
        order = order if order is not None else reverse_postorder(body)
        preds = predecessors(body)
        n = len(body.blocks)
        rank = [-1] * n  # position in reverse postorder; -1: unreachable
        for i, b in enumerate(order):
            rank[b] = i
        idom = [-1] * n
        idom[ir.START_BLOCK] = ir.START_BLOCK

        def intersect(a: int, b: int) -> int:
            while a != b:
                while rank[a] > rank[b]:
                    a = idom[a]
                while rank[b] > rank[a]:
                    b = idom[b]
            return a
        changed = True
        while changed:
            changed = False
            for b in order:
                if b == ir.START_BLOCK:
                    continue
                new = -1
                for p in preds[b]:
                    if idom[p] != -1:
                        new = p if new == -1 else intersect(p, new)
                if new != idom[b]:
                    idom[b] = new
                    changed = True
        self.idom = idom  # immediate dominator per block (the entry's is itself; -1: unreachable)
        self._number_tree(order, n)

    def _number_tree(self, order: list, n: int) -> None:
        children: list = [[] for _ in range(n)]
        for b in order:
            if b != ir.START_BLOCK:
                children[self.idom[b]].append(b)
        self.pre = [-1] * n
        self.post = [-1] * n
        counter = 0
        stack = [(ir.START_BLOCK, False)]
        while stack:
            b, done = stack.pop()
            if done:
                self.post[b] = counter
                counter += 1
                continue
            self.pre[b] = counter
            counter += 1
            stack.append((b, True))
            for c in children[b]:
                stack.append((c, False))

    def dominates(self, a: int, b: int) -> bool:
        if self.pre[b] == -1:
            return True  # unreachable: vacuously dominated by everything
        if self.pre[a] == -1:
            return False
        return self.pre[a] <= self.pre[b] and self.post[b] <= self.post[a]

    def location_dominates(self, a: ir.Location, b: ir.Location) -> bool:
        if a.block == b.block:
            return a.index <= b.index
        return self.dominates(a.block, b.block)
