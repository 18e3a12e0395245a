"""Liveness of locals (rustc's MaybeLiveLocals), a backward analysis; bit i = local i.

A local is live at a point if some path from it reaches a use of the local before a full
definition of it. Rules, applied backward over each statement/terminator:
    full def of local l (assign to bare `l`, call destination `l`, StorageDead/Live l) => kill l
    use of l (read, borrow, partial write `l.f = ..`/`*l = ..`, index local)         => gen l
    Drop(l)  => a use only when `include_drops` (NLL treats drops apart: "drop-live")

`categorize(place, ctx)` says which of "def" / "use" / "drop" / None a (place, Ctx) pair is,
so the NLL half can compute use-live and drop-live points with the same rules.
"""
from __future__ import annotations

from ..mir import ir
from ..mir.visit import Ctx, places_of
from .engine import BACKWARD, Analysis


def categorize(place: ir.Place, ctx: str):
    """How an access of `place` affects liveness of `place.local`."""
    if ctx == Ctx.DROP:
        return "drop"
    if ctx in (Ctx.STORE, Ctx.CALL_DEST):
        # writing a projection (`x.f = 1`, `*x = 1`) reads x's other parts / the pointer
        return "def" if place.is_local else "use"
    if ctx in (Ctx.STORAGE_DEAD, Ctx.STORAGE_LIVE):
        return "def"
    if ctx in (Ctx.PLACE_MENTION, Ctx.ASCRIBE):
        return None
    if ctx == Ctx.SET_DISCRIMINANT:
        return "use"
    return "use"


class MaybeLiveLocals(Analysis):
    direction = BACKWARD

    def __init__(self, include_drops: bool = False):
        self.include_drops = include_drops

    def _effect(self, state: int, node) -> int:
        # backward: apply the writes (later in evaluation order) before the reads
        pairs = list(places_of(node))
        for place, ctx in reversed(pairs):
            kind = categorize(place, ctx)
            bit = 1 << place.local
            if kind == "def":
                state &= ~bit
            elif kind == "use" or (kind == "drop" and self.include_drops):
                state |= bit
        return state

    def statement_effect(self, state, stmt, loc):
        return self._effect(state, stmt)

    def terminator_effect(self, state, term, loc):
        if isinstance(term, ir.Return):
            return state | 1  # the return place is read by the caller
        return self._effect(state, term)
