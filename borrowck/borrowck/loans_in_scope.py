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

from ..dataflow.engine import FORWARD, Analysis, solve
from ..mir import ir
from .places_conflict import NO_OVERLAP, borrow_conflicts_with_place, DEEP


def out_of_scope_points(body: ir.Body, locations, borrow_set, values) -> dict:
    """point -> bitset of loans whose region ends there (first point not contained)."""
    kills: dict = {}
    for borrow in borrow_set.borrows:
        region = values.points_of(borrow.region)
        start = borrow.location
        stack = [(start.block, start.index)]
        seen_blocks = set()
        while stack:
            block, index = stack.pop()
            nstmts = len(body.blocks[block].statements)
            first = locations.block_start[block]
            ended = False
            for i in range(index, nstmts + 1):
                point = first + i
                if not (region >> point) & 1:
                    kills[point] = kills.get(point, 0) | (1 << borrow.index)
                    ended = True
                    break
            if ended:
                continue
            for succ in body.blocks[block].terminator.successors():
                if succ not in seen_blocks:
                    seen_blocks.add(succ)
                    stack.append((succ, 0))
    return kills


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
