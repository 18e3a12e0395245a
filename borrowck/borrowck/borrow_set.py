"""Every borrow (loan) of a body: rustc's BorrowSet.

A loan is created by `Assign(temp_or_var, Ref(kind, place))`. Borrows of places reached
through a shared reference or a raw pointer are not tracked: nothing they protect can be
invalidated by the borrowing body itself (`&*r` where `r: &T`); nor are borrows of
promoted constants (`&10` is a `&'static i32`).

Two-phase borrows (`TWO_PHASE_MUT`, auto-ref'd `&mut self` receivers) are reserved at the
assignment and activated at the first later use of the local they were assigned to.
"""
from __future__ import annotations

from typing import Optional

from ..syntax.node_class import node_class
from ..mir import ir
from ..mir.visit import places_of, reverse_postorder
from ..types import ty as T


@node_class(slots=True)
class BorrowData:
    index: int
    location: ir.Location  # the reservation point
    kind: str  # ir.BorrowKind.*
    borrowed_place: ir.Place
    assigned_place: ir.Place
    region: int  # vid of the loan's region
    span: object  # the borrow expression
    activation: Optional[ir.Location] = None  # two-phase borrows only, once found

    @property
    def two_phase(self) -> bool:
        return self.kind == ir.BorrowKind.TWO_PHASE_MUT

    @property
    def mutable(self) -> bool:
        return self.kind in ir.BorrowKind.MUTABLE


@node_class(slots=True)
class BorrowSet:
    borrows: list  # of BorrowData
    by_location: dict  # Location -> borrow index
    by_local: dict  # local -> bitset of borrows whose borrowed place starts at it
    activations: dict  # Location -> list of borrow indices activated there

    def of_local(self, local: int) -> int:
        return self.by_local.get(local, 0)


def ignore_borrow(place: ir.Place, place_types) -> bool:
    """Borrows through a shared reference or a raw pointer need no tracking."""
    for i, elem in enumerate(place.projection):
        if isinstance(elem, ir.Deref):
            base_ty = place_types.ty(ir.Place(place.local, place.projection[:i]))
            if isinstance(base_ty, T.Ptr) or (isinstance(base_ty, T.Ref) and not base_ty.mutable):
                return True
    return False


def build_borrow_set(body: ir.Body, loan_regions: dict, place_types, rpo: list = None) -> BorrowSet:
    """rpo: the body's reverse postorder, when the caller has it already."""
    borrows: list = []
    by_location: dict = {}
    by_local: dict = {}
    pending: dict = {}  # assigned local -> borrow index awaiting activation
    # only borrows have loan regions: visit those, in body order (the loans' indices)
    for loc in sorted(loan_regions, key=lambda loc: (loc.block, loc.index)):
        stmt = body.stmt_at(loc)
        if not isinstance(stmt, ir.Assign) or not isinstance(stmt.rvalue, ir.Ref):
            continue
        rv = stmt.rvalue
        if ignore_borrow(rv.place, place_types) or loc not in loan_regions:
            continue
        if body.local_decls[rv.place.local].info == ir.LocalInfo.CONST_REF:
            continue  # `&10`: a promoted constant, `&'static` with nothing to invalidate
        index = len(borrows)
        borrows.append(BorrowData(index, loc, rv.kind, rv.place, stmt.place, loan_regions[loc], stmt.span))
        by_location[loc] = index
        by_local[rv.place.local] = by_local.get(rv.place.local, 0) | (1 << index)
        if rv.kind == ir.BorrowKind.TWO_PHASE_MUT and stmt.place.is_local:
            pending[stmt.place.local] = index
    activations: dict = {}
    if pending:
        _find_activations(body, borrows, pending, activations,
                          rpo if rpo is not None else reverse_postorder(body))
    return BorrowSet(borrows, by_location, by_local, activations)


def _find_activations(body: ir.Body, borrows: list, pending: dict, activations: dict, rpo: list) -> None:
    """The first use (in reverse postorder) of a two-phase temp after its reservation."""
    waiting = len(pending)  # the scan ends once every pending borrow is activated
    for b in rpo:
        bb = body.blocks[b]
        n = len(bb.statements)
        for i in range(n + 1):
            node = bb.statements[i] if i < n else bb.terminator
            if isinstance(node, (ir.StorageLive, ir.StorageDead, ir.Nop)):
                continue  # no uses
            loc = None
            for place, ctx in places_of(node):
                index = pending.get(place.local)
                if index is None or ctx in ("store", "call_dest", "storage_live", "storage_dead"):
                    continue
                borrow = borrows[index]
                loc = loc or ir.Location(b, i)
                if borrow.activation is None and loc != borrow.location:
                    borrow.activation = loc
                    activations.setdefault(loc, []).append(index)
                    waiting -= 1
                    if not waiting:
                        return
