"""Where each region must hold because a variable whose type mentions it is live.

  region_live_at(R, P) :- var_use_live_at(V, P), R in regions(type(V))
  region_live_at(R, P) :- var_drop_live_at(V, P), R in drop_regions(type(V))

A local is use-live at P when some path from P reaches a use of it before a definition
(a whole-local assignment, a call destination, StorageLive/StorageDead). It is drop-live
when a path reaches a Drop of it, at which it may still be initialized, before a
definition. Dropping a value only touches the regions its destructor can see
(`drop_regions`): a reference has no destructor; Vec, Box, Rc, Option, tuples and structs
without `Drop` only what their contents' destructors see; a type with its own `Drop`
impl (or a trait object) may read everything it holds.
"""
from __future__ import annotations

from ..dataflow.engine import BACKWARD, FORWARD, Analysis, solve
from ..mir import ir
from ..mir.visit import Ctx, places_of
from ..types import ty as T
from .renumber import ClosureEnv, regions_in

_DEF_CTX = frozenset((Ctx.STORE, Ctx.CALL_DEST, Ctx.STORAGE_LIVE, Ctx.STORAGE_DEAD))

# std types whose own destructor may use every region they hold (no `#[may_dangle]`)
STD_DROP_USES_ALL = frozenset((
    "std::cell::Ref", "std::cell::RefMut", "std::sync::MutexGuard", "std::sync::RwLockReadGuard",
    "std::sync::RwLockWriteGuard", "std::vec::Drain", "std::string::Drain",
    "std::collections::hash_map::Drain", "std::thread::ScopedJoinHandle",
))


def def_use(node) -> tuple:
    """(defs, uses, drops) bitsets over locals for one statement or terminator."""
    defs = uses = drops = 0
    for place, ctx in places_of(node):
        bit = 1 << place.local
        if ctx in _DEF_CTX and place.is_local:
            defs |= bit
        elif ctx == Ctx.DROP:
            if place.is_local:
                drops |= bit
            else:
                uses |= bit
        else:
            uses |= bit
    return defs, uses, drops


class MaybeInitializedLocals(Analysis):
    """Forward: a local may hold a value (assigned, not moved out as a whole since)."""

    direction = FORWARD

    def boundary_state(self, body):
        return sum(1 << a for a in body.args)

    def _effect(self, state, node):
        for place, ctx in places_of(node):
            if ctx in (Ctx.STORE, Ctx.CALL_DEST):
                state |= 1 << place.local
            elif ctx in (Ctx.STORAGE_DEAD, Ctx.STORAGE_LIVE) or (ctx == Ctx.MOVE and place.is_local):
                state &= ~(1 << place.local)
        return state

    def statement_effect(self, state, stmt, loc):
        return self._effect(state, stmt)

    def terminator_effect(self, state, term, loc):
        return self._effect(state, term)


class LiveLocals(Analysis):
    """Backward: use-liveness (drops=False) or drop-liveness (drops=True) of locals."""

    direction = BACKWARD

    def __init__(self, table: dict, drops: bool):
        self.table = table  # Location -> (defs, uses, drops)
        self.drops = drops

    def _effect(self, state, loc):
        defs, uses, drops = self.table[loc]
        return (state & ~defs) | (drops if self.drops else uses)

    def statement_effect(self, state, stmt, loc):
        return self._effect(state, loc)

    def terminator_effect(self, state, term, loc):
        return self._effect(state, loc)


def regions_outliving_free(constraints: list, universal_count: int, num_regions: int) -> int:
    """Bitset of regions known to outlive a universal region: they hold everywhere already."""
    sups: dict = {}
    for c in constraints:
        sups.setdefault(c.sub, []).append(c.sup)
    seen = (1 << universal_count) - 1
    stack = list(range(universal_count))
    while stack:
        vid = stack.pop()
        for sup in sups.get(vid, ()):
            if not (seen >> sup) & 1:
                seen |= 1 << sup
                stack.append(sup)
    return seen


