"""rustc's place-conflict rules, table-driven: (borrowed place, access place, depth) -> conflict?"""
import pytest

from borrowck.borrowck.places_conflict import (DEEP, DROP, NO_OVERLAP, SHALLOW, SHALLOW_LEN,
                                               borrow_conflicts_with_place)
from borrowck.mir import ir

D = ir.DEREF
F0, F1 = ir.Field(0, "a"), ir.Field(1, "b")
I2, I3 = ir.Index(2), ir.Index(3)
C0, C1 = ir.ConstantIndex(0, 2), ir.ConstantIndex(1, 2)


class Types:
    """Local 1 is `&mut T`, local 4 is a `Box<T>`, local 5 a struct with Drop."""

    def deref_kind(self, base):
        return {1: "mut", 4: "box"}.get(base.local, "shared")

    def has_dtor(self, base):
        return base.local == 5 and not base.projection

    def is_union(self, base):
        return False


def P(local, *proj):
    return ir.Place(local, tuple(proj))


CASES = [
    # borrowed, access, depth, conflict
    (P(2), P(2), DEEP, True),
    (P(2), P(3), DEEP, False),
    (P(2, F0), P(2, F1), DEEP, False),  # disjoint fields
    (P(2, F0), P(2, F0, F1), DEEP, True),  # access inside the loan
    (P(2, F0, F1), P(2, F0), SHALLOW, True),  # assigning the parent overwrites the loan
    (P(2, F0), P(2), DEEP, True),
    (P(2, I2), P(2, I3), DEEP, True),  # indexes may be equal
    (P(2, I2), P(2, I3), DEEP, False, NO_OVERLAP),
    (P(2, C0), P(2, C1), DEEP, False),  # constant indexes are compared
    (P(1, D), P(1), SHALLOW, False),  # assigning a reference does not touch its referent
    (P(1, D), P(1), DEEP, True),
    (P(1, D), P(1), DROP, False),  # dropping a &mut does not touch the referent
    (P(4, D), P(4), DROP, True),  # dropping a Box does
    (P(5, F0), P(5), DROP, True),  # a Drop impl can see every field
    (P(2, I2), P(2), SHALLOW_LEN, False),  # reading the length while an element is borrowed
]


@pytest.mark.parametrize("case", CASES, ids=[str(i) for i in range(len(CASES))])
def test_places_conflict(case):
    borrowed, access, depth, expected = case[:4]
    bias = case[4] if len(case) > 4 else "base"
    assert borrow_conflicts_with_place(borrowed, ir.BorrowKind.MUT, access, depth, Types(), bias) is expected


def test_shallow_fake_borrow_ignores_deeper_accesses():
    assert not borrow_conflicts_with_place(P(2), ir.BorrowKind.SHALLOW, P(2, F0), DEEP, Types())
    assert borrow_conflicts_with_place(P(2), ir.BorrowKind.SHALLOW, P(2), DEEP, Types())
