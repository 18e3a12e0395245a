"""PointSet (sorted runs) against plain bitsets on random sets."""
import random
from functools import reduce

from borrowck.borrowck.point_set import PointSet


def random_bits(rng, n):
    style = rng.random()
    if style < 0.3:
        return sum(1 << p for p in range(n) if rng.random() < 0.5)
    if style < 0.6:
        lo = rng.randrange(n)
        return ((1 << rng.randint(lo, n)) - 1) >> lo << lo
    return sum(1 << rng.randrange(n) for _ in range(rng.randint(0, 4)))


def test_point_set_agrees_with_bitsets():
    rng = random.Random(2094)
    for _ in range(500):
        n = rng.randint(1, 40)
        bits = [random_bits(rng, n) for _ in range(rng.randint(1, 4))]
        sets = [PointSet.from_bits(b) for b in bits]
        assert [s.to_bits() for s in sets] == bits
        union = PointSet.union(sets)
        assert union.to_bits() == reduce(int.__or__, bits)
        runs = [(lo, rng.randint(lo, n)) for lo in (rng.randrange(n) for _ in range(rng.randint(0, 5)))]
        want = 0
        for lo, hi in runs:
            want |= ((1 << (hi - lo)) - 1) << lo
        assert PointSet.from_runs(runs).to_bits() == want
        s, b = sets[0], bits[0]
        for p in range(n + 2):
            assert (p in s) == bool((b >> p) & 1)
        lo = rng.randrange(n)
        hi = rng.randint(lo, n)
        missing = [p for p in range(lo, hi) if not (b >> p) & 1]
        assert s.first_missing(lo, hi) == (missing[0] if missing else -1)
        gap_bits = 0
        for a, z in s.gaps(lo, hi):
            assert lo <= a < z <= hi
            gap_bits |= ((1 << (z - a)) - 1) << a
        assert gap_bits == sum(1 << p for p in missing)
        assert len(s.gaps(lo, hi)) == len([p for p in missing if p == lo or (b >> (p - 1)) & 1])


def test_runs_merge_when_touching():
    assert PointSet.from_runs([(5, 7), (0, 2), (2, 4)]).bounds == (0, 4, 5, 7)
    assert PointSet.union([PointSet.run(0, 3), PointSet.run(3, 5)]).bounds == (0, 5)
    assert not PointSet.run(4, 4)
