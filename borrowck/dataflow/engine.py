"""A generic dataflow engine over MIR with bitset states held in Python ints.

An analysis (duck-typed, see `Analysis`) says its direction, the state at the body's
boundary, how to join, and the effect of each statement/terminator (and optionally of a
particular CFG edge, e.g. a Call's destination is initialized only on its return edge).
`solve(body, analysis)` runs a worklist to the fixed point and returns `Results`, which
answers "state before/after location L" by replaying one block from its entry state.

States are ints (bit i = element i); the empty set is 0. Effects return new ints.

A `GenKillAnalysis` (every effect is `state' = (state & ~kill) | gen`) lists each block's
effects once; the fixed point then applies one composed (gen, kill) per block visit, and
replaying a block touches only the locations that have an effect.
"""
from __future__ import annotations

from collections import deque

from ..mir import ir
from ..mir.visit import predecessors, reverse_postorder

FORWARD = "forward"
BACKWARD = "backward"
BLOCK_CACHE_SIZE = 8  # replayed blocks kept by Results


class Analysis:
    """Base class documenting the protocol; subclasses override what they need.

    direction: FORWARD | BACKWARD
    boundary_state(body): state at the entry block (forward) or at returns (backward)
    bottom: the initial state of every other block (0 for may-analyses joined by union)
    join(a, b): combine states where paths meet (default: union)
    statement_effect(state, stmt, loc) / terminator_effect(state, term, loc): the transfer
    edge_effect(state, term, loc, target): forward only, applied on the edge to target
    """

    direction = FORWARD
    bottom = 0

    def boundary_state(self, body: ir.Body) -> int:
        return 0

    def join(self, a: int, b: int) -> int:
        return a | b

    def statement_effect(self, state: int, stmt, loc: ir.Location) -> int:
        return state

    def terminator_effect(self, state: int, term, loc: ir.Location) -> int:
        return state

    def edge_effect(self, state: int, term, loc: ir.Location, target: int) -> int:
        return state


class GenKillAnalysis(Analysis):
    """An analysis whose every statement/terminator effect is `(state & ~kill) | gen`.

    Subclasses define `gen_kill(stmt, loc) -> (gen, kill) | None` (and
    `terminator_gen_kill` when terminators differ), or override `block_effects(body, b)`
    to list a block's effects directly (only locations with an effect, in program
    order). Edge effects stay general."""

    def gen_kill(self, node, loc: ir.Location):
        return None

    def terminator_gen_kill(self, term, loc: ir.Location):
        return self.gen_kill(term, loc)

    def block_effects(self, body: ir.Body, b: int) -> list:
        """[(statement index, gen, kill)] in program order (index n: the terminator)."""
        bb = body.blocks[b]
        out = []
        for i, stmt in enumerate(bb.statements):
            effect = self.gen_kill(stmt, ir.Location(b, i))
            if effect is not None and (effect[0] or effect[1]):
                out.append((i, effect[0], effect[1]))
        n = len(bb.statements)
        effect = self.terminator_gen_kill(bb.terminator, ir.Location(b, n))
        if effect is not None and (effect[0] or effect[1]):
            out.append((n, effect[0], effect[1]))
        return out

    def statement_effect(self, state, stmt, loc):
        effect = self.gen_kill(stmt, loc)
        return state if effect is None else (state & ~effect[1]) | effect[0]

    def terminator_effect(self, state, term, loc):
        effect = self.terminator_gen_kill(term, loc)
        return state if effect is None else (state & ~effect[1]) | effect[0]


class _BlockEffects:
    """Per block of a GenKillAnalysis: its effects and their composition, computed once."""

    def __init__(self, body: ir.Body, analysis: GenKillAnalysis):
        self.body = body
        self.analysis = analysis
        self.effects: dict = {}
        self.summary: dict = {}

    def of(self, b: int) -> list:
        effects = self.effects.get(b)
        if effects is None:
            effects = self.effects[b] = self.analysis.block_effects(self.body, b)
        return effects

    def transfer(self, b: int, state: int) -> int:
        """The whole block's effect in the analysis's direction."""
        summary = self.summary.get(b)
        if summary is None:
            gen = kill = 0
            effects = self.of(b)
            for _, g, k in (effects if self.analysis.direction == FORWARD else reversed(effects)):
                gen = (gen & ~k) | g
                kill |= k
            summary = self.summary[b] = (gen, kill)
        return (state & ~summary[1]) | summary[0]


