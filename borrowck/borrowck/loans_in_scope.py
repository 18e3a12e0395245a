"""Which loans may be in scope at each point (rustc's `Borrows` dataflow analysis).

  loan_out_of_scope_at(L, P) :- P is the first point, on some CFG path from L's borrow,
                                that L's region does not contain
  loan_in_scope(L, P)        :- borrowed at L, reaches P, not out of scope / killed on the way

Forward may-analysis over bitsets of loans. At each location, first the loans whose
region ends there go out of scope ("early" effect), then the statement's own effect:
an assignment (or StorageDead) of a place kills the loans of places it definitely
overwrites, and a borrow generates its loan. The accesses of a location are checked
against the state after the early effect (`in_scope_at`).
"""
from __future__ import annotations

import re

from ..dataflow.engine import FORWARD, Analysis, solve
from ..mir import ir
from .places_conflict import NO_OVERLAP, borrow_conflicts_with_place, DEEP

_ONES = re.compile("1+")


def out_of_scope_points(body: ir.Body, locations, borrow_set, values) -> dict:
    """point -> bitset of loans whose region ends there (first point not contained).

    One forward pass over blocks for all loans at once: a loan entering a block passes
    through when its region holds every point of the block (`gapped[b]` says which loans
    do not), else it ends at the first point its region lacks there."""
    kills: dict = {}
    nblocks = len(body.blocks)
    succs = [tuple(bb.terminator.successors()) for bb in body.blocks]
    regions = [values.points_of(b.region) & locations.all_points for b in borrow_set.borrows]
    gapped = _loans_with_gaps(body, locations, borrow_set, regions)
    entry = [0] * nblocks
    done = [0] * nblocks
    work = []
    for borrow in borrow_set.borrows:
        region = regions[borrow.index]
        bit = 1 << borrow.index
        start = borrow.location
        if _many_runs(region, nblocks):
            _follow_loan(body, locations, succs, region, borrow.index, start, kills)
            continue
        point = _first_missing(body, locations, region, start.block, start.index)
        if point >= 0:
            kills[point] = kills.get(point, 0) | bit
            continue
        for s in succs[start.block]:
            if bit & ~entry[s]:
                entry[s] |= bit
                work.append(s)
    while work:
        b = work.pop()
        new = entry[b] & ~done[b]
        if not new:
            continue
        done[b] |= new
        ending = new & gapped[b]
        while ending:
            low = ending & -ending
            ending ^= low
            point = _first_missing(body, locations, regions[low.bit_length() - 1], b, 0)
            kills[point] = kills.get(point, 0) | low
        passing = new & ~gapped[b]
        if passing:
            for s in succs[b]:
                if passing & ~entry[s]:
                    entry[s] |= passing
                    work.append(s)
    return kills


def _many_runs(region: int, nblocks: int) -> bool:
    """More runs of points than blocks: mapping its gaps would cost more than a DFS."""
    return (region ^ (region << 1)).bit_count() > 2 * nblocks


def _first_missing(body: ir.Body, locations, region: int, block: int, index: int) -> int:
    """The first point of block from index on that region lacks, or -1."""
    first = locations.block_start[block] + index
    width = len(body.blocks[block].statements) + 1 - index
    missing = ~(region >> first) & ((1 << width) - 1)
    return first + (missing & -missing).bit_length() - 1 if missing else -1


def _loans_with_gaps(body: ir.Body, locations, borrow_set, regions: list):
    """gapped[b] = bitset of loans (with few runs) whose region lacks some point of block b,
    from the gaps of each region mapped to block ranges and swept once over the blocks."""
    nblocks = len(body.blocks)
    block_of = []
    for b, bb in enumerate(body.blocks):
        block_of.extend([b] * (len(bb.statements) + 1))
    opens = [0] * (nblocks + 1)
    closes = [0] * (nblocks + 1)
    for borrow in borrow_set.borrows:
        region = regions[borrow.index]
        if _many_runs(region, nblocks):
            continue
        bit = 1 << borrow.index
        ranges = []  # merged block ranges [lo, hi] holding a gap
        # the gaps as a string (char i = point i) so runs are found in C, not bit by bit
        gaps = bin(~region & locations.all_points)[:1:-1]
        for run in _ONES.finditer(gaps):
            lo, hi = block_of[run.start()], block_of[run.end() - 1]
            if ranges and lo <= ranges[-1][1] + 1:
                ranges[-1][1] = hi
            else:
                ranges.append([lo, hi])
        for lo, hi in ranges:
            opens[lo] |= bit
            closes[hi + 1] |= bit
    gapped = [0] * nblocks
    current = 0
    for b in range(nblocks):
        current = (current & ~closes[b]) | opens[b]
        gapped[b] = current
    return gapped


def _follow_loan(body: ir.Body, locations, succs: list, region: int, index: int,
                 start: ir.Location, kills: dict) -> None:
    """One loan's DFS from its borrow, block by block, stopping where its region ends."""
    stack = [(start.block, start.index)]
    seen_blocks = set()
    while stack:
        block, at = stack.pop()
        point = _first_missing(body, locations, region, block, at)
        if point >= 0:
            kills[point] = kills.get(point, 0) | (1 << index)
            continue
        for succ in succs[block]:
            if succ not in seen_blocks:
                seen_blocks.add(succ)
                stack.append((succ, 0))


class LoansInScope(Analysis):
    direction = FORWARD

    def __init__(self, body, locations, borrow_set, kills: dict, place_types):
        self.body = body
        self.locations = locations
        self.borrow_set = borrow_set
        self.kills = kills
        self.place_types = place_types

    def early(self, state: int, loc: ir.Location) -> int:
        return state & ~self.kills.get(self.locations.point(loc), 0)

    def kill_on_place(self, state: int, place: ir.Place) -> int:
        candidates = self.borrow_set.of_local(place.local) & state
        if not candidates:
            return state
        if place.is_local:
            return state & ~candidates
        index = 0
        while candidates:
            if candidates & 1:
                borrow = self.borrow_set.borrows[index]
                if borrow_conflicts_with_place(borrow.borrowed_place, borrow.kind, place, DEEP,
                                               self.place_types, NO_OVERLAP):
                    state &= ~(1 << index)
            candidates >>= 1
            index += 1
        return state

    def statement_effect(self, state, stmt, loc):
        state = self.early(state, loc)
        if isinstance(stmt, ir.Assign):
            state = self.kill_on_place(state, stmt.place)
            index = self.borrow_set.by_location.get(loc)
            if index is not None:
                state |= 1 << index
        elif isinstance(stmt, ir.StorageDead):
            state = self.kill_on_place(state, ir.Place(stmt.local))
        return state

    def terminator_effect(self, state, term, loc):
        state = self.early(state, loc)
        if isinstance(term, ir.Call):
            state = self.kill_on_place(state, term.destination)
        return state


def compute_loans_in_scope(body, locations, borrow_set, values, place_types):
    kills = out_of_scope_points(body, locations, borrow_set, values)
    analysis = LoansInScope(body, locations, borrow_set, kills, place_types)
    return InScope(solve(body, analysis), analysis)


class InScope:
    def __init__(self, results, analysis: LoansInScope):
        self.results = results
        self.analysis = analysis

    def at(self, loc: ir.Location) -> int:
        """Loans in scope when loc's accesses happen (after the early kills)."""
        return self.analysis.early(self.results.state_before(loc), loc)
