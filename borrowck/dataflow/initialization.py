"""Initialization analyses over move paths (rustc's impls/initialized.rs).

- MaybeInitializedPlaces: bit p set if path p may be initialized here (some path inits it).
- MaybeUninitializedPlaces: bit p set if path p may be uninitialized here (some path
  moves it or never inits it). A use of p is an error (E0382/E0381) when p or any of its
  ancestors/descendants is maybe-uninitialized.
- EverInitializedPlaces: bit i set if Init i may have happened on some path and its local's
  storage did not end since (E0384: assigning twice to an immutable local).

Rules (p = a move path; children(p) = p's subtree):
    init of p at L      => maybe_init   |= children(p);  maybe_uninit &= ~children(p)
    move out of p at L  => maybe_init   &= ~children(p); maybe_uninit |= children(p)
    Call destination p  => the init happens only on the edge to the Call's return target
    entry               => arguments (and their children) initialized, all else uninitialized
"""
from __future__ import annotations

from ..mir import ir
from .engine import FORWARD, GenKillAnalysis
from .move_paths import MoveData, PathBits


def _all_args_mask(analysis, body: ir.Body) -> int:
    mask = 0
    for arg in body.args:
        mask |= analysis.mask(analysis.data.root_paths[arg])
    return mask


class _PlacesAnalysis(GenKillAnalysis):
    """bits: a PathBits numbering only the paths that matter (moves/inits of other paths are
    no effect); None numbers every path by its index."""

    direction = FORWARD

    def __init__(self, data: MoveData, bits: PathBits = None):
        self.data = data
        self.bits = bits
        self._by_block = None  # block -> {index: [init mask, move mask]}

    def mask(self, path: int) -> int:
        """The bits of path's subtree; 0 for a path not numbered."""
        if self.bits is None:
            return self.data.subtree_mask(path)
        return self.bits.subtree_mask(path) if path in self.bits else 0

    def n_bits(self) -> int:
        return len(self.data.paths) if self.bits is None else len(self.bits)

    # (gen, kill) from (init mask, move mask)
    def _gen_kill(self, inited: int, moved: int) -> tuple:
        raise NotImplementedError

    def gen_kill(self, node, loc):
        return self._gen_kill(*self._effects(loc))

    def block_effects(self, body: ir.Body, b: int) -> list:
        """From the moves and inits grouped by block once, not a lookup per location."""
        if self._by_block is None:
            self._by_block = self._group_by_block()
        return [(i, *self._gen_kill(inited, moved))
                for i, (inited, moved) in sorted(self._by_block.get(b, {}).items())]

    def _group_by_block(self) -> dict:
        data = self.data
        out: dict = {}
        for move in data.moves:
            loc = move.location
            mask = self.mask(move.path)
            if mask:
                masks = out.setdefault(loc.block, {}).setdefault(loc.index, [0, 0])
                masks[1] |= mask
        for init in data.inits:
            loc = init.location
            if loc is None or init.kind == "call_return":
                continue
            mask = self.mask(init.path)
            if mask:
                masks = out.setdefault(loc.block, {}).setdefault(loc.index, [0, 0])
                masks[0] |= mask
        return out

    def _effects(self, loc: ir.Location):
        """(init mask, move mask) of the non-call-return inits and the moves at loc."""
        data = self.data
        moved = 0
        for m in data.moves_at.get(loc, ()):
            moved |= self.mask(data.moves[m].path)
        inited = 0
        for i in data.inits_at.get(loc, ()):
            init = data.inits[i]
            if init.kind != "call_return":
                inited |= self.mask(init.path)
        return inited, moved

    def _call_return_mask(self, loc: ir.Location) -> int:
        data = self.data
        mask = 0
        for i in data.inits_at.get(loc, ()):
            init = data.inits[i]
            if init.kind == "call_return":
                mask |= self.mask(init.path)
        return mask


class MaybeInitializedPlaces(_PlacesAnalysis):
    def boundary_state(self, body: ir.Body) -> int:
        return _all_args_mask(self, body)

    def _gen_kill(self, inited, moved):
        return inited, moved

    def edge_effect(self, state, term, loc, target):
        if isinstance(term, ir.Call) and target == term.target:
            state |= self._call_return_mask(loc)
        return state


