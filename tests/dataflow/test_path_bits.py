"""Analyses restricted to some locals' paths (PathBits) give the same answers as the full ones."""
from borrowck.dataflow.engine import solve
from borrowck.dataflow.initialization import EverInitializedPlaces, MaybeUninitializedPlaces
from borrowck.dataflow.move_paths import gather
from borrowck.mir import ir
from borrowck.types import ty as T

from mir_fixture import STRING, assign, const_string, goto, make_body, move, ret, switch

PAIR = T.Tuple((STRING, STRING))


def _body():
    # _1 = "s"; _2 = (..); if _3 { _4 = move _1; _5 = move _2.1 }; join
    pair = ir.Aggregate(ir.AggregateKind.TUPLE, (const_string().operand, const_string().operand), PAIR)
    return make_body([T.UNIT, STRING, PAIR, T.BOOL, STRING, STRING], [
        ([assign(1, const_string()), assign(2, pair), assign(3, ir.Use(ir.Constant("bool", True, T.BOOL)))],
         switch(3, 1, 2)),
        ([assign(4, ir.Use(move(1))), assign(5, ir.Use(move(2, ir.Field(1, "1", STRING))))], goto(2)),
        ([], ret()),
    ])


def test_maybe_uninit_over_some_locals_matches_full():
    body = _body()
    data = gather(body)
    bits = data.bits_for_locals({2})
    assert [data.paths[p].place.local for p in bits.path_of_bit] == [2, 2]
    full = solve(body, MaybeUninitializedPlaces(data))
    part = solve(body, MaybeUninitializedPlaces(data, bits))
    child = data.path_of[ir.Place(2, (ir.Field(1, "1", STRING),))]
    for loc in (ir.Location(0, 3), ir.Location(1, 2), ir.Location(2, 0)):
        for p in bits.path_of_bit:
            assert (full.state_before(loc) >> p & 1) == (part.state_before(loc) >> bits.bit_of[p] & 1)
    assert part.state_before(ir.Location(2, 0)) >> bits.bit_of[child] & 1
    assert not part.state_before(ir.Location(2, 0)) >> bits.bit_of[data.root_paths[2]] & 1


def test_ever_initialized_over_some_locals_matches_full():
    body = _body()
    data = gather(body)
    full = solve(body, EverInitializedPlaces(data))
    analysis = EverInitializedPlaces(data, {1})
    part = solve(body, analysis)
    assert sorted(analysis.bit_of) == [i for i, init in enumerate(data.inits) if init.path == data.root_paths[1]]
    for loc in (ir.Location(0, 0), ir.Location(0, 1), ir.Location(2, 0)):
        for i, bit in analysis.bit_of.items():
            assert (full.state_before(loc) >> i & 1) == (part.state_before(loc) >> bit & 1)
    assert part.state_before(ir.Location(2, 0))
