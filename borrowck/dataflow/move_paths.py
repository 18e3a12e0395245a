"""Move paths: the tree of places that can be (un)initialized on their own (rustc's MoveData).

Every local has a root path; a child path exists for each projection of it that the
body moves out of, initializes or drops (`a.b`, `(*boxed).x`, `(e as Some).0`). Places
through a reference/raw pointer, out of an array/slice index or out of a field of a type
with `Drop` never get paths: moving from them is an illegal move, recorded in
`MoveData.illegal_moves` for E0507/E0508/E0509.

Facts gathered per location:
- moves: `Move` operands of non-Copy places, `Drop` terminators, `StorageDead`;
- inits: assignment destinations (deep), Call destinations (on the return edge only),
  arguments at entry.
Bit i of the initialization analyses' states is move path i (`Init` index i for
EverInitializedPlaces).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..mir import ir
from ..mir.place_ty import is_box, prefix_tys
from ..types import ty as T

frozen = dataclass(frozen=True, slots=True)


@frozen
class MovePath:
    place: ir.Place
    parent: Optional[int]


@frozen
class MoveOut:
    path: int
    location: ir.Location
    span: object


@frozen
class Init:
    """kind: "deep" (assignment, argument) | "call_return" (only on the Call's return edge)."""

    path: int
    location: Optional[ir.Location]  # None for arguments (initialized at entry)
    kind: str
    span: object


@frozen
class IllegalMove:
    """A move out of a place that cannot be moved from.

    kind: "borrowed" (through `&`/`&mut`/raw pointer, E0507; `base` = the dereferenced place)
        | "array" | "slice" (out of an index/element, E0508; is_index for `a[i]`)
        | "drop_field" (out of a field of a type with Drop, E0509; container_ty set)
    """

    location: ir.Location
    place: ir.Place
    kind: str
    span: object
    base: Optional[ir.Place] = None
    container_ty: Optional[T.Ty] = None
    is_index: bool = False


class MoveData:
    """All move paths, moves and inits of one body (built once by `gather`)."""

    def __init__(self, body: ir.Body):
        self.body = body
        self.paths: list = []
        self.children: list = []
        self.path_of: dict = {}  # Place -> path index
        self.moves: list = []
        self.inits: list = []
        self.moves_at: dict = {}  # Location -> [move index]
        self.inits_at: dict = {}  # Location -> [init index]
        self.inits_of_path: dict = {}  # path -> [init index]
        self.illegal_moves: list = []
        self._subtree: dict = {}
        self.root_paths = [self._new_path(ir.Place(local), None) for local in range(len(body.local_decls))]

    def _new_path(self, place: ir.Place, parent: Optional[int]) -> int:
        index = len(self.paths)
        self.paths.append(MovePath(place, parent))
        self.children.append([])
        self.path_of[place] = index
        if parent is not None:
            self.children[parent].append(index)
        return index

    # ── lookups ──

    def lookup(self, place: ir.Place) -> tuple:
        """(exact, path): the place's own path (exact) or its longest prefix with one."""
        for prefix in place.prefixes():
            path = self.path_of.get(prefix)
            if path is not None:
                return prefix == place, path
        raise AssertionError("every local has a move path")

    def subtree_mask(self, path: int) -> int:
        """Bits of path and all its descendants."""
        mask = self._subtree.get(path)
        if mask is None:
            mask = 1 << path
            for child in self.children[path]:
                mask |= self.subtree_mask(child)
            self._subtree[path] = mask
        return mask

    def ancestors(self, path: int):
        """path's parents, nearest first (not path itself)."""
        parent = self.paths[path].parent
        while parent is not None:
            yield parent
            parent = self.paths[parent].parent

    def ancestors_mask(self, path: int) -> int:
        mask = 0
        for p in self.ancestors(path):
            mask |= 1 << p
        return mask

    def local_inits_mask(self, local: ir.Local) -> int:
        """Bits of every Init of any path under `local` (for EverInitializedPlaces kills)."""
        mask = 0
        for p in _bits(self.subtree_mask(self.root_paths[local])):
            for i in self.inits_of_path.get(p, ()):
                mask |= 1 << i
        return mask

    def bits_for_locals(self, locals_) -> "PathBits":
        """A compact numbering of the paths of `locals_` (for analyses that need only them)."""
        return PathBits(self, locals_)

    # ── building ──

    def path_for(self, place: ir.Place, loc: ir.Location, span, record_error: bool) -> Optional[int]:
        """The path for place, creating it and its prefixes; None (and an IllegalMove when
        record_error) when the place cannot have its own path."""
        path = self.root_paths[place.local]
        if not place.projection:
            return path
        tys = prefix_tys(self.body, place)
        for n, elem in enumerate(place.projection):
            base_ty = tys[n]
            base = ir.Place(place.local, place.projection[:n])
            error = None
            if isinstance(elem, ir.Deref) and not is_box(base_ty):
                error = IllegalMove(loc, place, "borrowed", span, base=base)
            elif isinstance(elem, ir.Index):
                kind = "array" if isinstance(base_ty, T.Array) else "slice"
                error = IllegalMove(loc, place, kind, span, container_ty=base_ty, is_index=True)
            elif isinstance(elem, (ir.ConstantIndex, ir.Subslice)) and not isinstance(base_ty, T.Array):
                error = IllegalMove(loc, place, "slice", span, container_ty=base_ty)
            elif isinstance(elem, ir.Field) and self._has_drop_impl(base_ty):
                error = IllegalMove(loc, place, "drop_field", span, container_ty=base_ty)
            if error is not None:
                if record_error:
                    self.illegal_moves.append(error)
                return None
            prefix = ir.Place(place.local, place.projection[:n + 1])
            existing = self.path_of.get(prefix)
            path = existing if existing is not None else self._new_path(prefix, path)
        return path

    def _has_drop_impl(self, t) -> bool:
        adts = self.adts
        if not isinstance(t, T.Adt) or adts is None:
            return False
        info = adts.get(t.def_id)
        return bool(info is not None and info.has_drop_impl)

    adts = None


class PathBits:
    """Bit numbers for a subset of the move paths: those of some locals, in path order (so
    the lowest set bit is still the lowest path). States over them stay small when only a
    few locals matter; `path_of_bit` maps back."""

    def __init__(self, data: MoveData, locals_):
        self.data = data
        paths = []
        stack = [data.root_paths[local] for local in locals_]
        while stack:
            path = stack.pop()
            paths.append(path)
            stack.extend(data.children[path])
        self.path_of_bit = sorted(paths)
        self.bit_of = {p: i for i, p in enumerate(self.path_of_bit)}
        self._subtree: dict = {}

    def __len__(self) -> int:
        return len(self.path_of_bit)

    def __contains__(self, path: int) -> bool:
        return path in self.bit_of

    def subtree_mask(self, path: int) -> int:
        """Bits of path and all its descendants (path must be numbered here)."""
        mask = self._subtree.get(path)
        if mask is None:
            mask = 1 << self.bit_of[path]
            for child in self.data.children[path]:
                mask |= self.subtree_mask(child)
            self._subtree[path] = mask
        return mask


def _bits(mask: int):
    while mask:
        low = mask & -mask
        yield low.bit_length() - 1
        mask ^= low


def gather(body: ir.Body, adts: Optional[dict] = None) -> MoveData:
    """Build the MoveData of body. adts: TypedCrate.adts (for Drop impls)."""
    data = MoveData(body)
    data.adts = adts
    for arg in body.args:
        _add_init(data, data.root_paths[arg], None, "deep", body.local_decls[arg].span)
    for b, bb in enumerate(body.blocks):
        for i, stmt in enumerate(bb.statements):
            if isinstance(stmt, _GATHERED):  # the others (StorageLive, ...) move and init nothing
                _gather_statement(data, stmt, ir.Location(b, i))
        _gather_terminator(data, bb.terminator, ir.Location(b, len(bb.statements)))
    return data


_GATHERED = (ir.Assign, ir.StorageDead)  # the statements _gather_statement handles


def _add_move(data: MoveData, path: int, loc: ir.Location, span) -> None:
    data.moves_at.setdefault(loc, []).append(len(data.moves))
    data.moves.append(MoveOut(path, loc, span))


def _add_init(data: MoveData, path: int, loc, kind: str, span) -> None:
    index = len(data.inits)
    data.inits.append(Init(path, loc, kind, span))
    data.inits_of_path.setdefault(path, []).append(index)
    if loc is not None:
        data.inits_at.setdefault(loc, []).append(index)


def _gather_operand(data: MoveData, op, loc: ir.Location, span) -> None:
    if isinstance(op, ir.Move):
        path = data.path_for(op.place, loc, span, record_error=True)
        if path is not None:
            _add_move(data, path, loc, span)


def _gather_init(data: MoveData, place: ir.Place, loc: ir.Location, kind: str, span) -> None:
    # assignments through a reference initialize nothing we track
    path = data.path_for(place, loc, span, record_error=False)
    if path is not None:
        _add_init(data, path, loc, kind, span)


def _gather_statement(data: MoveData, stmt, loc: ir.Location) -> None:
    if isinstance(stmt, ir.Assign):
        rv = stmt.rvalue
        if isinstance(rv, (ir.Use, ir.Repeat, ir.Cast, ir.UnaryOp)):
            _gather_operand(data, rv.operand, loc, stmt.span)
        elif isinstance(rv, (ir.BinaryOp, ir.CheckedBinaryOp)):
            _gather_operand(data, rv.lhs, loc, stmt.span)
            _gather_operand(data, rv.rhs, loc, stmt.span)
        elif isinstance(rv, ir.Aggregate):
            for op in rv.operands:
                _gather_operand(data, op, loc, stmt.span)
        _gather_init(data, stmt.place, loc, "deep", stmt.span)
    elif isinstance(stmt, ir.StorageDead):
        # storage ending implicitly moves out of the local
        _add_move(data, data.root_paths[stmt.local], loc, stmt.span)


def _gather_terminator(data: MoveData, term, loc: ir.Location) -> None:
    if isinstance(term, ir.Call):
        _gather_operand(data, term.func, loc, term.span)
        for arg in term.args:
            _gather_operand(data, arg, loc, term.span)
        _gather_init(data, term.destination, loc, "call_return", term.span)
    elif isinstance(term, ir.Drop):
        path = data.path_for(term.place, loc, term.span, record_error=False)
        if path is not None:
            _add_move(data, path, loc, term.span)
    elif isinstance(term, ir.SwitchInt):
        _gather_operand(data, term.discr, loc, term.span)
    elif isinstance(term, ir.Assert):
        _gather_operand(data, term.cond, loc, term.span)
