"""Check every access of a body against the loans in scope (rustc's `access_place`).

Each statement/terminator is turned into accesses: (place, span, depth, kind). Kinds:
  read_copy, read_borrow(bk)            reads: conflict only with mutable loans that are
                                        active (a reserved two-phase loan allows reads)
  reservation(bk)                       a two-phase `&mut` at its creation: allowed
                                        beside shared loans
  activation(bk, loan)                  the first use of a two-phase borrow: a write
  write_borrow(bk), write_mutate, write_move, write_drop   writes: conflict with any loan
The first conflicting loan (lowest index) is reported, once per (place, span).
"""
from __future__ import annotations

from typing import Optional

from ..syntax.node_class import node_class
from ..mir import ir
from ..mir.visit import places_of
from ..types import ty as T
from .places_conflict import (DEEP, DROP, SHALLOW, SHALLOW_FAKE, SHALLOW_LEN,
                              borrow_conflicts_with_place)


@node_class(frozen=True, slots=True)
class Access:
    place: ir.Place
    span: object
    depth: str
    kind: str  # see module doc
    borrow_kind: Optional[str] = None
    activating: Optional[int] = None  # activation: the loan being activated


@node_class(slots=True)
class Conflict:
    """An access at `location` that a loan in scope forbids."""

    location: ir.Location
    access: Access
    borrow: object  # BorrowData


_READS = ("read_copy", "read_borrow")


def operand_accesses(op, span) -> list:
    out = []
    place = ir.operand_place(op)
    if place is None:
        return out
    out.extend(_index_reads(place, span))
    out.append(Access(place, span, DEEP, "write_move" if isinstance(op, ir.Move) else "read_copy"))
    return out


def _index_reads(place: ir.Place, span) -> list:
    return [Access(ir.Place(e.local), span, DEEP, "read_copy") for e in place.projection
            if isinstance(e, ir.Index)]


def rvalue_accesses(rv, span) -> list:
    if isinstance(rv, (ir.Use, ir.Repeat, ir.Cast, ir.UnaryOp)):
        return operand_accesses(rv.operand, span)
    if isinstance(rv, (ir.BinaryOp, ir.CheckedBinaryOp)):
        return operand_accesses(rv.lhs, span) + operand_accesses(rv.rhs, span)
    if isinstance(rv, ir.Aggregate):
        return [a for op in rv.operands for a in operand_accesses(op, span)]
    if isinstance(rv, ir.Ref):
        out = _index_reads(rv.place, span)
        bk = rv.kind
        if bk == ir.BorrowKind.SHALLOW:
            out.append(Access(rv.place, span, SHALLOW_FAKE, "read_borrow", bk))
        elif bk in (ir.BorrowKind.SHARED, ir.BorrowKind.FAKE):
            out.append(Access(rv.place, span, DEEP, "read_borrow", bk))
        elif bk == ir.BorrowKind.TWO_PHASE_MUT:
            out.append(Access(rv.place, span, DEEP, "reservation", bk))
        else:
            out.append(Access(rv.place, span, DEEP, "write_borrow", bk))
        return out
    if isinstance(rv, ir.AddressOf):
        kind = "write_borrow" if rv.mutable else "read_borrow"
        bk = ir.BorrowKind.MUT if rv.mutable else ir.BorrowKind.SHARED
        return _index_reads(rv.place, span) + [Access(rv.place, span, DEEP, kind, bk)]
    if isinstance(rv, ir.Len):
        return _index_reads(rv.place, span) + [Access(rv.place, span, SHALLOW_LEN, "read_copy")]
    if isinstance(rv, ir.Discriminant):
        return _index_reads(rv.place, span) + [Access(rv.place, span, SHALLOW, "read_copy")]
    if isinstance(rv, ir.CopyForDeref):
        return _index_reads(rv.place, span) + [Access(rv.place, span, DEEP, "read_copy")]
    return []


def accesses_of(node) -> list:
    """The accesses of one statement or terminator, in evaluation order."""
    if isinstance(node, ir.Assign):
        return rvalue_accesses(node.rvalue, node.span) + _index_reads(node.place, node.span) + \
            [Access(node.place, node.span, SHALLOW, "write_mutate")]
    if isinstance(node, ir.SetDiscriminant):
        return [Access(node.place, node.span, SHALLOW, "write_mutate")]
    if isinstance(node, ir.StorageDead):
        return [Access(ir.Place(node.local), node.span, SHALLOW, "write_drop")]
    if isinstance(node, ir.SwitchInt):
        return operand_accesses(node.discr, node.span)
    if isinstance(node, ir.Drop):
        # dropping the old value before `place = new` is a mutation (E0506), not a scope end
        kind = "write_mutate" if node.replace else "write_drop"
        return _index_reads(node.place, node.span) + [Access(node.place, node.span, DROP, kind)]
    if isinstance(node, ir.Call):
        out = operand_accesses(node.func, node.span)
        for arg in node.args:
            out.extend(operand_accesses(arg, node.span))
        out.extend(_index_reads(node.destination, node.span))
        out.append(Access(node.destination, node.span, DEEP, "write_mutate"))
        return out
    if isinstance(node, ir.Assert):
        return operand_accesses(node.cond, node.span)
    return []


