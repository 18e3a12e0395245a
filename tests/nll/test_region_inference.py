"""Region inference on hand-written constraint sets (points are small integers)."""
from borrowck.borrowck.region_inference import (
    OutlivesConstraint, constraint_path, constraint_sccs, solve)


def c(sup, sub, category="boring"):
    return OutlivesConstraint(sup, sub, None, None, category)


def test_sccs_are_reverse_topological():
    # 0 -> 1 -> 2 -> 1 ; 3 alone
    scc_of, sccs = constraint_sccs(4, [[1], [2], [1], []])
    assert scc_of[1] == scc_of[2]
    assert scc_of[0] > scc_of[1]  # 0 reaches {1,2}: emitted later


def test_outlives_propagates_points():
    # '0 live at {0}; '1 live at {2,3}; '0: '1  => '0 = {0,2,3}
    values = solve(2, [c(0, 1)], [0b0001, 0b1100], {}, 0b1111)
    assert values.points_of(0) == 0b1101
    assert values.points_of(1) == 0b1100


def test_cycle_shares_value():
    values = solve(3, [c(0, 1), c(1, 0), c(2, 0)], [0b01, 0b10, 0], {}, 0b11)
    assert values.points_of(0) == values.points_of(1) == 0b11
    assert values.points_of(2) == 0b11


def test_universal_region_reaches_end_elements():
    # '0 universal #0 ; '1 universal #1 ; '2 local ; '0: '2 ; '2: '1
    values = solve(3, [c(0, 2), c(2, 1)], [0, 0, 0b10], {0: 0, 1: 1}, 0b111)
    assert values.points_of(2) == 0b111  # the whole body, from '1
    assert values.ends_of(2) == 0b10
    assert values.ends_of(0) == 0b11  # '0 must outlive '1: a relation to check


def test_constraint_path_blames_each_step():
    cs = [c(0, 2, "assignment"), c(2, 1, "return"), c(0, 3)]
    path = constraint_path(cs, 0, lambda vid: vid == 1)
    assert [(x.sup, x.sub) for x in path] == [(0, 2), (2, 1)]
    assert constraint_path(cs, 1, lambda vid: vid == 0) is None
