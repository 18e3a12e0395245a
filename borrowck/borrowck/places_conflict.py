"""When does an access to one place conflict with a loan of another (rustc's places_conflict).

Both places are walked projection by projection from the shared local:
- different fields of a struct, or different variants, are disjoint;
- two index projections may name the same element, so they conservatively overlap
  (unless the caller asks for `NO_OVERLAP`, used when killing loans on assignment);
- when the loan is deeper than the access (`a.b.c` borrowed, `a.b` accessed), the access
  covers it, except that a shallow access does not reach through a Deref, and a drop or
  StorageDead does not reach behind a `&mut`;
- when the access is deeper than the loan, they conflict (except for shallow fake
  borrows, which only protect the discriminant itself).
"""
from __future__ import annotations

from ..mir import ir

# access depths
SHALLOW = "shallow"  # the place itself, not what it points to (assignment, StorageDead)
SHALLOW_LEN = "shallow_len"  # the length of an array (bounds checks)
SHALLOW_FAKE = "shallow_fake"  # the discriminant read protected by a shallow fake borrow
DEEP = "deep"  # the place and everything reachable from it (reads, borrows, moves)
DROP = "drop"  # like deep, but not through `&mut` (drop glue never follows references)

# place-conflict bias
BASE = "base"  # index projections may overlap
NO_OVERLAP = "no_overlap"  # index projections are assumed distinct (definite conflicts only)

EQUAL_OR_DISJOINT = "equal_or_disjoint"
DISJOINT = "disjoint"
ARBITRARY = "arbitrary"

_INDEXES = (ir.Index, ir.ConstantIndex, ir.Subslice)


def projection_overlap(elem1, elem2, base_is_union: bool, bias: str) -> str:
    """How two projections of the same base relate."""
    if isinstance(elem1, ir.Deref) and isinstance(elem2, ir.Deref):
        return EQUAL_OR_DISJOINT
    if isinstance(elem1, ir.Field) and isinstance(elem2, ir.Field):
        if elem1.index == elem2.index:
            return EQUAL_OR_DISJOINT
        return ARBITRARY if base_is_union else DISJOINT
    if isinstance(elem1, ir.Downcast) and isinstance(elem2, ir.Downcast):
        return EQUAL_OR_DISJOINT if elem1.variant == elem2.variant else DISJOINT
    if isinstance(elem1, _INDEXES) and isinstance(elem2, _INDEXES):
        if isinstance(elem1, ir.ConstantIndex) and isinstance(elem2, ir.ConstantIndex):
            if elem1.from_end == elem2.from_end:
                return EQUAL_OR_DISJOINT if elem1.offset == elem2.offset else DISJOINT
            # one from the start, one from the end: disjoint when they cannot meet
            front, back = (elem1, elem2) if not elem1.from_end else (elem2, elem1)
            if front.offset + back.offset >= max(front.min_length, back.min_length):
                return DISJOINT
            return ARBITRARY if bias == BASE else DISJOINT
        return ARBITRARY if bias == BASE else DISJOINT
    return ARBITRARY


def borrow_conflicts_with_place(borrow_place: ir.Place, borrow_kind: str, access_place: ir.Place,
                                depth: str, types, bias: str = BASE) -> bool:
    """types: answers `deref_kind(base) -> "shared"|"mut"|"box"|"raw"`,
    `has_dtor(base) -> bool` and `is_union(base) -> bool` for prefixes of borrow_place."""
    if borrow_place.local != access_place.local:
        return False
    bproj = borrow_place.projection
    aproj = access_place.projection
    if not bproj and not aproj:
        return True
    for i, (b_elem, a_elem) in enumerate(zip(bproj, aproj)):
        base = ir.Place(borrow_place.local, bproj[:i])
        union = isinstance(b_elem, ir.Field) and types.is_union(base)
        overlap = projection_overlap(b_elem, a_elem, union, bias)
        if overlap == DISJOINT:
            return False
        if overlap == ARBITRARY:
            return True
    if len(bproj) > len(aproj):
        # the loan is deeper than the access: does the access reach it?
        for i in range(len(aproj), len(bproj)):
            elem = bproj[i]
            base = ir.Place(borrow_place.local, bproj[:i])
            if depth in (SHALLOW_LEN, SHALLOW_FAKE):
                return False
            if isinstance(elem, ir.Deref):
                if depth == SHALLOW:
                    return False
                if depth == DROP and types.deref_kind(base) == "mut":
                    return False
            elif isinstance(elem, ir.Field) and depth == DROP and types.has_dtor(base):
                return True
        return True
    if borrow_kind == ir.BorrowKind.SHALLOW and len(bproj) < len(aproj):
        return False
    return True