class AccessChecker:
    def __init__(self, body: ir.Body, borrow_set, in_scope, place_types, dominators):
        self.body = body
        self.borrow_set = borrow_set
        self.in_scope = in_scope
        self.place_types = place_types
        self.dominators = dominators
        self.conflicts: list = []
        self._reported: set = set()
        self._reservation_errors: set = set()  # places whose reservation was reported

    def run(self) -> list:
        by_local = self.borrow_set.by_local
        activated = {loc.block for loc in self.borrow_set.activations}
        for b, bb in enumerate(self.body.blocks):
            if bb.is_cleanup:
                continue
            n = len(bb.statements)
            check_all = b in activated
            for i, loans in enumerate(self.in_scope.block_states(b)):
                if not loans:
                    continue
                node = bb.statements[i] if i < n else bb.terminator
                # an access conflicts only with loans of its own local: a location none of
                # whose places (a superset of its accesses' places) has a loan in scope,
                # and with no activation or function exit, has nothing to check
                if check_all or isinstance(node, ir.Return) or \
                        any(by_local.get(place.local, 0) & loans for place, _ in places_of(node)):
                    self.check_location(ir.Location(b, i), node, loans)
        return self.conflicts

    def check_location(self, loc, node, loans: int = None):
        """loans: the loans in scope at loc, when the caller has them already."""
        if loans is None:
            loans = self.in_scope.at(loc)
        if not loans:
            return
        for index in self.borrow_set.activations.get(loc, ()):
            borrow = self.borrow_set.borrows[index]
            if borrow.borrowed_place in self._reservation_errors:
                continue  # reported at the reservation already
            self.check(loc, Access(borrow.borrowed_place, node.span, DEEP, "activation",
                                   borrow.kind, index), loans)
        for access in accesses_of(node):
            self.check(loc, access, loans)
        if isinstance(node, ir.Return):
            self.check_exit(loc, node, loans)

    def check(self, loc, access: Access, loans: int):
        # only loans of the same local can conflict (most accesses have none: return before
        # hashing the place); visit them in index order
        loans &= self.borrow_set.of_local(access.place.local)
        if not loans:
            return
        key = (access.place, access.span)
        if key in self._reported:
            return
        if access.depth == SHALLOW_LEN and isinstance(self.place_types.ty(access.place), T.Array):
            return  # an array's length is a constant: nothing is read
        while loans:
            low = loans & -loans
            loans ^= low
            borrow = self.borrow_set.borrows[low.bit_length() - 1]
            if borrow_conflicts_with_place(borrow.borrowed_place, borrow.kind, access.place,
                                           access.depth, self.place_types) \
                    and self.forbids(borrow, access, loc):
                self._reported.add(key)
                if access.kind == "reservation":
                    self._reservation_errors.add(access.place)
                self.conflicts.append(Conflict(loc, access, borrow))
                return

    def forbids(self, borrow, access: Access, loc) -> bool:
        shared_loan = borrow.kind in (ir.BorrowKind.SHARED, ir.BorrowKind.SHALLOW, ir.BorrowKind.FAKE)
        if access.kind in _READS:
            if shared_loan:
                return False
            if access.borrow_kind == ir.BorrowKind.SHALLOW:
                return False
            return self.is_active(borrow, loc)
        if access.kind == "reservation" and shared_loan:
            return False
        if access.kind == "activation" and access.activating == borrow.index:
            return False
        return True

    def is_active(self, borrow, loc) -> bool:
        """A two-phase loan counts as a mutable borrow only once activated."""
        if not borrow.two_phase:
            return True
        if borrow.activation is None:
            return False
        if self.dominators.location_dominates(borrow.activation, loc):
            return True
        reserve_next = ir.Location(borrow.location.block, borrow.location.index + 1)
        return not self.dominators.location_dominates(reserve_next, loc)

    def check_exit(self, loc, node, loans: int):
        """Locals are deallocated when the function returns (rustc: invalidation at exit)."""
        index = 0
        while loans:
            if loans & 1:
                borrow = self.borrow_set.borrows[index]
                root = ir.Place(borrow.borrowed_place.local)
                if borrow_conflicts_with_place(borrow.borrowed_place, borrow.kind, root, SHALLOW,
                                               self.place_types):
                    key = (root, "exit", borrow.index)
                    if key not in self._reported:
                        self._reported.add(key)
                        span = node.span
                        self.conflicts.append(Conflict(loc, Access(root, span, SHALLOW, "exit"), borrow))
            loans >>= 1
            index += 1