class MaybeUninitializedPlaces(_PlacesAnalysis):
    def boundary_state(self, body: ir.Body) -> int:
        every = (1 << self.n_bits()) - 1
        return every & ~_all_args_mask(self, body)

    def _gen_kill(self, inited, moved):
        return moved, inited

    def edge_effect(self, state, term, loc, target):
        if isinstance(term, ir.Call) and target == term.target:
            state &= ~self._call_return_mask(loc)
        return state


class EverInitializedPlaces(GenKillAnalysis):
    """Bits are Init indices. Kill all inits of a local when its storage ends (or starts).

    locals_: only the inits of these locals' paths get bits (numbered compactly, in Init
    order; `bit_of` maps an Init index to its bit); None: every Init, bit i = Init i."""

    direction = FORWARD

    def __init__(self, data: MoveData, locals_=None):
        self.data = data
        self.locals = locals_
        if locals_ is None:
            self.bit_of = None
        else:
            wanted = data.bits_for_locals(locals_)
            numbered = [i for i, init in enumerate(data.inits) if init.path in wanted]
            self.bit_of = {i: bit for bit, i in enumerate(numbered)}
        self._by_block = None  # block -> {index: (gen, kill)}

    def _bit(self, i: int) -> int:
        if self.bit_of is None:
            return 1 << i
        bit = self.bit_of.get(i)
        return 0 if bit is None else 1 << bit

    def _local_mask(self, local) -> int:
        if self.locals is not None and local not in self.locals:
            return 0
        mask = 0
        data = self.data
        for p in data.bits_for_locals((local,)).path_of_bit:
            for i in data.inits_of_path.get(p, ()):
                mask |= self._bit(i)
        return mask

    def boundary_state(self, body: ir.Body) -> int:
        mask = 0
        for i, init in enumerate(self.data.inits):
            if init.location is None:
                mask |= self._bit(i)
        return mask

    def gen_kill(self, stmt, loc):
        if isinstance(stmt, (ir.StorageDead, ir.StorageLive)):
            return 0, self._local_mask(stmt.local)
        gen = 0
        for i in self.data.inits_at.get(loc, ()):
            gen |= self._bit(i)
        return gen, 0

    def terminator_gen_kill(self, term, loc):
        gen = 0
        for i in self.data.inits_at.get(loc, ()):
            if self.data.inits[i].kind != "call_return":  # those happen on the return edge
                gen |= self._bit(i)
        return gen, 0

    def block_effects(self, body: ir.Body, b: int) -> list:
        """From the inits and storage statements grouped by block once (no per-location
        lookups; a location has either inits or a storage statement, never both)."""
        if self._by_block is None:
            self._by_block = self._group_by_block(body)
        return [(i, gen, kill) for i, (gen, kill) in sorted(self._by_block.get(b, {}).items())]

    def _group_by_block(self, body: ir.Body) -> dict:
        out: dict = {}
        data = self.data
        for i, init in enumerate(data.inits):
            loc = init.location
            if loc is None:
                continue
            bit = self._bit(i)
            if not bit or (init.kind == "call_return" and loc.index == len(body.blocks[loc.block].statements)):
                continue
            effects = out.setdefault(loc.block, {})
            gen, kill = effects.get(loc.index, (0, 0))
            effects[loc.index] = (gen | bit, kill)
        masks: dict = {}
        for b, bb in enumerate(body.blocks):
            for i, stmt in enumerate(bb.statements):
                if isinstance(stmt, (ir.StorageDead, ir.StorageLive)):
                    mask = masks.get(stmt.local)
                    if mask is None:
                        mask = masks[stmt.local] = self._local_mask(stmt.local)
                    if mask:
                        effects = out.setdefault(b, {})
                        gen, kill = effects.get(i, (0, 0))
                        effects[i] = (gen & ~mask, kill | mask)
        return out

    def edge_effect(self, state, term, loc, target):
        if isinstance(term, ir.Call) and target == term.target:
            for i in self.data.inits_at.get(loc, ()):
                state |= self._bit(i)
        return state
