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

from ..dataflow.engine import FORWARD, GenKillAnalysis, solve
from ..mir import ir
from .places_conflict import NO_OVERLAP, borrow_conflicts_with_place, DEEP


def out_of_scope_points(body: ir.Body, locations, borrow_set, values) -> dict:
    """point -> bitset of loans whose region ends there (first point not contained).

    One forward pass over blocks for all loans at once: a loan entering a block passes
    through when its region holds every point of the block (`gapped[b]` says which loans
    do not), else it ends at the first point its region lacks there."""
    kills: dict = {}
    nblocks = len(body.blocks)
    succs = [tuple(bb.terminator.successors()) for bb in body.blocks]
    regions = [values.point_set(b.region) for b in borrow_set.borrows]
    gapped = _loans_with_gaps(locations, borrow_set, regions, nblocks)
    entry = [0] * nblocks
    done = [0] * nblocks
    work = []
    for borrow in borrow_set.borrows:
        region = regions[borrow.index]
        bit = 1 << borrow.index
        start = borrow.location
        point = region.first_missing(locations.point(start), locations.block_end(start.block))
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
        if ending:
            lo, hi = locations.block_start[b], locations.block_end(b)
            while ending:
                low = ending & -ending
                ending ^= low
                point = regions[low.bit_length() - 1].first_missing(lo, hi)
                kills[point] = kills.get(point, 0) | low
        passing = new & ~gapped[b]
        if passing:
            for s in succs[b]:
                if passing & ~entry[s]:
                    entry[s] |= passing
                    work.append(s)
    return kills


def _loans_with_gaps(locations, borrow_set, regions: list, nblocks: int) -> list:
    """gapped[b] = bitset of loans whose region lacks some point of block b: the gaps of
    each region mapped to ranges of blocks (in point order), swept once over the blocks."""
    opens = [0] * (nblocks + 1)  # by position in point order
    closes = [0] * (nblocks + 1)
    for borrow in borrow_set.borrows:
        bit = 1 << borrow.index
        ranges = []  # merged ranges [lo, hi] of block positions holding a gap
        for a, z in regions[borrow.index].gaps(0, locations.num_points):
            lo, hi = locations.position(a), locations.position(z - 1)
            if ranges and lo <= ranges[-1][1] + 1:
                ranges[-1][1] = max(hi, ranges[-1][1])
            else:
                ranges.append([lo, hi])
        for lo, hi in ranges:
            opens[lo] |= bit
            closes[hi + 1] |= bit
    gapped = [0] * nblocks
    current = 0
    for pos, b in enumerate(locations.order):
        current = (current & ~closes[pos]) | opens[pos]
        gapped[b] = current
    return gapped


class LoansInScope(GenKillAnalysis):
    """Every effect is a gen/kill: which loans an overwrite kills depends only on the
    place, not on the state, so each block's effects are composed once."""

    direction = FORWARD

    def __init__(self, body, locations, borrow_set, kills: dict, place_types):
        self.body = body
        self.locations = locations
        self.borrow_set = borrow_set
        self.kills = kills
        self.place_types = place_types
        self._groups: dict = {}  # local -> [(borrowed place, kind, loans)]
        self._overwrites: dict = {}  # projected place -> the loans its overwrite kills
        self._gens = None  # block -> statement index -> the loan borrowed there

    def early(self, state: int, loc: ir.Location) -> int:
        return state & ~self.kills.get(self.locations.point(loc), 0)

    def killed_by(self, place: ir.Place) -> int:
        """The loans an overwrite of place kills (those of places it definitely overwrites)."""
        candidates = self.borrow_set.of_local(place.local)
        if not candidates or place.is_local:
            return candidates
        killed = self._overwrites.get(place)
        if killed is None:
            killed = 0
            for borrowed, kind, loans in self._loan_groups(place.local):
                if borrow_conflicts_with_place(borrowed, kind, place, DEEP, self.place_types, NO_OVERLAP):
                    killed |= loans
            self._overwrites[place] = killed
        return killed

    def _loan_groups(self, local: int) -> list:
        """The loans of local grouped by (borrowed place, kind): conflicts are decided per
        group, so many borrows of one place cost one check."""
        groups = self._groups.get(local)
        if groups is None:
            by_key: dict = {}
            loans = self.borrow_set.of_local(local)
            while loans:
                low = loans & -loans
                loans ^= low
                borrow = self.borrow_set.borrows[low.bit_length() - 1]
                key = (borrow.borrowed_place, borrow.kind)
                by_key[key] = by_key.get(key, 0) | low
            groups = self._groups[local] = [(place, kind, mask) for (place, kind), mask in by_key.items()]
        return groups

    def kill_on_place(self, state: int, place: ir.Place) -> int:
        return state & ~self.killed_by(place)

    def gen_kill(self, stmt, loc):
        kill = self.kills.get(self.locations.point(loc), 0)  # early: before the statement
        if isinstance(stmt, ir.Assign):
            kill |= self.killed_by(stmt.place)
            index = self.borrow_set.by_location.get(loc)
            if index is not None:
                return 1 << index, kill
        elif isinstance(stmt, ir.StorageDead):
            kill |= self.killed_by(ir.Place(stmt.local))
        return 0, kill

    def terminator_gen_kill(self, term, loc):
        kill = self.kills.get(self.locations.point(loc), 0)
        if isinstance(term, ir.Call):
            kill |= self.killed_by(term.destination)
        return 0, kill

    def block_effects(self, body: ir.Body, b: int) -> list:
        """gen_kill/terminator_gen_kill of every location of block b, by index (no Location
        per statement: the loans are found by block, the early kills by point)."""
        if self._gens is None:
            self._gens = {}
            for borrow in self.borrow_set.borrows:
                self._gens.setdefault(borrow.location.block, {})[borrow.location.index] = borrow.index
        gens = self._gens.get(b, {})
        kills = self.kills
        start = self.locations.block_start[b]
        bb = body.blocks[b]
        out = []
        for i, stmt in enumerate(bb.statements):
            kill = kills.get(start + i, 0)
            gen = 0
            if isinstance(stmt, ir.Assign):
                kill |= self.killed_by(stmt.place)
                index = gens.get(i)
                if index is not None:
                    gen = 1 << index
            elif isinstance(stmt, ir.StorageDead):
                kill |= self.borrow_set.of_local(stmt.local)  # killed_by of a whole local
            if gen or kill:
                out.append((i, gen, kill))
        n = len(bb.statements)
        kill = kills.get(start + n, 0)
        if isinstance(bb.terminator, ir.Call):
            kill |= self.killed_by(bb.terminator.destination)
        if kill:
            out.append((n, 0, kill))
        return out


def compute_loans_in_scope(body, locations, borrow_set, values, place_types):
    kills = out_of_scope_points(body, locations, borrow_set, values)
    analysis = LoansInScope(body, locations, borrow_set, kills, place_types)
    return InScope(solve(body, analysis, locations.rpo), analysis)


class InScope:
    def __init__(self, results, analysis: LoansInScope):
        self.results = results
        self.analysis = analysis

    def at(self, loc: ir.Location) -> int:
        """Loans in scope when loc's accesses happen (after the early kills)."""
        return self.analysis.early(self.results.state_before(loc), loc)

    def block_states(self, b: int) -> list:
        """[at(Location(b, i)) for every location i of block b], in one go."""
        kills = self.analysis.kills
        start = self.analysis.locations.block_start[b]
        return [state & ~kills[start + i] if start + i in kills else state
                for i, state in enumerate(self.results.states_before_block(b))]