def compute_region_liveness(body: ir.Body, locations, local_tys: list, num_regions: int,
                            adts: dict, boring: int = 0) -> list:
    """liveness[vid] = bitset of points where region vid is live. Locals all of whose
    regions are in `boring` (they outlive a universal region) are not tracked, as in rustc."""
    table = {}
    for loc in body.locations():
        table[loc] = def_use(body.stmt_at(loc))
    init = solve(body, MaybeInitializedLocals())
    for loc, (defs, uses, drops) in table.items():
        if drops:  # a drop of a local that cannot be initialized is a no-op
            table[loc] = (defs, uses, drops & init.state_before(loc))
    use_live = solve(body, LiveLocals(table, drops=False))
    drop_live = solve(body, LiveLocals(table, drops=True))
    nlocals = len(body.local_decls)
    use_points = _points_of_locals(body, locations, use_live, nlocals)
    drop_points = _points_of_locals(body, locations, drop_live, nlocals)
    liveness = [0] * num_regions
    for local in range(nlocals):
        ty = local_tys[local]
        vids = [r.index for r in regions_in(ty) if r.kind == "var"]
        if all((boring >> v) & 1 for v in vids):
            continue
        if use_points[local]:
            for r in regions_in(ty):
                if r.kind == "var":
                    liveness[r.index] |= use_points[local]
        if drop_points[local]:
            for r in drop_regions(ty, adts):
                if r.kind == "var":
                    liveness[r.index] |= drop_points[local]
    return liveness


def _points_of_locals(body: ir.Body, locations, results, nlocals: int) -> list:
    """out[local] = bitset of points where the local is live. Points are visited in order and
    only changes of the live set are handled: each run of consecutive live points is one
    range mask, so the cost follows the number of changes, not points x live locals."""
    out = [0] * nlocals
    starts: dict = {}  # local -> first point of its current run
    prev = 0
    point = -1
    for live in (s for b in range(len(body.blocks)) for s in results.states_before_block(b)):
        point += 1  # points number the locations block by block (LocationTable)
        delta = live ^ prev
        if delta:
            while delta:
                low = delta & -delta
                delta ^= low
                local = low.bit_length() - 1
                if live & low:
                    starts[local] = point
                else:
                    start = starts.pop(local)  # a small mask shifted once: one big int, not three
                    out[local] |= ((1 << (point - start)) - 1) << start
            prev = live
    end = locations.num_points
    for local, start in starts.items():
        out[local] |= (1 << end) - (1 << start)
    return out


def drop_regions(ty, adts: dict, depth: int = 0) -> list:
    """The regions a value's drop glue may use."""
    if depth > 16:
        return []
    if isinstance(ty, (T.Ref, T.Ptr, T.FnPtr, T.FnDef)):
        return []
    if isinstance(ty, T.Dyn):
        return regions_in(ty)
    if isinstance(ty, T.Tuple):
        return [r for e in ty.elems for r in drop_regions(e, adts, depth + 1)]
    if isinstance(ty, (T.Array, T.Slice)):
        return drop_regions(ty.elem, adts, depth + 1)
    if isinstance(ty, ClosureEnv):
        return [r for u in ty.upvars for r in drop_regions(u, adts, depth + 1)]
    if isinstance(ty, T.Adt):
        info = adts.get(ty.def_id)
        if ty.def_id in STD_DROP_USES_ALL or (info is not None and info.has_drop_impl and not info.is_std):
            return regions_in(ty)
        out = []
        for a in ty.args:
            if not isinstance(a, (T.Region, int)):
                out.extend(drop_regions(a, adts, depth + 1))
        if info is not None and not info.is_std:
            out.extend(_field_drop_regions(ty, info, adts, depth))
        return out
    return []


def _field_drop_regions(ty: T.Adt, info, adts: dict, depth: int) -> list:
    """A user struct without Drop: the regions its fields' drops see, in terms of ty's args."""
    from .renumber import substitute
    regions = [a for a in ty.args if isinstance(a, T.Region)]
    types = [a for a in ty.args if not isinstance(a, (T.Region, int))]
    region_args = dict(zip(info.generics.lifetimes, regions))
    type_args = dict(zip(info.generics.types, types))
    fields = list(info.fields)
    for variant in info.variants:
        fields.extend(variant.fields)
    out = []
    for f in fields:
        if _mentions_params_only(f.ty, info.generics.types):
            continue  # a plain type parameter: already covered by the args above
        declared = substitute(f.ty, type_args, region_args)
        out.extend(r for r in drop_regions(declared, adts, depth + 1) if r.kind == "var")
    return out


def _mentions_params_only(ty, params) -> bool:
    return isinstance(ty, T.Param) and ty.name in params
