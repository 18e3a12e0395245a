"""A GenKillAnalysis (block effects composed once, replay only at effects) against the
same effects applied statement by statement, on random CFGs with loops and dead blocks."""
import random
from types import SimpleNamespace

from borrowck.dataflow.engine import BACKWARD, FORWARD, Analysis, GenKillAnalysis, solve
from borrowck.mir import ir
from borrowck.source.span import DUMMY_SPAN


def random_body(rng):
    nblocks = rng.randint(1, 10)
    blocks = []
    for _ in range(nblocks):
        stmts = tuple(ir.Nop() for _ in range(rng.randint(0, 5)))
        targets = tuple(rng.randrange(nblocks) for _ in range(rng.randint(0, 2)))
        if not targets:
            term = ir.Return(DUMMY_SPAN)
        elif len(targets) == 1:
            term = ir.Goto(targets[0], DUMMY_SPAN)
        else:
            term = ir.SwitchInt(ir.Constant("int", 0, None), (0,), targets, DUMMY_SPAN)
        blocks.append(ir.BasicBlock(stmts, term))
    return SimpleNamespace(blocks=blocks)


class Effects:
    """(gen, kill) per location, with about half the locations doing nothing."""

    def __init__(self, rng, body, direction):
        self.direction = direction
        self.table = {}
        for b, bb in enumerate(body.blocks):
            for i in range(len(bb.statements) + 1):
                if rng.random() < 0.5:
                    self.table[ir.Location(b, i)] = (rng.getrandbits(6), rng.getrandbits(6))
        self.boundary = rng.getrandbits(6)

    def boundary_state(self, body):
        return self.boundary


class PerStatement(Effects, Analysis):
    def statement_effect(self, state, stmt, loc):
        gen, kill = self.table.get(loc, (0, 0))
        return (state & ~kill) | gen

    terminator_effect = statement_effect


class Composed(Effects, GenKillAnalysis):
    def gen_kill(self, node, loc):
        return self.table.get(loc)


def test_gen_kill_matches_per_statement_effects():
    rng = random.Random(8)
    for case in range(300):
        body = random_body(rng)
        direction = FORWARD if case % 2 else BACKWARD
        seed = rng.random()
        plain = solve(body, PerStatement(random.Random(seed), body, direction))
        fast = solve(body, Composed(random.Random(seed), body, direction))
        assert plain.entry_states == fast.entry_states
        for b, bb in enumerate(body.blocks):
            assert plain.states_before_block(b) == fast.states_before_block(b)
            for i in range(len(bb.statements) + 1):
                loc = ir.Location(b, i)
                assert plain.state_before(loc) == fast.state_before(loc)
                assert plain.state_after(loc) == fast.state_after(loc)