class Results:
    """Fixed-point block-entry states (block entry in the direction of the analysis)."""

    def __init__(self, body: ir.Body, analysis: Analysis, entry_states: list, block_effects=None):
        self.body = body
        self.analysis = analysis
        self.entry_states = entry_states
        # the last few replayed blocks: checkers visit locations block by block, and keeping
        # every block's states would hold one state per location (points x bits of memory)
        self._block_cache: dict = {}
        self._effects = block_effects  # _BlockEffects of a GenKillAnalysis, else None

    def _block_states(self, b: int) -> list:
        """states[i] = state before statement i (forward) in program order; len = n + 2:
        the last two are before and after the terminator (forward). For backward analyses,
        states[i] = state after location i in program order (i.e. before it in analysis
        order), and states[n+1] = the state at block start."""
        cached = self._block_cache.get(b)
        if cached is not None:
            return cached
        bb = self.body.blocks[b]
        a = self.analysis
        state = self.entry_states[b]
        n = len(bb.statements)
        if self._effects is not None:
            out = _replay_gen_kill(a.direction, self._effects.of(b), state, n)
        elif a.direction == FORWARD:
            out = [state]
            for i, stmt in enumerate(bb.statements):
                state = a.statement_effect(state, stmt, ir.Location(b, i))
                out.append(state)
            out.append(a.terminator_effect(state, bb.terminator, ir.Location(b, n)))
        else:
            out = [0] * (n + 2)
            out[n] = state  # after the terminator
            state = a.terminator_effect(state, bb.terminator, ir.Location(b, n))
            for i in range(n - 1, -1, -1):
                out[i] = state  # after statement i
                state = a.statement_effect(state, bb.statements[i], ir.Location(b, i))
            out[n + 1] = state
        if len(self._block_cache) >= BLOCK_CACHE_SIZE:
            del self._block_cache[next(iter(self._block_cache))]  # the oldest
        self._block_cache[b] = out
        return out

    def state_before(self, loc: ir.Location) -> int:
        """The state just before loc executes (program order)."""
        states = self._block_states(loc.block)
        if self.analysis.direction == FORWARD:
            return states[loc.index]
        n = len(self.body.blocks[loc.block].statements)
        return states[loc.index - 1] if loc.index > 0 else states[n + 1]

    def states_before_block(self, b: int) -> list:
        """[state_before(Location(b, i)) for i in 0..=n]: one block's locations at once."""
        states = self._block_states(b)
        n = len(self.body.blocks[b].statements)
        if self.analysis.direction == FORWARD:
            return states[:n + 1]
        return [states[n + 1]] + states[:n]

    def segments_before_block(self, b: int) -> list:
        """[(i, state)], i increasing from 0: state_before(Location(b, j)) is `state` for j
        from i up to the next pair's i (or the terminator). Like states_before_block, but a
        GenKillAnalysis's pairs come from its effects alone (no work per location)."""
        n = len(self.body.blocks[b].statements)
        if self._effects is None:
            return list(enumerate(self.states_before_block(b)))
        state = self.entry_states[b]
        if self.analysis.direction == FORWARD:
            out = [(0, state)]
            for i, gen, kill in self._effects.of(b):
                state = (state & ~kill) | gen
                if i < n:  # the state before the next location
                    if out[-1][0] == i + 1:
                        out[-1] = (i + 1, state)
                    else:
                        out.append((i + 1, state))
            return out
        # backward: entry_states[b] is the state at the block's end; the state before a
        # location with an effect holds back to the previous effect's location (exclusive)
        values = []  # (i, state before location i), i decreasing
        for i, gen, kill in reversed(self._effects.of(b)):
            state = (state & ~kill) | gen
            if values and values[-1][0] == i:
                values[-1] = (i, state)
            else:
                values.append((i, state))
        out = []
        start = 0
        for i, value in reversed(values):
            out.append((start, value))
            start = i + 1
        if start <= n:
            out.append((start, self.entry_states[b]))
        return out

    def state_after(self, loc: ir.Location) -> int:
        """The state just after loc executes (program order; for a forward terminator,
        before edge effects)."""
        states = self._block_states(loc.block)
        if self.analysis.direction == FORWARD:
            return states[loc.index + 1]
        return states[loc.index]


