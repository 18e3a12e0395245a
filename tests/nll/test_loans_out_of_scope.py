"""out_of_scope_points (all loans in one pass over blocks, regions as point sets) against
a plain per-loan, per-point DFS on random CFGs with loops and random regions."""
import random
from types import SimpleNamespace

from borrowck.borrowck.location_table import LocationTable
from borrowck.borrowck.loans_in_scope import out_of_scope_points
from borrowck.borrowck.point_set import PointSet
from borrowck.mir import ir
from borrowck.source.span import DUMMY_SPAN


def reference(body, locations, borrows, points_of):
    kills = {}
    for borrow in borrows:
        region = points_of(borrow.region)
        stack, seen = [(borrow.location.block, borrow.location.index)], set()
        while stack:
            block, index = stack.pop()
            for i in range(index, len(body.blocks[block].statements) + 1):
                point = locations.block_start[block] + i
                if not (region >> point) & 1:
                    kills[point] = kills.get(point, 0) | (1 << borrow.index)
                    break
            else:
                for succ in body.blocks[block].terminator.successors():
                    if succ not in seen:
                        seen.add(succ)
                        stack.append((succ, 0))
    return kills


def random_case(rng):
    nblocks = rng.randint(1, 12)
    blocks = []
    for b in range(nblocks):
        stmts = tuple(ir.Nop() for _ in range(rng.randint(0, 4)))
        targets = tuple(rng.randrange(nblocks) for _ in range(rng.randint(0, 2)))
        if not targets:
            term = ir.Return(DUMMY_SPAN)
        elif len(targets) == 1:
            term = ir.Goto(targets[0], DUMMY_SPAN)
        else:
            term = ir.SwitchInt(ir.Constant("int", 0, None), (0,), targets, DUMMY_SPAN)
        blocks.append(ir.BasicBlock(stmts, term))
    body = SimpleNamespace(blocks=blocks)
    locations = LocationTable(body)
    n = locations.num_points
    regions, borrows = [], []
    for index in range(rng.randint(1, 8)):
        style = rng.random()
        if style < 0.3:  # fragmented: every point with probability 1/2
            region = sum(1 << p for p in range(n) if rng.random() < 0.5)
        elif style < 0.6:  # nearly everything, a few holes
            region = locations.all_points & ~sum(1 << rng.randrange(n) for _ in range(rng.randint(0, 3)))
        else:  # one run
            lo = rng.randrange(n)
            region = ((1 << rng.randint(lo, n)) - 1) >> lo << lo
        regions.append(region | (1 << (n + 1)))  # bits past the points must be ignored
        block = rng.randrange(nblocks)
        loc = ir.Location(block, rng.randint(0, len(blocks[block].statements)))
        borrows.append(SimpleNamespace(index=index, region=index, location=loc))
    return body, locations, borrows, regions


def test_out_of_scope_points_matches_per_loan_dfs():
    rng = random.Random(2094)
    for _ in range(400):
        body, locations, borrows, regions = random_case(rng)
        values = SimpleNamespace(point_set=lambda vid: PointSet.from_bits(regions[vid]))
        got = out_of_scope_points(body, locations, SimpleNamespace(borrows=borrows), values)
        want = reference(body, locations, borrows, regions.__getitem__)
        assert {p: k for p, k in got.items() if k} == want
