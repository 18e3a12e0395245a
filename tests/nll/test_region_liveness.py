"""Region liveness (tracked locals only, one dataflow over block effects, runs of points)
against a naive reference: every local, per-statement dataflow, one bitset per point, on
real programs' MIR."""
from pathlib import Path

import pytest

from borrowck import api
from borrowck.borrowck.nll import BodyFacts
from borrowck.borrowck.region_liveness import compute_region_liveness, drop_regions
from borrowck.dataflow.engine import BACKWARD, FORWARD, Analysis, solve
from borrowck.mir import ir
from borrowck.mir.visit import Ctx, places_of
from borrowck.borrowck.renumber import regions_in
from borrowck.source.span import SourceFile

UI = Path(__file__).resolve().parent.parent / "ui"
PROGRAMS = sorted(UI.glob("borrowing/*.rs"))[:12] + sorted(UI.glob("regions/*.rs"))[:8] + \
    sorted(UI.glob("apps/*.rs"))[:6]
DEFS = (Ctx.STORE, Ctx.CALL_DEST, Ctx.STORAGE_LIVE, Ctx.STORAGE_DEAD)


def def_use_drop(node):
    defs = uses = drops = 0
    for place, ctx in places_of(node):
        bit = 1 << place.local
        if ctx in DEFS and place.is_local:
            defs |= bit
        elif ctx == Ctx.DROP and place.is_local:
            drops |= bit
        else:
            uses |= bit
    return defs, uses, drops


class Initialized(Analysis):
    direction = FORWARD

    def boundary_state(self, body):
        return sum(1 << a for a in body.args)

    def statement_effect(self, state, node, loc):
        for place, ctx in places_of(node):
            if ctx in (Ctx.STORE, Ctx.CALL_DEST):
                state |= 1 << place.local
            elif ctx in (Ctx.STORAGE_DEAD, Ctx.STORAGE_LIVE) or (ctx == Ctx.MOVE and place.is_local):
                state &= ~(1 << place.local)
        return state

    terminator_effect = statement_effect


class Live(Analysis):
    direction = BACKWARD

    def __init__(self, table, index):
        self.table, self.index = table, index

    def statement_effect(self, state, node, loc):
        entry = self.table[loc]
        return (state & ~entry[0]) | entry[self.index]

    terminator_effect = statement_effect


def reference(body, locations, local_tys, num_regions, adts, boring, extra):
    table = {loc: def_use_drop(body.stmt_at(loc)) for loc in body.locations()}
    init = solve(body, Initialized())
    for loc, (defs, uses, drops) in table.items():
        table[loc] = (defs, uses, drops & init.state_before(loc))
    out = [0] * num_regions
    for index, regions_of in ((1, regions_in), (2, lambda ty: drop_regions(ty, adts))):
        live = solve(body, Live(table, index))
        for loc in body.locations():
            state = live.state_before(loc)
            for local, ty in enumerate(local_tys):
                vids = [r.index for r in regions_in(ty) if r.kind == "var"]
                if (state >> local) & 1 and not all((boring >> v) & 1 for v in vids):
                    for r in regions_of(ty):
                        if r.kind == "var":
                            out[r.index] |= 1 << locations.point(loc)
    for vid, point in extra:
        out[vid] |= 1 << point
    return out


@pytest.mark.parametrize("rs", PROGRAMS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_region_liveness_matches_reference(rs):
    comp = api.Compilation(SourceFile.from_bytes(rs.name, rs.read_bytes()))
    if comp.mir is None:
        pytest.skip("does not reach MIR")
    for body in comp.mir.bodies:
        facts = BodyFacts(body, comp.mir, comp.typed)
        facts.build_regions()
        boring = 0
        for vid in range(len(facts.vars)):  # recompute what nll passed: any boring set works
            boring |= (vid % 3 == 0) << vid
        extra = [(vid, facts.locations.point(loc)) for loc, vid in facts.loan_regions.items()]
        got = compute_region_liveness(body, facts.locations, facts.local_tys, len(facts.vars),
                                      facts.adts, boring, extra)
        want = reference(body, facts.locations, facts.local_tys, len(facts.vars), facts.adts, boring, extra)
        assert [got[v] for v in range(len(facts.vars))] == want