def _replay_gen_kill(direction: str, effects: list, state: int, n: int) -> list:
    """_block_states of a GenKillAnalysis: the state only changes at its effects."""
    if direction == FORWARD:
        out = []
        j = 0
        for i, gen, kill in effects:
            out.extend([state] * (i - j + 1))  # before locations j..i
            state = (state & ~kill) | gen
            j = i + 1
        out.extend([state] * (n + 2 - j))
        return out
    out = [0] * (n + 2)
    hi = n  # the states after locations i..hi (no effect in i+1..hi) are the current one
    for i, gen, kill in reversed(effects):
        out[i:hi + 1] = [state] * (hi - i + 1)
        state = (state & ~kill) | gen
        hi = i - 1
    out[0:hi + 1] = [state] * (hi + 1)
    out[n + 1] = state
    return out


def solve(body: ir.Body, analysis: Analysis, order: list = None) -> Results:
    """order: the body's reverse postorder, when the caller has it already."""
    effects = _BlockEffects(body, analysis) if isinstance(analysis, GenKillAnalysis) else None
    order = order if order is not None else reverse_postorder(body)
    if analysis.direction == FORWARD:
        return Results(body, analysis, _solve_forward(body, analysis, effects, order), effects)
    return Results(body, analysis, _solve_backward(body, analysis, effects, order), effects)


def _block_transfer(analysis: Analysis, body: ir.Body, b: int, state: int, effects=None) -> int:
    if effects is not None:
        return effects.transfer(b, state)
    bb = body.blocks[b]
    for i, stmt in enumerate(bb.statements):
        state = analysis.statement_effect(state, stmt, ir.Location(b, i))
    return analysis.terminator_effect(state, bb.terminator, ir.Location(b, len(bb.statements)))


def _solve_forward(body: ir.Body, analysis: Analysis, effects, order: list) -> list:
    n = len(body.blocks)
    entry = [analysis.bottom] * n
    entry[ir.START_BLOCK] = analysis.boundary_state(body)
    queue = deque(order)
    queued = set(order)
    blocks = body.blocks
    # a terminator's successors and Location, made once per block rather than per visit;
    # without edge effects of its own the analysis needs no Location at all
    has_edge_effects = type(analysis).edge_effect is not Analysis.edge_effect
    edges: dict = {}
    while queue:
        b = queue.popleft()
        queued.discard(b)
        out = _block_transfer(analysis, body, b, entry[b], effects)
        edge = edges.get(b)
        if edge is None:
            term = blocks[b].terminator
            loc = ir.Location(b, len(blocks[b].statements)) if has_edge_effects else None
            edge = edges[b] = (term, loc, term.successors())
        term, loc, succs = edge
        for s in succs:
            edge_state = analysis.edge_effect(out, term, loc, s) if has_edge_effects else out
            joined = analysis.join(entry[s], edge_state)
            if joined != entry[s]:
                entry[s] = joined
                if s not in queued:
                    queued.add(s)
                    queue.append(s)
    return entry


def _solve_backward(body: ir.Body, analysis: Analysis, effects, order: list) -> list:
    """entry[b] here is the state at the END of block b (the analysis's entry)."""
    n = len(body.blocks)
    preds = predecessors(body)
    exit_state = [analysis.bottom] * n
    boundary = analysis.boundary_state(body)
    for b, bb in enumerate(body.blocks):
        if not bb.terminator.successors():
            exit_state[b] = boundary
    order = list(reversed(order))
    queue = deque(order)
    queued = set(order)
    while queue:
        b = queue.popleft()
        queued.discard(b)
        start = effects.transfer(b, exit_state[b]) if effects is not None else \
            _block_transfer_backward(analysis, body, b, exit_state[b])
        for p in preds[b]:
            joined = analysis.join(exit_state[p], start)
            if joined != exit_state[p]:
                exit_state[p] = joined
                if p not in queued:
                    queued.add(p)
                    queue.append(p)
    return exit_state


def _block_transfer_backward(analysis: Analysis, body: ir.Body, b: int, state: int) -> int:
    bb = body.blocks[b]
    n = len(bb.statements)
    state = analysis.terminator_effect(state, bb.terminator, ir.Location(b, n))
    for i in range(n - 1, -1, -1):
        state = analysis.statement_effect(state, bb.statements[i], ir.Location(b, i))
    return state


def bits(state: int):
    """The indices of the set bits of state, ascending."""
    i = 0
    while state:
        if state & 1:
            yield i
        state >>= 1
        i += 1
