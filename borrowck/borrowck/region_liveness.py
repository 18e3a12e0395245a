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

from ..dataflow.engine import BACKWARD, FORWARD, GenKillAnalysis, solve
from ..mir import ir
from ..mir.visit import Ctx, places_of
from ..types import ty as T
from .point_set import PointSet
from .renumber import ClosureEnv, regions_in

_DEF_CTX = frozenset((Ctx.STORE, Ctx.CALL_DEST, Ctx.STORAGE_LIVE, Ctx.STORAGE_DEAD))
_INIT_CTX = frozenset((Ctx.STORE, Ctx.CALL_DEST))
_UNINIT_CTX = frozenset((Ctx.STORAGE_DEAD, Ctx.STORAGE_LIVE))

# std types whose own destructor may use every region they hold (no `#[may_dangle]`)
STD_DROP_USES_ALL = frozenset((
    "std::cell::Ref", "std::cell::RefMut", "std::sync::MutexGuard", "std::sync::RwLockReadGuard",
    "std::sync::RwLockWriteGuard", "std::vec::Drain", "std::string::Drain",
    "std::collections::hash_map::Drain", "std::thread::ScopedJoinHandle",
))


class RegionLiveness:
    """Where each region is live: `sets[vid]` is a PointSet. `self[vid]` gives the same
    points as a bitset (the older interface; it costs in points, so only for reports)."""

    def __init__(self, sets: list):
        self.sets = sets

    def __getitem__(self, vid: int) -> int:
        return self.sets[vid].to_bits()

    def __len__(self) -> int:
        return len(self.sets)

    def live_at(self, vid: int, point: int) -> bool:
        return point in self.sets[vid]


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
                            adts: dict, boring: int = 0, extra=()) -> RegionLiveness:
    """The live points of every region. Locals all of whose regions are in `boring` (they
    outlive a universal region) are not tracked, as in rustc; `extra`: (vid, point) pairs
    that hold besides (a loan's region at its borrow)."""
    tracked = []  # locals whose liveness matters, in bit order
    tracked_vids = []  # their types' region variables (map_regions' order)
    index_of = [-1] * len(body.local_decls)
    for local in range(len(body.local_decls)):
        vids = [r.index for r in regions_in(local_tys[local]) if r.kind == "var"]
        if all((boring >> v) & 1 for v in vids):
            continue
        index_of[local] = len(tracked)
        tracked.append(local)
        tracked_vids.append(vids)
    runs: list = [[] for _ in range(num_regions)]  # vid -> (lo, hi) runs, any order
    if tracked:
        local_runs = _live_runs(body, locations, index_of, len(tracked))
        m = len(tracked)
        for i, local in enumerate(tracked):
            ty = local_tys[local]
            if local_runs[i]:
                for vid in tracked_vids[i]:
                    runs[vid].extend(local_runs[i])
            if local_runs[m + i]:
                for r in drop_regions(ty, adts):
                    if r.kind == "var":
                        runs[r.index].extend(local_runs[m + i])
    for vid, point in extra:
        runs[vid].append((point, point + 1))
    return RegionLiveness([PointSet.from_runs(r) if r else PointSet() for r in runs])


def _node_effects(node, index_of: list) -> tuple:
    """(defs, uses, drops, init_gen, init_kill) over tracked-local bits for one statement or
    terminator. defs/uses/drops: liveness (a def kills, a use or drop makes live, order
    within one node does not matter); init: a store initializes, StorageLive/Dead or a move
    of the whole local uninitializes, applied in evaluation order."""
    if isinstance(node, (ir.StorageLive, ir.StorageDead)):  # the most common: no place walk
        i = index_of[node.local]
        return (0, 0, 0, 0, 0) if i < 0 else (1 << i, 0, 0, 0, 1 << i)
    defs = uses = drops = init_gen = init_kill = 0
    for place, ctx in places_of(node):
        i = index_of[place.local]
        if i < 0:
            continue
        bit = 1 << i
        if ctx in _DEF_CTX and place.is_local:
            defs |= bit
        elif ctx == Ctx.DROP:
            if place.is_local:
                drops |= bit
            else:
                uses |= bit
        else:
            uses |= bit
        if ctx in _INIT_CTX:
            init_gen |= bit
            init_kill &= ~bit
        elif ctx in _UNINIT_CTX or (ctx == Ctx.MOVE and place.is_local):
            init_kill |= bit
            init_gen &= ~bit
    return defs, uses, drops, init_gen, init_kill


class _MaybeInitializedLocals(GenKillAnalysis):
    """Forward: a tracked local may hold a value (a drop of one that cannot is a no-op)."""

    direction = FORWARD

    def __init__(self, events: dict, args: int):
        self.events = events  # block -> [(index, defs, uses, drops, init_gen, init_kill)]
        self.args = args

    def boundary_state(self, body):
        return self.args

    def block_effects(self, body, b):
        return [(i, g, k) for i, _, _, _, g, k in self.events.get(b, ()) if g or k]


class _LiveLocals(GenKillAnalysis):
    """Backward: bit i = tracked local i is use-live, bit m + i = it is drop-live."""

    direction = BACKWARD

    def __init__(self, effects: dict):
        self.effects = effects  # block -> [(index, gen, kill)]

    def block_effects(self, body, b):
        return self.effects.get(b, [])


def _live_runs(body: ir.Body, locations, index_of: list, m: int) -> list:
    """runs[i] (use-live) and runs[m + i] (drop-live): the (lo, hi) point runs where tracked
    local i is live, from one dataflow over block effects and one pass over the points."""
    events: dict = {}
    has_drops = False
    for b, bb in enumerate(body.blocks):
        out = []
        n = len(bb.statements)
        for i in range(n + 1):
            effects = _node_effects(bb.statements[i] if i < n else bb.terminator, index_of)
            if any(effects):
                out.append((i,) + effects)
                has_drops = has_drops or effects[2] != 0
        if out:
            events[b] = out
    init = None
    if has_drops:
        args = 0
        for a in body.args:
            if index_of[a] >= 0:
                args |= 1 << index_of[a]
        init = solve(body, _MaybeInitializedLocals(events, args), locations.rpo)
    live_effects: dict = {}
    for b, out in events.items():
        effects = []
        for i, defs, uses, drops, _, _ in out:
            if drops:  # a drop of a local that cannot be initialized is a no-op
                drops &= init.state_before(ir.Location(b, i))
            gen = uses | (drops << m)
            kill = defs | (defs << m)
            if gen or kill:
                effects.append((i, gen, kill))
        live_effects[b] = effects
    live = solve(body, _LiveLocals(live_effects), locations.rpo)
    return _runs_of_bits(locations, live, 2 * m)


def _runs_of_bits(locations, results, nbits: int) -> list:
    """runs[bit] = the (lo, hi) runs of consecutive points (in point order) whose state
    before the location has the bit. Only changes of the state cost Python work (the
    states come as segments: a gen/kill state changes only at effects)."""
    runs: list = [[] for _ in range(nbits)]
    starts: dict = {}  # bit -> first point of its current run
    prev = 0
    block_start = locations.block_start
    for b in locations.order:
        first = block_start[b]
        for i, live in results.segments_before_block(b):
            if live is not prev and live != prev:
                point = first + i
                delta = live ^ prev
                while delta:
                    low = delta & -delta
                    delta ^= low
                    bit = low.bit_length() - 1
                    if live & low:
                        starts[bit] = point
                    else:
                        runs[bit].append((starts.pop(bit), point))
                prev = live
    point = locations.num_points
    for bit, start in starts.items():
        runs[bit].append((start, point))
    return runs


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
