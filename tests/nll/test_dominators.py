"""Dominators (immediate dominators + tree numbering) against the dataflow definition
(dom(b) = {b} ∪ ⋂ dom(reachable preds)) on random CFGs with loops and dead blocks."""
import random
from types import SimpleNamespace

from borrowck.borrowck.dominators import Dominators
from borrowck.mir import ir
from borrowck.mir.visit import predecessors, reverse_postorder
from borrowck.source.span import DUMMY_SPAN


def reference(body):
    order = reverse_postorder(body)
    preds = predecessors(body)
    n = len(body.blocks)
    everything = (1 << n) - 1
    reachable = sum(1 << b for b in order)
    dom = [everything] * n
    dom[0] = 1
    changed = True
    while changed:
        changed = False
        for b in order[1:]:
            acc = everything
            for p in preds[b]:
                if (reachable >> p) & 1:
                    acc &= dom[p]
            if acc | (1 << b) != dom[b]:
                dom[b] = acc | (1 << b)
                changed = True
    return dom


def test_dominators_match_dataflow_definition():
    rng = random.Random(1)
    for _ in range(300):
        n = rng.randint(1, 14)
        blocks = []
        for _ in range(n):
            targets = tuple(rng.randrange(n) for _ in range(rng.randint(0, 3)))
            term = ir.SwitchInt(ir.Constant("int", 0, None), (0,) * max(len(targets) - 1, 0), targets,
                                DUMMY_SPAN) if targets else ir.Return(DUMMY_SPAN)
            blocks.append(ir.BasicBlock((), term))
        body = SimpleNamespace(blocks=blocks)
        dom = reference(body)
        got = Dominators(body)
        for a in range(n):
            for b in range(n):
                assert got.dominates(a, b) == bool((dom[b] >> a) & 1), (a, b)
